import type { Text } from '../locale.js';

/** Texts of `/逾期` (the overdue card), its 催办 button and the reminders it sends. Keys are `coordinator.overdue.*`. */
export const coordinatorOverdueMessages = {
  'coordinator.overdue.summary': {
    zh: '查看[[overdue]]事项（[[monthlyReport]]、[[daysServed]]、[[workLog]]、到岗确认）并一键[[reminder]]',
    en: 'Overdue items (reports, days served, work logs, visit confirmations) with one-click reminders',
  },
  'coordinator.overdue.usage': {
    zh: '/[[overdue]] [月份] [项目代码] [地区或单位]，如 /[[overdue]]、/[[overdue]] 2026-10 {place}、/[[overdue]] {hospital}',
    en: '/overdue [month] [program code] [region or institution], e.g. /overdue, /overdue 2026-10 {place}, /overdue {hospital}',
  },
  'coordinator.overdue.title': { zh: '[[overdue]]事项', en: 'Overdue items' },
  'coordinator.overdue.subtitle': { zh: '{scope} · {month} · 截至 {today}', en: '{scope} · {month} · as of {today}' },
  'coordinator.overdue.program': { zh: '项目：{program}', en: 'Program: {program}' },
  'coordinator.overdue.count': { zh: '**{title}** {overdue}/{total}', en: '**{title}** {overdue}/{total}' },
  'coordinator.overdue.reports.title': {
    zh: '逾期未报的[[monthlyReport]]',
    en: 'Monthly workload reports past due',
  },
  'coordinator.overdue.minimum.title': {
    zh: '期限已过、[[daysServed]]未达最低要求',
    en: 'Monthly minimum missed (deadline passed)',
  },
  'coordinator.overdue.atRisk.title': {
    zh: '有风险：[[daysServed]]可能达不到最低要求',
    en: 'At risk: may miss the monthly minimum',
  },
  'coordinator.overdue.worklogs.title': {
    zh: '未填[[workLog]]的[[serviceDay]]',
    en: 'Service days without a work log',
  },
  'coordinator.overdue.confirms.title': {
    zh: '超过 {days} 天[[unconfirmed]]的到岗',
    en: 'Visits unconfirmed for over {days} days',
  },
  'coordinator.overdue.spotChecks.title': {
    zh: '[[stateSpotCheckFailed]]待跟进',
    en: 'Failed spot checks to follow up',
  },
  'coordinator.overdue.spotChecks.note': {
    zh: '分母：该月[[stateSpotCheckFailed]]（抽查时不在岗或已离开）的[[serviceDay]]数；列出仍为[[disputed]]的，请核实后处理。已通知医师所在医院的[[hospitalCoordinator]]。',
    en: 'Out of the service days of the month a spot check found otherwise (absent or left); listed: those still [[disputed]], to be looked into. The hospital coordinators were told.',
  },
  'coordinator.overdue.reports.note': {
    zh: '分母：本年度截至今天已到期的[[monthlyReport]]份数。',
    en: 'Out of the monthly reports due so far this year.',
  },
  'coordinator.overdue.minimum.note': {
    zh: '分母：该月有[[assignment]]、期限已过的[[physician]]与[[recipientUnit]]组合数（期限为月底，或在该单位的[[assignment]]提前结束之日）。',
    en: 'Out of the physician–clinic pairs assigned in the month whose deadline (the month’s end, or the end of their assignment there) has passed.',
  },
  'coordinator.overdue.atRisk.note': {
    zh: '分母：期限未到的组合数。列出还差天数、已排日期不够、且剩余天数不超过还差天数加 {slack} 天的组合；其余仍来得及，不列入。已[[checkIn]]、[[unconfirmed]]的日子在这里按已到岗计（确认积压见“超过 {days} 天[[unconfirmed]]的到岗”）。',
    en: 'Out of the pairs whose deadline is still ahead. Listed: short of the minimum, too few dates planned, and no more than {slack} days to spare; the others still have time. Days checked in and awaiting confirmation count as served here (the confirmation backlog is the list of visits unconfirmed for over {days} days).',
  },
  'coordinator.overdue.worklogs.note': {
    zh: '分母：该月今天以前的[[serviceDay]]数。',
    en: 'Out of the service days of the month before today.',
  },
  'coordinator.overdue.confirms.note': {
    zh: '分母：该月 {days} 天以前的[[serviceDay]]数；[[reminder]]发给[[clinicHead]]。',
    en: 'Out of the service days of the month over {days} days ago; reminders go to the clinic heads.',
  },
  'coordinator.overdue.none': { zh: '没有[[overdue]]事项。', en: 'Nothing overdue.' },
  'coordinator.overdue.more': {
    zh: '仅列出前 {shown} 行（共 {rows} 行）；[[reminder]]会发给全部相关人员。',
    en: 'Showing the first {shown} of {rows} rows; the reminder reaches everyone concerned.',
  },
  'coordinator.overdue.button': { zh: '[[reminder]]（{count} 人）', en: 'Remind ({count})' },
  'coordinator.overdue.atRiskButton': {
    zh: '提醒有风险的人员（{count} 人）',
    en: 'Remind those at risk ({count})',
  },
  'coordinator.overdue.remindedToday': {
    zh: '名单上的人员今天都已[[reminder]]过。',
    en: 'Everyone listed has been reminded today.',
  },
  'coordinator.overdue.confirmTitle': { zh: '发送[[reminder]]', en: 'Send reminders' },
  'coordinator.overdue.confirmText': {
    zh: '将向“{title}”中今天还未[[reminder]]过的 {count} 人发送[[reminder]]（每人每天一次）。',
    en: 'Reminders go to the {count} people listed under “{title}” not yet reminded today (once a day each).',
  },
  'coordinator.overdue.col.hospital': { zh: '[[supportingUnit]]', en: 'Hospital' },
  'coordinator.overdue.col.clinic': { zh: '[[recipientUnit]]', en: 'Clinic' },
  'coordinator.overdue.col.physician': { zh: '[[physician]]', en: 'Physician' },
  'coordinator.overdue.col.period': { zh: '月份', en: 'Month' },
  'coordinator.overdue.col.dueDate': { zh: '截止日', en: 'Due' },
  'coordinator.overdue.col.daysLate': { zh: '逾期天数', en: 'Days late' },
  'coordinator.overdue.col.served': { zh: '已到岗/要求', en: 'Served/required' },
  'coordinator.overdue.col.deadline': { zh: '截止', en: 'Deadline' },
  'coordinator.overdue.col.daysLeft': { zh: '剩余天数', en: 'Days left' },
  'coordinator.overdue.col.planned': { zh: '已排日期', en: 'Planned' },
  'coordinator.overdue.col.days': { zh: '天数', en: 'Days' },
  'coordinator.overdue.col.dates': { zh: '日期', en: 'Dates' },
  'coordinator.overdue.dateEvidence': { zh: '{date}（{evidence}）', en: '{date} ({evidence})' },
  'coordinator.overdue.servedOf': { zh: '{served}/{required}', en: '{served}/{required}' },
  'coordinator.overdue.servedOfPending': {
    zh: '{served}/{required}（其中 {pending} 天[[unconfirmed]]）',
    en: '{served}/{required} ({pending} awaiting confirmation)',
  },
  'coordinator.overdue.remind.unknownReason': {
    zh: '这个[[reminder]]按钮已失效，请重新发送 /[[overdue]] 查看。',
    en: 'This reminder button is no longer valid. Send /overdue again.',
  },
  'coordinator.overdue.remind.done': {
    zh: '“{title}”：已向 {sent} 人发送[[reminder]]；{skipped} 人今天已催办过，未重复发送。',
    en: '“{title}”: reminded {sent}; {skipped} already reminded today were skipped.',
  },
  'coordinator.overdue.remind.unreachable': {
    zh: '另有 {count} 人未绑定账号，无法送达：{names}',
    en: '{count} more have no chat account and could not be reached: {names}',
  },
  'coordinator.overdue.remind.nothing': {
    zh: '“{title}”：目前已没有需要[[reminder]]的人员。',
    en: '“{title}”: nobody needs a reminder any more.',
  },
  'coordinator.reminder.title': { zh: '[[reminder]]', en: 'Reminder' },
  'coordinator.reminder.reports': {
    zh: '以下[[monthlyReport]]已过截止日仍未报送，请尽快填报：',
    en: 'These monthly workload reports are past due, please file them now:',
  },
  'coordinator.reminder.reportLine': {
    zh: '· {hospital} {period}（截止 {dueDate}，已逾期 {daysLate} 天）',
    en: '· {hospital} {period} (due {dueDate}, {daysLate} days late)',
  },
  'coordinator.reminder.minimum': {
    zh: '您在以下[[recipientUnit]]的[[daysServed]]未达到每月最低要求，期限已过。如确有到岗未记录，请发送 /[[correction]] 申请：',
    en: 'You stayed below the monthly minimum at these clinics and the deadline has passed. If you served but it was not recorded, request a /correction:',
  },
  'coordinator.reminder.minimumLine': {
    zh: '· {clinic}：{served}/{required} 天（截止 {deadline}）',
    en: '· {clinic}: {served} of {required} days (deadline {deadline})',
  },
  'coordinator.reminder.atRisk': {
    zh: '您在以下[[recipientUnit]]的[[daysServed]]还未达到每月最低要求，已排的日期不够，请尽快安排：',
    en: 'You are below the monthly minimum at these clinics and the dates planned are not enough. Please plan your visits:',
  },
  'coordinator.reminder.atRiskLine': {
    zh: '· {clinic}：{served}/{required} 天，截止 {deadline}（还剩 {daysLeft} 天）',
    en: '· {clinic}: {served} of {required} days, deadline {deadline} ({daysLeft} days left)',
  },
  'coordinator.reminder.atRiskLinePending': {
    zh: '· {clinic}：{served}/{required} 天（其中 {pending} 天[[unconfirmed]]），截止 {deadline}（还剩 {daysLeft} 天）',
    en: '· {clinic}: {served} of {required} days ({pending} awaiting confirmation), deadline {deadline} ({daysLeft} days left)',
  },
  'coordinator.reminder.worklogs': {
    zh: '以下[[serviceDay]]还没有填写[[workLog]]，请尽快补填（点下方按钮，或发送“/[[workLog]] 12-03 诊疗10”）；如无法补填，请联系本院[[hospitalCoordinator]]：',
    en: 'These service days have no work log yet. Please complete them (press a button below, or send "/log 12-03 patients 10"), or contact your hospital coordinator:',
  },
  'coordinator.reminder.logButton': { zh: '补填 {date} [[workLog]]', en: 'Log {date}' },
  'coordinator.reminder.logButtonAt': { zh: '补填 {date} {clinic}', en: 'Log {date} {clinic}' },
  'coordinator.reminder.confirms': {
    zh: '以下到岗已超过 {days} 天仍[[unconfirmed]]，请在到岗确认卡片上确认或提出异议：',
    en: 'These visits have been unconfirmed for over {days} days. Please confirm or dispute them on their confirmation cards:',
  },
  'coordinator.reminder.datesLine': {
    zh: '· {place}：{dates}',
    en: '· {place}: {dates}',
  },
  'coordinator.reminder.from': { zh: '由 {by} 发起', en: 'Sent on behalf of {by}' },
} satisfies Record<string, Text>;
