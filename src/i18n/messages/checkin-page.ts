import type { Text } from '../locale.js';

/** Texts of the check-in page (`/app/checkin`) and its chat replies. Keys are `checkinPage.<name>`. */
export const checkinPageMessages = {
  'checkinPage.titleIn': { zh: '设备定位[[checkIn]]', en: 'Check in with your location' },
  'checkinPage.titleOut': { zh: '设备定位[[checkOut]]', en: 'Check out with your location' },
  'checkinPage.greeting': { zh: '{name}，您好', en: 'Hello, {name}' },
  'checkinPage.plannedToday': { zh: '今日计划：{list}', en: 'Planned today: {list}' },
  'checkinPage.noPlanToday': {
    zh: '今天没有计划的[[recipientUnit]]，将按离您最近的[[assignment]]单位核验。',
    en: 'No clinic planned today; your nearest assigned clinic will be used.',
  },
  'checkinPage.openDay': { zh: '今日已[[checkIn]]：{clinic}', en: 'Checked in today at {clinic}' },
  'checkinPage.buttonIn': { zh: '[[checkIn]]', en: 'Check in' },
  'checkinPage.buttonOut': { zh: '[[checkOut]]', en: 'Check out' },
  'checkinPage.buttonRetry': { zh: '重新定位', en: 'Locate again' },
  'checkinPage.explain': {
    zh: '按下按钮后，手机读取当前位置和精度，由服务器判断是否在[[recipientUnit]]范围内。',
    en: 'Press the button: your phone reads its position and accuracy, and the server decides whether you are at the clinic.',
  },
  'checkinPage.locating': { zh: '正在获取位置，请稍候…', en: 'Reading your position…' },
  'checkinPage.sending': { zh: '正在提交…', en: 'Sending…' },
  'checkinPage.deniedTitle': { zh: '没有定位权限', en: 'Location permission is off' },
  'checkinPage.denied': {
    zh: '请允许使用位置信息后再试：\n安卓：设置 → 应用 → {app} → 权限 → 位置信息 → 允许；并打开手机顶部的“位置信息/GPS”开关。\niPhone：设置 → 隐私与安全性 → 定位服务 → 打开；再在列表中找到 {app} → 选“使用 App 期间”，并打开“精确位置”。\n设置后回到本页，按“重新定位”。',
    en: 'Please allow location access and try again:\nAndroid: Settings → Apps → {app} → Permissions → Location → Allow; and turn on Location/GPS in the quick settings.\niPhone: Settings → Privacy & Security → Location Services → On; then {app} → "While Using the App", and turn on "Precise Location".\nThen come back and press "Locate again".',
  },
  'checkinPage.unavailableTitle': { zh: '暂时无法定位', en: 'No position yet' },
  'checkinPage.unavailable': {
    zh: '手机暂时没有得到位置（可能在室内或信号弱）。请到窗边或室外，稍后按“重新定位”。',
    en: 'Your phone could not get a position (indoors or weak signal). Move near a window or outside, then press "Locate again".',
  },
  'checkinPage.networkTitle': { zh: '提交失败', en: 'Could not send' },
  'checkinPage.network': {
    zh: '网络不通，位置没有提交，也没有记录任何内容。请稍后按“重新定位”。',
    en: 'The network failed; nothing was sent or recorded. Please press "Locate again" later.',
  },
  'checkinPage.readout': {
    zh: '距 {clinic} {distance}，精度 {accuracy} 米',
    en: '{distance} from {clinic}, accuracy {accuracy} m',
  },
  'checkinPage.readoutUnplaced': {
    zh: '{clinic} 未登记位置，精度 {accuracy} 米',
    en: '{clinic} has no recorded location; accuracy {accuracy} m',
  },
  'checkinPage.metres': { zh: '约 {m} 米', en: 'about {m} m' },
  'checkinPage.kilometres': { zh: '约 {km} 公里', en: 'about {km} km' },
  'checkinPage.titleSpot': { zh: '抽查附位置', en: 'Spot check: attach your location' },
  'checkinPage.spotVisit': {
    zh: '抽查：{date} {clinic} · {physician}',
    en: 'Spot check: {date} at {clinic}, {physician}',
  },
  'checkinPage.buttonSpot': { zh: '读取位置', en: 'Read my position' },
  'checkinPage.spotCheckReadTitle': { zh: '位置已附到抽查', en: 'Location attached to the spot check' },
  'checkinPage.spotCheckRead': {
    zh: '您在 {clinic} 的位置已作为本次抽查的佐证记下，记录结果时卡片上会显示。医师的服务记录不受影响。',
    en: 'Your position at {clinic} is kept as evidence of this spot check and shows on the card with the outcome. The physician’s record is unchanged.',
  },
  'checkinPage.checkedInTitle': { zh: '已[[checkIn]]（[[evidenceDevice]]）', en: 'Checked in (device-verified)' },
  'checkinPage.checkedIn': {
    zh: '已在 {clinic} [[checkIn]]，回执已发到聊天中。离开时请用[[checkOut]]按钮。',
    en: 'Checked in at {clinic}; the receipt is in your chat. Use the check-out button when you leave.',
  },
  'checkinPage.checkedOutTitle': { zh: '已[[checkOut]]（[[evidenceDevice]]）', en: 'Checked out (device-verified)' },
  'checkinPage.checkedOut': {
    zh: '已在 {clinic} [[checkOut]]，记录已发到聊天中。',
    en: 'Checked out at {clinic}; the record is in your chat.',
  },
  'checkinPage.upgradedTitle': { zh: '已升级为[[evidenceDevice]]', en: 'Now device-verified' },
  'checkinPage.upgraded': {
    zh: '您今天在 {clinic} 的[[checkIn]]已由本次设备定位核验。',
    en: 'Your check-in at {clinic} today is now verified by your device position.',
  },
  'checkinPage.upgradedChat': {
    zh: '您今天在 {clinic} 的[[checkIn]]已升级为[[evidenceDevice]]（{readout}）。',
    en: 'Your check-in at {clinic} today is now device-verified ({readout}).',
  },
  'checkinPage.alreadyDeviceVerifiedTitle': { zh: '已是[[evidenceDevice]]', en: 'Already device-verified' },
  'checkinPage.alreadyDeviceVerified': {
    zh: '您今天在 {clinic} 的[[checkIn]]已经是[[evidenceDevice]]，本次位置已作为记录保存。',
    en: 'Your check-in at {clinic} today was already device-verified; this reading is kept as a record.',
  },
  'checkinPage.retryPoorAccuracyTitle': { zh: '[[poorAccuracy]]', en: 'Accuracy too low' },
  'checkinPage.retryPoorAccuracy': {
    zh: '定位误差大于[[recipientUnit]]范围（{radius} 米），无法判断您是否在场，本次没有[[checkIn]]。请到窗边或室外，打开 GPS 后按“重新定位”。',
    en: 'The position is less precise than the clinic area ({radius} m), so it cannot tell; nothing was recorded. Move near a window or outside, turn on GPS and press "Locate again".',
  },
  'checkinPage.retryOutsideTitle': { zh: '不在[[recipientUnit]]范围内', en: 'Not at the clinic' },
  'checkinPage.retryOutside': {
    zh: '您的位置在[[recipientUnit]]范围（{radius} 米）之外，本次没有记录。到达后请按“重新定位”。如确已到岗而定位有偏差，可在聊天中发送 /[[checkIn]]，记为[[unverified]]，由[[recipientUnit]]负责人确认。',
    en: 'You are outside the clinic area ({radius} m); nothing was recorded. Press "Locate again" once there. If you are there and the position is off, send /checkin in the chat: it is recorded as unverified and confirmed by the clinic head.',
  },
  'checkinPage.retryClinicUnplacedTitle': { zh: '无法核验位置', en: 'Cannot verify' },
  'checkinPage.retryClinicUnplaced': {
    zh: '该[[recipientUnit]]还没有登记位置，无法用定位核验。请在聊天中发送 /[[checkIn]]，由[[recipientUnit]]负责人确认。',
    en: 'This clinic has no recorded location, so positions cannot verify it. Please send /checkin in the chat; the clinic head confirms the day.',
  },
  'checkinPage.refusedTitle': { zh: '没有记录', en: 'Nothing recorded' },
  'checkinPage.linkInvalidTitle': { zh: '链接无效', en: 'Invalid link' },
  'checkinPage.linkInvalid': {
    zh: '这个链接不完整或已被改动，没有记录任何内容。请在聊天中重新点“[[checkIn]]”按钮打开新链接。',
    en: 'This link is incomplete or was altered; nothing was recorded. Please press the check-in button in the chat again.',
  },
  'checkinPage.linkExpiredTitle': { zh: '链接已过期', en: 'Link expired' },
  'checkinPage.linkExpired': {
    zh: '为了安全，链接只在发出后一小段时间内有效，没有记录任何内容。请在聊天中发送 /[[checkIn]] 或点按钮获取新链接。',
    en: 'For safety a link is valid only shortly after it is sent; nothing was recorded. Send /checkin in the chat or press the button for a new link.',
  },
  'checkinPage.linkUsedTitle': { zh: '链接已使用', en: 'Link already used' },
  'checkinPage.linkUsed': {
    zh: '每个链接只能使用一次，这次没有重复记录。如需再次操作，请在聊天中获取新链接。',
    en: 'Each link works once; nothing was recorded twice. Get a new link in the chat to do it again.',
  },
  'checkinPage.forwardedTitle': { zh: '不是您的链接', en: 'Not your link' },
  'checkinPage.forwarded': {
    zh: '这个链接是发给另一位医生的，不能替他人[[checkIn]]，没有记录任何内容。请在您自己的聊天中点“[[checkIn]]”按钮。',
    en: 'This link was sent to another physician; nobody can check in for someone else, and nothing was recorded. Use the check-in button in your own chat.',
  },
  'checkinPage.openInAppTitle': { zh: '请在应用内打开', en: 'Open it in the app' },
  'checkinPage.openInApp': {
    zh: '请在飞书（或钉钉）聊天中点按钮打开本页，以便确认是您本人；没有记录任何内容。',
    en: 'Please open this page from the button in your Feishu (or DingTalk) chat so it can confirm it is you; nothing was recorded.',
  },
  'checkinPage.offerPage': {
    zh: '用手机定位核验这次[[checkIn]]（[[evidenceDevice]]）：{url}',
    en: 'Verify this check-in with your phone position (device-verified): {url}',
  },
  'checkinPage.verifiedDevice': {
    zh: '[[evidenceDevice]]（距受援单位 {distance} 米）',
    en: 'device-verified ({distance} m from the clinic)',
  },
  'checkinPage.verifiedMessage': {
    zh: '[[evidenceLocationMessage]]（距受援单位 {distance} 米；用定位[[checkIn]]可升级为[[evidenceDevice]]）',
    en: 'location message ({distance} m from the clinic; the location check-in page makes it device-verified)',
  },
  'physician.month.evidence': { zh: '核验强度', en: 'Evidence' },
  'physician.month.evidenceValue': {
    zh: '[[evidenceDevice]] {device} 天 · [[evidenceLocationMessage]] {locationMessage} 天 · [[unverified]] {none} 天',
    en: 'device-verified {device} · location message {locationMessage} · unverified {none}',
  },
  'checkinPage.buttonVerify': { zh: '用定位核验', en: 'Verify with location' },
  'checkinPage.buttonOpenIn': { zh: '定位[[checkIn]]', en: 'Check in with location' },
  'checkinPage.buttonOpenOut': { zh: '定位[[checkOut]]', en: 'Check out with location' },
} satisfies Record<string, Text>;
