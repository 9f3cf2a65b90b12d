import type { Text } from '../locale.js';

/** Texts of the scheduler engine, the calendar and the operator view (`/任务`). Keys are `scheduler.<name>`. */
export const schedulerOperatorMessages = {
  'scheduler.calendar.invalid': {
    zh: '节假日数据文件有误：{problem}。请按国务院办公厅的通知修正 src/scheduler/calendar-data/cn-holidays.json。',
    en: 'The holiday data file is invalid: {problem}. Please correct src/scheduler/calendar-data/cn-holidays.json from the State Council notice.',
  },
  'scheduler.cron.unsupported': {
    zh: '任务时间表达式 {expression} 用了不支持的写法（L、W、#）：请用具体的日期和星期。',
    en: 'The job schedule {expression} uses an unsupported form (L, W, #): please use plain days and weekdays.',
  },
  'scheduler.cron.invalid': {
    zh: '任务时间表达式 {expression} 无效：请用“分 时 日 月 星期”的写法，如 30 7 * * *。',
    en: 'The job schedule {expression} is invalid: please use "minute hour day month weekday", e.g. 30 7 * * *.',
  },
  'scheduler.jobs.summary': {
    zh: '查看定时任务、上次与下次运行，以及未送达的消息（管理员）',
    en: 'Scheduled jobs, their last and next runs, and messages not delivered (administrators)',
  },
  'scheduler.jobs.usage': { zh: '/任务', en: '/jobs' },
  'scheduler.jobs.title': { zh: '定时任务', en: 'Scheduled jobs' },
  'scheduler.jobs.job': { zh: '任务', en: 'Job' },
  'scheduler.jobs.cron': { zh: '时间表', en: 'Schedule' },
  'scheduler.jobs.last': { zh: '上次', en: 'Last slot' },
  'scheduler.jobs.status': { zh: '结果', en: 'Result' },
  'scheduler.jobs.next': { zh: '下次', en: 'Next run' },
  'scheduler.jobs.never': { zh: '尚未运行', en: 'never ran' },
  'scheduler.jobs.running': { zh: '运行中', en: 'running' },
  'scheduler.jobs.done': { zh: '完成', en: 'done' },
  'scheduler.jobs.failed': { zh: '失败', en: 'failed' },
  'scheduler.jobs.skipped': { zh: '已跳过', en: 'skipped' },
  'scheduler.jobs.undelivered': { zh: '未送达的消息（最近 10 条）', en: 'Messages not delivered (latest 10)' },
  'scheduler.jobs.allDelivered': { zh: '所有消息均已送达。', en: 'Every message was delivered.' },
  'scheduler.jobs.queuedAt': { zh: '排队时间', en: 'Queued' },
  'scheduler.jobs.purpose': { zh: '用途', en: 'Purpose' },
  'scheduler.jobs.recipient': { zh: '接收方', en: 'Recipient' },
  'scheduler.jobs.reason': { zh: '原因', en: 'Reason' },
  'scheduler.jobs.stillQueued': { zh: '仍在排队（{status}）', en: 'still queued ({status})' },
} satisfies Record<string, Text>;
