import type { Text } from '../locale.js';

/**
 * User-facing texts of the physician's own views: the work log (`physician.worklog.*`), my schedule
 * (`physician.schedule.*`) and my month (`physician.month.*`).
 */
export const worklogMessages = {
  'physician.worklog.summary': { zh: '填写今天的工作量', en: "Log today's work" },
  'physician.worklog.usage': {
    zh: '/[[workLog]] 诊疗23 特殊人群5 上门2 讲座1 培训12 查房1 病例讨论1 远程会诊2 远程影像1 远程心电1 备注 …\n可写的项目：诊疗、特殊人群、上门、讲座、培训、查房、病例讨论、带教、远程会诊、远程影像、远程心电、宣教、新技术；也可写成 诊疗=23 或 诊疗:23。今天在两家单位[[checkIn]]时，加上 @单位名。补填前几天的：/[[workLog]] 12-03 诊疗10 或 /[[workLog]] 昨天 诊疗10。',
    en: '/log patients 23 special 5 home 2 lectures 1 training 12 rounds 1 cases 1 remote 2 imaging 1 ecg 1 note …\nFigures: patients, special, home, lectures, training, rounds, cases, surgery, remote (consultations), imaging, ecg, education, newtech; patients=23 and patients:23 work too. If you checked in at two clinics today, add @clinic. For a past day: /log 12-03 patients 10, or /log 昨天 patients 10.',
  },
  'physician.worklog.invalid': {
    zh: '这条[[workLog]]没有保存：\n{problems}',
    en: 'This work log was not saved:\n{problems}',
  },
  'physician.worklog.problem.empty': {
    zh: '· 没有填写任何数字，例如：/[[workLog]] 诊疗23 讲座1',
    en: '· No figures were given, e.g. /log patients 23 lectures 1',
  },
  'physician.worklog.problem.tooLong': {
    zh: '· 内容太长（最多 {max} 个字），请只写数字和简短备注',
    en: '· The message is too long (at most {max} characters); please give only the figures and a short note',
  },
  'physician.worklog.problem.unknownLabel': {
    zh: '· 不认识“{label}”',
    en: '· "{label}" is not a known figure',
  },
  'physician.worklog.problem.unknownLabelSuggest': {
    zh: '· 不认识“{label}”，您是不是想写“{suggestion}”？',
    en: '· "{label}" is not a known figure; did you mean "{suggestion}"?',
  },
  'physician.worklog.problem.missingValue': {
    zh: '· “{metric}”后面缺少数字，例如 {metric}3',
    en: '· "{metric}" needs a number after it, e.g. {metric} 3',
  },
  'physician.worklog.problem.strayNumber': {
    zh: '· 数字 {value} 前面没有写项目名称',
    en: '· The number {value} has no figure name in front of it',
  },
  'physician.worklog.problem.notInteger': {
    zh: '· “{metric}”要填整数，不能是 {value}',
    en: '· "{metric}" must be a whole number, not {value}',
  },
  'physician.worklog.problem.negative': {
    zh: '· “{metric}”不能是负数（{value}）',
    en: '· "{metric}" cannot be negative ({value})',
  },
  'physician.worklog.problem.tooLarge': {
    zh: '· “{metric}”的数字太大了，请核对',
    en: '· The number for "{metric}" is far too large; please check it',
  },
  'physician.worklog.problem.duplicate': {
    zh: '· “{metric}”写了不止一次，请只写一次',
    en: '· "{metric}" was given more than once; please give it once',
  },
  'physician.worklog.problem.noteTooLong': {
    zh: '· 备注太长，最多 {max} 个字',
    en: '· The note is too long (at most {max} characters)',
  },
  'physician.worklog.problem.impossible': {
    zh: '· “{metric}”填了 {value}，超过一天可能的上限 {limit}，请核对',
    en: '· "{metric}" is {value}, more than is possible in a day ({limit}); please check it',
  },
  'physician.worklog.noCheckIn': {
    zh: '您今天还没有[[checkIn]]，暂时不能填写[[workLog]]。请先在卫生院发送位置或 /[[checkIn]]，再发送 /[[workLog]]。',
    en: 'You have not checked in today, so there is no day to log yet. Please check in at the clinic first (send your location or /checkin), then send /log.',
  },
  'physician.worklog.whichClinic': {
    zh: '您今天在 {clinics} 都有[[checkIn]]，请注明填写哪一家，例如：/[[workLog]] @{example} 诊疗23',
    en: 'You checked in at {clinics} today; please say which clinic this log is for, e.g. /log @{example} patients 23',
  },
  'physician.worklog.clinicNotToday': {
    zh: '您今天没有在“{clinic}”[[checkIn]]。今天[[checkIn]]的单位：{clinics}。',
    en: 'You did not check in at "{clinic}" today. Today you checked in at: {clinics}.',
  },
  'physician.worklog.saved': {
    zh: '已保存今日[[workLog]]（{clinic}，{date}）：',
    en: "Today's work log is saved ({clinic}, {date}):",
  },
  'physician.worklog.updated': {
    zh: '已更新今日[[workLog]]（第 {version} 版，{clinic}，{date}）：',
    en: "Today's work log is updated (version {version}, {clinic}, {date}):",
  },
  'physician.worklog.line': { zh: '{metric}：{value}', en: '{metric}: {value}' },
  'physician.worklog.noteLine': { zh: '备注：{note}', en: 'Note: {note}' },
  'physician.worklog.confirmTitle': { zh: '请确认工作量', en: 'Please confirm the figures' },
  'physician.worklog.confirmIntro': {
    zh: '以下数值比一天通常的工作量大，请核对后确认：',
    en: 'These figures are larger than a usual day; please check them before saving:',
  },
  'physician.worklog.confirmLine': {
    zh: '{metric}：**{value}**（通常不超过 {limit}）',
    en: '{metric}: **{value}** (usually at most {limit})',
  },
  'physician.worklog.confirmAll': { zh: '本次填写：{values}', en: 'This entry: {values}' },
  'physician.worklog.confirmSave': { zh: '确认保存', en: 'Save' },
  'physician.worklog.confirmCancel': { zh: '取消', en: 'Cancel' },
  'physician.worklog.savedTitle': { zh: '[[workLog]]已保存', en: 'Work log saved' },
  'physician.worklog.cancelledTitle': { zh: '已取消', en: 'Cancelled' },
  'physician.worklog.cancelled': {
    zh: '本次[[workLog]]没有保存。需要时请重新发送 /[[workLog]]。',
    en: 'This work log was not saved. Send /log again when you are ready.',
  },
  'physician.worklog.stale': {
    zh: '这张卡片已过期：今天的[[workLog]]在此之后已经更新，本次没有保存。请重新发送 /[[workLog]]。',
    en: "This card is out of date: today's work log has changed since, so nothing was saved. Please send /log again.",
  },
  'physician.worklog.notYourDay': {
    zh: '这不是您的[[serviceDay]]，不能填写它的[[workLog]]。',
    en: 'This is not your service day, so you cannot log work for it.',
  },
  'physician.worklog.noDayOn': {
    zh: '您 {date} 没有[[serviceDay]]记录，无法填写这一天的[[workLog]]。如果当天在受援单位服务但忘记[[checkIn]]，请先申请 /[[correction]] {date} 受援单位 原因。',
    en: 'You have no service day on {date}, so there is nothing to log. If you served that day but forgot to check in, ask for a correction first: /补卡 {date} <clinic> <reason>.',
  },
  'physician.worklog.window.FUTURE': {
    zh: '{date} 还没到，不能提前填写[[workLog]]。',
    en: '{date} has not come yet; a work log cannot be written in advance.',
  },
  'physician.worklog.window.TOO_OLD': {
    zh: '{date} 的[[workLog]]只能在之后 {days} 天内补填（截至 {lastDay}），现在已超过，本次没有保存。如需更正，请联系本单位医务科；当天没有记录的，可申请 /[[correction]]。',
    en: 'The log of {date} could be written within {days} days (until {lastDay}); that time is over, so nothing was saved. To correct it, ask your hospital coordinator; for a day with no record, ask for a correction (/补卡).',
  },
  'physician.worklog.window.REPORT_SUBMITTED': {
    zh: '本单位 {month} 的[[monthlyReport]]已经提交，{date} 的[[workLog]]不能再补填或修改，本次没有保存。如需更正，请联系本单位医务科。',
    en: "Your hospital's monthly workload report for {month} is submitted, so the log of {date} can no longer be written or changed; nothing was saved. To correct it, ask your hospital coordinator.",
  },
  'physician.worklog.savedPast': {
    zh: '已补填 {date} 的[[workLog]]（{clinic}）：',
    en: 'The work log of {date} is saved ({clinic}):',
  },
  'physician.worklog.updatedPast': {
    zh: '已更新 {date} 的[[workLog]]（第 {version} 版，{clinic}）：',
    en: 'The work log of {date} is updated (version {version}, {clinic}):',
  },
  'physician.worklog.formTitle': { zh: '填写今日工作量', en: "Today's work" },
  'physician.worklog.formSubtitle': { zh: '{clinic} · {date}', en: '{clinic} · {date}' },
  'physician.worklog.formHint': {
    zh: '每项填整数，没有就填 0；留空的项目保持不变。',
    en: 'Give whole numbers, 0 for none; empty fields stay as they are.',
  },
  'physician.worklog.formNote': { zh: '备注', en: 'Note' },
  'physician.worklog.formSubmit': { zh: '保存', en: 'Save' },
  'physician.worklog.formTyped': {
    zh: '此处不能填写表单：请直接发送 /[[workLog]] 诊疗23 讲座1 备注 …（只写有的项目）。',
    en: 'This form cannot be filled in here: send /log patients 23 lectures 1 note … (only the figures you have).',
  },

  'physician.schedule.summary': { zh: '查看本月和下月的[[schedule]]', en: 'My schedule this month and next' },
  'physician.schedule.usage': { zh: '/[[schedule]]', en: '/schedule' },
  'physician.schedule.title': { zh: '我的[[schedule]]', en: 'My schedule' },
  'physician.schedule.subtitle': { zh: '{from} 至 {to}', en: '{from} to {to}' },
  'physician.schedule.none': {
    zh: '您在本月和下月没有[[assignment]]。如有疑问，请联系本单位医务科。',
    en: 'You have no assignments this month or next. If that seems wrong, please ask your medical affairs office.',
  },
  'physician.schedule.period': { zh: '时间：{start} 至 {end}', en: 'Period: {start} to {end}' },
  'physician.schedule.address': { zh: '地址：{address}', en: 'Address: {address}' },
  'physician.schedule.planned': { zh: '计划日期：{dates}', en: 'Planned: {dates}' },
  'physician.schedule.noPlanned': { zh: '计划日期：待定', en: 'Planned: not yet fixed' },
  'physician.schedule.today': { zh: '{date}（今天）', en: '{date} (today)' },
  'physician.schedule.tomorrow': { zh: '{date}（明天）', en: '{date} (tomorrow)' },

  'physician.month.summary': {
    zh: '查看本月[[daysServed]]、达标情况和工作量',
    en: 'My month: days served, minimum and work totals',
  },
  'physician.month.usage': {
    zh: '/本月，或 /本月 2026-10 查看某个月',
    en: '/me, or /me 2026-10 for another month',
  },
  'physician.month.badMonth': {
    zh: '“{month}”不是月份，请写成 2026-10 这样的格式。',
    en: '"{month}" is not a month; please write it like 2026-10.',
  },
  'physician.month.title': { zh: '我的本月', en: 'My month' },
  'physician.month.nothing': {
    zh: '您在 {month} 没有[[assignment]]，也没有[[serviceDay]]记录。',
    en: 'You have no assignment and no service days in {month}.',
  },
  'physician.month.clinic': { zh: '受援单位', en: 'Clinic' },
  'physician.month.counted': { zh: '[[counted]]', en: 'Counted' },
  'physician.month.pending': { zh: '[[unconfirmed]]', en: 'Awaiting confirmation' },
  'physician.month.countingRule': {
    zh: '受援单位负责人确认后的[[serviceDay]]（及批准的[[correction]]）[[counted]][[daysServed]]；[[unconfirmed]]的日子确认后计入，[[disputed]]的不计入。',
    en: 'Service days count toward the minimum once the clinic head confirms them (approved corrections count too); days awaiting confirmation count once confirmed, disputed days do not.',
  },
  'physician.month.minimum': { zh: '每月至少', en: 'Minimum' },
  'physician.month.status': { zh: '情况', en: 'Status' },
  'physician.month.met': { zh: '已达标', en: 'met' },
  'physician.month.short': { zh: '还差 {days} 天', en: '{days} more needed' },
  'physician.month.daysLeft': {
    zh: '本月还剩 {days} 天（含今天）',
    en: '{days} days left this month (today included)',
  },
  'physician.month.monthOver': { zh: '该月已结束', en: 'This month is over' },
  'physician.month.monthAhead': { zh: '该月尚未开始（共 {days} 天）', en: 'This month has not started ({days} days)' },
  'physician.month.totals': { zh: '本月工作量（{logs} 份[[workLog]]）', en: 'Work this month ({logs} logs)' },
  'physician.month.noLogs': { zh: '本月还没有[[workLog]]。', en: 'No work logs this month yet.' },
  'physician.month.flagged': { zh: '需要留意的日子', en: 'Days needing attention' },
  'physician.month.date': { zh: '日期', en: 'Date' },
  'physician.month.issues': { zh: '问题', en: 'Issues' },
  'physician.month.corrected': { zh: '[[stateCorrected]]的日子', en: 'Corrected days' },
  'physician.month.approvedBy': { zh: '批准人', en: 'Approved by' },
  'physician.month.noFlagged': { zh: '本月的记录都齐全。', en: 'All records this month are complete.' },
  'physician.month.flag.unverified': { zh: '[[unverified]]', en: 'unverified' },
  'physician.month.flag.pending': { zh: '[[unconfirmed]]', en: 'awaiting confirmation' },
  'physician.month.flag.unconfirmed': { zh: '[[unconfirmed]]超过 3 天', en: 'awaiting confirmation over 3 days' },
  'physician.month.flag.short': { zh: '[[shortDay]]', en: 'short day' },
  'physician.month.flag.disputed': { zh: '[[disputed]]', en: 'disputed' },
  'physician.month.flag.noCheckOut': { zh: '[[stateCheckOutMissing]]', en: 'no check-out' },
  'physician.month.flag.spotChecked': { zh: '[[stateSpotChecked]]', en: '[[stateSpotChecked]]' },
  'physician.month.flag.spotCheckFailed': { zh: '[[stateSpotCheckFailed]]', en: '[[stateSpotCheckFailed]]' },
  'physician.month.spotChecked': { zh: '抽查（四不两直）', en: 'Spot checks' },
  'physician.month.spotCheckResult': { zh: '结果', en: 'Result' },
} satisfies Record<string, Text>;
