import type { Text } from '../locale.js';

/** User-facing texts of the duty reminders and nudges. Keys are `scheduler.reminder.<name>`. */
export const schedulerReminderMessages = {
  'scheduler.reminder.tomorrowTitle': { zh: '明日下基层提醒', en: 'Your clinic visit tomorrow' },
  'scheduler.reminder.todayTitle': { zh: '今日下基层提醒', en: 'Your clinic visit today' },
  'scheduler.reminder.noCheckInTitle': { zh: '您今天还没有[[checkIn]]', en: 'You have not checked in today' },
  'scheduler.reminder.tomorrowIntro': {
    zh: '您明天（{date}）按[[schedule]]到 **{clinic}** 服务，请提前安排好行程。',
    en: 'You are scheduled at **{clinic}** tomorrow ({date}). Please plan your trip.',
  },
  'scheduler.reminder.todayIntro': {
    zh: '您今天（{date}）按[[schedule]]到 **{clinic}** 服务。到达后请点“[[checkIn]]”，或直接发送位置。',
    en: 'You are scheduled at **{clinic}** today ({date}). When you arrive, press "Check in" or send your location.',
  },
  'scheduler.reminder.noCheckInIntro': {
    zh: '您今天（{date}）按[[schedule]]应到 **{clinic}**，目前还没有[[checkIn]]。已到达的话请点“[[checkIn]]”；今天去不了，请告知本单位医务科。',
    en: 'You are scheduled at **{clinic}** today ({date}) and have not checked in yet. If you are there, press "Check in"; if you cannot go today, please tell your hospital coordinator.',
  },
  'scheduler.reminder.arriveFirst': {
    zh: '明天到达[[recipientUnit]]后，发送位置或 /[[checkIn]] 即可[[checkIn]]；明早还会提醒您。',
    en: 'When you arrive tomorrow, send your location or /checkin to check in; you will be reminded again in the morning.',
  },
  'scheduler.reminder.fieldDate': { zh: '日期', en: 'Date' },
  'scheduler.reminder.checkInButton': { zh: '[[checkIn]]', en: 'Check in' },
  'scheduler.reminder.visitNoticeTitle': { zh: '明日来访[[physician]]', en: 'Physicians visiting tomorrow' },
  'scheduler.reminder.visitNoticeIntro': {
    zh: '明天（{date}）按[[schedule]]到 **{clinic}** 服务的[[physician]]共 {count} 位：',
    en: '{count} physician(s) are scheduled at **{clinic}** tomorrow ({date}):',
  },
  'scheduler.reminder.visitNoticeMore': {
    zh: '另有 {count} 位未列出。',
    en: '{count} more not listed.',
  },
  'scheduler.reminder.workLogTitle': { zh: '请填写今日[[workLog]]', en: "Please log today's work" },
  'scheduler.reminder.workLogIntro': {
    zh: '您今天（{date}）已在 **{clinic}** [[checkIn]]，还没有填写工作量[[workLog]]。请点下方按钮填写，几项数字即可。',
    en: 'You checked in at **{clinic}** today ({date}) but have not logged your work yet. Press the button below; it takes a few numbers.',
  },
  'scheduler.reminder.monthlyTitle': { zh: '本月[[daysServed]]未达要求', en: 'Monthly minimum not met yet' },
  'scheduler.reminder.monthlyIntro': {
    zh: '本月（{month}）以下[[recipientUnit]]的[[daysServed]]还未达到项目要求，本月还剩 {daysLeft} 个工作日：',
    en: 'Your days served this month ({month}) are below the program minimum at these clinics; {daysLeft} working day(s) are left this month:',
  },
  'scheduler.reminder.monthlyLine': {
    zh: '· {clinic}：[[counted]] {served} 天 / 要求 {required} 天',
    en: '· {clinic}: {served} of {required} day(s) counted',
  },
  'scheduler.reminder.monthlyLinePending': {
    zh: '· {clinic}：[[counted]] {served} 天 / 要求 {required} 天（另有 {pending} 天[[unconfirmed]]，受援单位负责人确认后计入）',
    en: '· {clinic}: {served} of {required} day(s) counted ({pending} more awaiting the clinic head’s confirmation)',
  },
  'scheduler.reminder.monthlyHint': {
    zh: '如[[schedule]]有变动，请联系本单位医务科；发送 /本月 可查看本月记录。',
    en: 'If your schedule changed, please tell your hospital coordinator; send /month to see this month.',
  },
} satisfies Record<string, Text>;
