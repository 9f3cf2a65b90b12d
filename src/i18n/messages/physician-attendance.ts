import type { Text } from '../locale.js';

/** User-facing texts of check-in and check-out. Keys are `physician.attendance.<name>`. */
export const attendanceMessages = {
  'physician.attendance.checkInSummary': {
    zh: '[[checkIn]]：发送位置，或写明[[recipientUnit]]',
    en: 'Check in: send your location, or name the clinic',
  },
  'physician.attendance.checkInUsage': {
    zh: '/[[checkIn]] [受援单位]，例如：/[[checkIn]] 石门卫生院。到达受援单位后直接发送位置，可自动核验。',
    en: '/checkin [clinic], e.g. /checkin 石门卫生院. Sending your location at the clinic verifies the check-in.',
  },
  'physician.attendance.checkOutSummary': {
    zh: '[[checkOut]]：离开受援单位时发送位置或本命令',
    en: 'Check out: send your location or this command when leaving the clinic',
  },
  'physician.attendance.checkOutUsage': {
    zh: '/[[checkOut]] [受援单位]，例如：/[[checkOut]] 石门卫生院；也可以直接发送位置。',
    en: '/checkout [clinic], e.g. /checkout 石门卫生院; or just send your location.',
  },
  'physician.attendance.notPhysician': {
    zh: '抱歉，{command}只供[[physician]]记录自己的到岗情况，您的账号没有[[physician]]角色。如有疑问，请联系本单位医务科。',
    en: 'Sorry, {command} is for physicians recording their own visits, and your account has no physician role. Please ask your hospital coordinator if this is wrong.',
  },
  'physician.attendance.locationTooSoon': {
    zh: '您{day}已于 {time} [[checkIn]]。如需[[checkOut]]，请在 {minutes} 分钟后再发送位置，或直接发送 /[[checkOut]]。',
    en: 'You already checked in {day} at {time}. To check out, send your location again in {minutes} minutes, or send /checkout.',
  },
  'physician.attendance.upgraded': {
    zh: '收到您在{clinic}的位置（距受援单位 {distance} 米），今天 {time} 的[[checkIn]]已升级为[[verified]]。离开时请发送“/[[checkOut]]”或再次发送位置。',
    en: 'Got your location at {clinic} ({distance} m away): today\'s check-in at {time} is now verified. When you leave, send "/checkout" or your location again.',
  },
  'physician.attendance.noCoordinates': {
    zh: '没有收到这条位置的坐标，所以无法[[checkIn]]。请重新发送一次位置（在位置页面点“发送”），或者发送“/[[checkIn]] 受援单位名称”。',
    en: 'That location arrived without coordinates, so nothing was recorded. Please send your location again, or send "/checkin <clinic>".',
  },
  'physician.attendance.noAssignmentsThisMonth': {
    zh: '您本月没有[[assignment]]到任何[[recipientUnit]]，所以无法[[checkIn]]。如有安排变动，请联系本单位医务科。',
    en: 'You have no assignment to any clinic this month, so you cannot check in. If your schedule changed, please ask your hospital coordinator.',
  },
  'physician.attendance.noAssignmentThere': {
    zh: '您本月没有到“{name}”的[[assignment]]。您本月的[[assignment]]：\n{list}\n请发送“/[[checkIn]] 受援单位名称”。',
    en: 'You have no assignment at "{name}" this month. Your assignments this month:\n{list}\nPlease send "/checkin <clinic>".',
  },
  'physician.attendance.ambiguousClinic': {
    zh: '“{name}”对应您的多个[[recipientUnit]]，请写全称。您本月的[[assignment]]：\n{list}',
    en: '"{name}" matches more than one of your clinics; please give the full name. Your assignments this month:\n{list}',
  },
  'physician.attendance.nameTheClinic': {
    zh: '今天不确定您在哪个[[recipientUnit]]，请发送“/[[checkIn]] 受援单位名称”。您本月的[[assignment]]：\n{list}',
    en: 'It is not clear which clinic you are at today; please send "/checkin <clinic>". Your assignments this month:\n{list}',
  },
  'physician.attendance.assignmentLine': {
    zh: '· {clinic}（计划日期：{dates}）',
    en: '· {clinic} (planned: {dates})',
  },
  'physician.attendance.noPlannedDates': { zh: '暂未排定', en: 'none yet' },
  'physician.attendance.notYourAssignment': {
    zh: '这张卡片上的[[assignment]]不是您的，无法为您[[checkIn]]。请在自己的卡片上点击，或发送“/[[checkIn]] 受援单位名称”。',
    en: 'The assignment on this card is not yours, so nothing was recorded. Please use your own card, or send "/checkin <clinic>".',
  },
  'physician.attendance.alreadyCheckedIn': {
    zh: '您{day}已经在{clinic}[[checkIn]]过了（{time}），不需要重复[[checkIn]]。离开时请发送“/[[checkOut]]”。',
    en: 'You already checked in at {clinic} {day} ({time}); no need to check in again. Send "/checkout" when you leave.',
  },
  'physician.attendance.outsideWindow': {
    zh: '现在（{time}）不在本项目的[[checkIn]]时间内（{start}–{end}），本次没有记录。请在规定时间内[[checkIn]]；如确有特殊情况，可在之后申请[[correction]]。',
    en: "It is {time}, outside the program's check-in hours ({start}–{end}), so nothing was recorded. Please check in within those hours; if you could not, you may ask for a correction later.",
  },
  'physician.attendance.receiptTitle': { zh: '[[checkIn]]成功', en: 'Checked in' },
  'physician.attendance.fieldClinic': { zh: '[[recipientUnit]]', en: 'Clinic' },
  'physician.attendance.fieldTime': { zh: '时间', en: 'Time' },
  'physician.attendance.fieldVerification': { zh: '定位核验', en: 'Location' },
  'physician.attendance.fieldConfirmation': { zh: '受援单位确认', en: 'Clinic confirmation' },
  'physician.attendance.verified': { zh: '[[verified]]', en: 'verified' },
  'physician.attendance.unverifiedAt': {
    zh: '[[unverified]]（距受援单位 {distance} 米）',
    en: 'unverified ({distance} m from the clinic)',
  },
  'physician.attendance.unverifiedNoLocation': {
    zh: '[[unverified]]（未发送位置）',
    en: 'unverified (no location sent)',
  },
  'physician.attendance.unverifiedClinicUnplaced': {
    zh: '[[unverified]]（受援单位未登记位置，无法核验）',
    en: 'unverified (the clinic has no recorded location to check against)',
  },
  'physician.attendance.confirmationPending': { zh: '[[unconfirmed]]', en: 'awaiting confirmation' },
  'physician.attendance.confirmationConfirmed': { zh: '[[confirmed]]', en: 'confirmed' },
  'physician.attendance.confirmationDisputed': { zh: '[[disputed]]', en: 'disputed' },
  'physician.attendance.unverifiedNote': {
    zh: '本次[[checkIn]]为[[unverified]]。在受援单位发送位置，可升级为[[verified]]。',
    en: 'This check-in is unverified. Send your location at the clinic to have it verified.',
  },
  'physician.attendance.countedAfterConfirmation': {
    zh: '受援单位负责人确认后，本日[[counted]]到岗天数（/本月 中先列为[[unconfirmed]]）。',
    en: 'The day counts toward your days served once the clinic head confirms it (/本月 lists it as awaiting confirmation until then).',
  },
  'physician.attendance.confirmationNotOwed': { zh: '[[confirmationNotOwed]]', en: 'no confirmation needed' },
  // The day a refusal names (attendance-moment.ts dayWord): 今天, or the date recorded when it is not today.
  'physician.attendance.onToday': { zh: '今天', en: 'today' },
  'physician.attendance.onDate': { zh: '在 {date} ', en: 'on {date}' },
  'physician.attendance.recordedForDate': {
    zh: '已记为 {date} 的[[serviceDay]]（按您发送消息的时间）。',
    en: 'Recorded as the service day of {date} (the time you sent the message).',
  },
  'physician.attendance.recordedLate': {
    zh: '[[lateRecord]]：这条消息显示发送于 {sentAt}，送达太晚或时间不可信，已按收到的时间记为 {date} 的[[serviceDay]]。如日期不对，请申请[[correction]]或联系本单位医务科。',
    en: 'Recorded late: the message says it was sent at {sentAt}, which arrived too late or cannot be trusted, so it was recorded at the time received, as the service day of {date}. If the date is wrong, ask for a correction or contact your hospital coordinator.',
  },
  'physician.attendance.unverifiedNoteNoLocation': {
    zh: '本次[[checkIn]]未经定位核验（此平台不能发送位置），需受援单位负责人确认后计入。',
    en: 'This check-in is not location-verified (this platform cannot send a location); it counts once the clinic head confirms it.',
  },
  'physician.attendance.checkOutButton': { zh: '[[checkOut]]', en: 'Check out' },
  'physician.attendance.workLogButton': { zh: '填写今日工作量', en: "Log today's work" },
  'physician.attendance.notCheckedInToday': {
    zh: '您今天还没有[[checkIn]]，无法[[checkOut]]。请先发送位置或“/[[checkIn]] 受援单位名称”；如果忘记[[checkIn]]，可以申请[[correction]]。',
    en: 'You have not checked in today, so you cannot check out. Please check in first (send your location or "/checkin <clinic>"); if you forgot, you can ask for a correction.',
  },
  'physician.attendance.alreadyCheckedOut': {
    zh: '您{day}已经在{clinic}[[checkOut]]过了（{time}），不需要重复[[checkOut]]。',
    en: 'You already checked out of {clinic} {day} ({time}); no need to check out again.',
  },
  'physician.attendance.nameTheClinicToCheckOut': {
    zh: '您今天在多个[[recipientUnit]]有未[[checkOut]]的记录：{list}。请发送“/[[checkOut]] 受援单位名称”。',
    en: 'You have open check-ins at several clinics today: {list}. Please send "/checkout <clinic>".',
  },
  'physician.attendance.notYourDay': {
    zh: '这张卡片上的[[serviceDay]]不是您的，无法为您[[checkOut]]。请在自己的回执上点击，或发送“/[[checkOut]]”。',
    en: 'The service day on this card is not yours, so nothing was recorded. Please use your own receipt, or send "/checkout".',
  },
  'physician.attendance.dayIsOver': {
    zh: '这张回执是 {date} 的，那一天已经结束，无法再[[checkOut]]（今天是 {today}）。未[[checkOut]]的日子会被标记，如需更正请联系本单位医务科。',
    en: 'This receipt is for {date}, which is over (today is {today}), so it can no longer be checked out. Days without a check-out are flagged; ask your hospital coordinator to correct it.',
  },
  'physician.attendance.shortDayTitle': { zh: '确认[[checkOut]]？', en: 'Check out now?' },
  'physician.attendance.shortDayQuestion': {
    zh: '您今天 {checkIn} 在{clinic}[[checkIn]]，现在[[checkOut]]只有 {minutes} 分钟，不足本项目每天至少 {hours} 小时的要求。确认现在[[checkOut]]请点击下方按钮，这一天会标记为“[[shortDay]]”；如果还在受援单位工作，请忽略本消息，离开时再[[checkOut]]。',
    en: 'You checked in at {clinic} at {checkIn}; checking out now makes {minutes} minutes, less than the {hours} hours a day this program expects. Press the button to check out now; the day will be marked "short day". If you are still working at the clinic, ignore this and check out when you leave.',
  },
  'physician.attendance.shortDayButton': { zh: '确认[[checkOut]]', en: 'Check out now' },
  'physician.attendance.shortDayConfirmed': {
    zh: '已确认[[checkOut]]（{date}，{clinic}，{checkIn} [[checkIn]]，共 {minutes} 分钟），已标记为“[[shortDay]]”。',
    en: 'Checked out ({date}, {clinic}, checked in at {checkIn}, {minutes} minutes), marked "short day".',
  },
  'physician.attendance.shortDayMarked': {
    zh: '本日已标记为“[[shortDay]]”（不足本项目每天的最短时长）。',
    en: 'The day is marked "short day" (shorter than the program\'s minimum).',
  },
  'physician.attendance.checkedOut': {
    zh: '已在{clinic}[[checkOut]]：{checkIn}–{checkOut}，定位：{verification}。辛苦了！',
    en: 'Checked out of {clinic}: {checkIn}–{checkOut}, location: {verification}. Thank you!',
  },
} satisfies Record<string, Text>;
