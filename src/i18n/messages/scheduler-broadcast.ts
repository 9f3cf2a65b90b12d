import type { Text } from '../locale.js';

/**
 * User-facing texts of group subscriptions (/订阅, /退订) and the group broadcasts: the weekly card of
 * expert visits (written for residents) and deadline notices to coordinator groups.
 * Keys are `scheduler.broadcast.<name>`.
 */
export const schedulerBroadcastMessages = {
  'scheduler.broadcast.subscribe.summary': {
    zh: '为本群[[subscribe]]每周专家坐诊安排或截止提醒',
    en: 'Subscribe this group to the weekly visit schedule or deadline notices',
  },
  'scheduler.broadcast.subscribe.usage': {
    zh: '在群里 @我：/[[subscribe]] 排班 <[[recipientUnit]]或地区>（每周一 08:00 发本周专家坐诊安排）；/[[subscribe]] 截止 [地区或[[supportingUnit]]]（截止、[[overdue]]提醒）',
    en: "In a group, @me: /subscribe schedule <clinic or region> (every Monday 08:00: the week's visits); /subscribe deadline [region or hospital] (deadline and overdue notices)",
  },
  'scheduler.broadcast.unsubscribe.summary': {
    zh: '查看或取消本群的[[subscribe]]',
    en: "List or cancel this group's subscriptions",
  },
  'scheduler.broadcast.unsubscribe.usage': {
    zh: '在群里 @我：/[[unsubscribe]]（查看本群[[subscribe]]）；/[[unsubscribe]] 排班 <[[recipientUnit]]或地区>；/[[unsubscribe]] 截止；/[[unsubscribe]] 全部',
    en: 'In a group, @me: /unsubscribe (list); /unsubscribe schedule <clinic or region>; /unsubscribe deadline; /unsubscribe all',
  },
  'scheduler.broadcast.groupOnly': {
    zh: '请在群里 @我 使用这个命令，[[subscribe]]是按群设置的。',
    en: 'Please use this command in a group and @mention me: subscriptions belong to a group.',
  },
  'scheduler.broadcast.topicMissing': {
    zh: '请说明[[subscribe]]什么：“排班”（每周专家坐诊安排）或“截止”（截止、[[overdue]]提醒）。',
    en: 'Please say what to subscribe to: "schedule" (weekly visits) or "deadline" (deadline and overdue notices).',
  },
  'scheduler.broadcast.targetMissing': {
    zh: '请写明哪个[[recipientUnit]]或地区，例如：/[[subscribe]] 排班 灵地卫生院',
    en: 'Please name a clinic or a region, e.g. /subscribe schedule 灵地卫生院',
  },
  'scheduler.broadcast.scheduleNeedsPlace': {
    zh: '“{name}”不是[[recipientUnit]]或地区。排班[[subscribe]]请写[[recipientUnit]]（卫生院、社区卫生服务中心）或地区名。',
    en: '"{name}" is not a clinic or a region. A schedule subscription needs a recipient clinic or a region.',
  },
  'scheduler.broadcast.deadlineNeedsOwner': {
    zh: '[[recipientUnit]]没有需要报送的报表。截止提醒请写地区或[[supportingUnit]]，或不写（按您的管辖范围）。',
    en: 'Clinics owe no reports. For deadline notices name a region or a supporting hospital, or nothing (your own scope).',
  },
  'scheduler.broadcast.deadlineForbidden': {
    zh: '截止提醒只能由医务科或卫健部门联络员[[subscribe]]。',
    en: 'Only hospital or health bureau coordinators can subscribe to deadline notices.',
  },
  'scheduler.broadcast.clinicHeadOwnOnly': {
    zh: '您只能为本单位（{clinic}）[[subscribe]]排班。',
    en: 'You can subscribe to the schedule of your own clinic ({clinic}) only.',
  },
  'scheduler.broadcast.subscribed': { zh: '已[[subscribe]]：{subscription}', en: 'Subscribed: {subscription}' },
  'scheduler.broadcast.alreadySubscribed': {
    zh: '本群已[[subscribe]]：{subscription}',
    en: 'This group is already subscribed: {subscription}',
  },
  'scheduler.broadcast.cancelled': { zh: '已[[unsubscribe]]：{subscriptions}', en: 'Cancelled: {subscriptions}' },
  'scheduler.broadcast.notSubscribed': {
    zh: '本群没有这项[[subscribe]]：{what}',
    en: 'This group has no such subscription: {what}',
  },
  'scheduler.broadcast.cancelForbidden': {
    zh: '“{subscription}”不在您的管辖范围内，请联系[[subscribe]]的人或上级联络员[[unsubscribe]]。',
    en: '"{subscription}" is outside your scope; ask whoever subscribed it or a higher coordinator.',
  },
  'scheduler.broadcast.list': { zh: '本群当前[[subscribe]]：\n{lines}', en: 'Subscriptions of this group:\n{lines}' },
  'scheduler.broadcast.listEmpty': {
    zh: '本群当前没有[[subscribe]]。用 /[[subscribe]] 排班 <[[recipientUnit]]或地区> 添加。',
    en: 'This group has no subscriptions. Add one with /subscribe schedule <clinic or region>.',
  },
  'scheduler.broadcast.line': { zh: '· {subscription}', en: '· {subscription}' },
  'scheduler.broadcast.topic.SCHEDULE': { zh: '每周专家坐诊安排', en: 'weekly visit schedule' },
  'scheduler.broadcast.topic.DEADLINES': { zh: '截止和[[overdue]]提醒', en: 'deadline and overdue notices' },
  'scheduler.broadcast.subscriptionLabel': { zh: '{topic}（{scope}）', en: '{topic} ({scope})' },
  'scheduler.broadcast.scopeAll': { zh: '全部', en: 'everything' },
  'scheduler.broadcast.week.title': { zh: '本周专家坐诊安排', en: "This week's expert visits" },
  'scheduler.broadcast.week.intro': {
    zh: '{from}至{to}，以下专家到 **{place}** 坐诊，欢迎辖区居民前来就诊。',
    en: 'From {from} to {to} these physicians see patients at **{place}**. Residents are welcome.',
  },
  'scheduler.broadcast.week.none': {
    zh: '{from}至{to}，**{place}** 暂无专家坐诊安排。有新安排时本卡片会更新。',
    en: 'No expert visits at **{place}** from {from} to {to} yet. This card is updated when visits are planned.',
  },
  'scheduler.broadcast.week.tours': { zh: '**巡回医疗**', en: '**Touring teams**' },
  'scheduler.broadcast.week.tourLine': {
    zh: '{weekday}（{date}）{team} 在 {place} {activity}',
    en: '{weekday} ({date}): {team} at {place} {activity}',
  },
  'scheduler.broadcast.week.provincialTeam': { zh: '{hospital} 省级医疗队', en: '{hospital} provincial medical team' },
  'scheduler.broadcast.week.mobileHospital': {
    zh: '{hospital} “移动医院”（{vehicle}）',
    en: '{hospital} mobile hospital ({vehicle})',
  },
  'scheduler.broadcast.week.dayColumn': { zh: '日期', en: 'Day' },
  'scheduler.broadcast.week.dayCell': { zh: '{date} {weekday}', en: '{weekday} {date}' },
  'scheduler.broadcast.week.physician': { zh: '医师', en: 'Physician' },
  'scheduler.broadcast.week.title.column': { zh: '职称', en: 'Title' },
  'scheduler.broadcast.week.specialty': { zh: '专业', en: 'Specialty' },
  'scheduler.broadcast.week.from': { zh: '来自', en: 'From' },
  'scheduler.broadcast.week.place': { zh: '坐诊地点', en: 'Where' },
  'scheduler.broadcast.week.more': {
    zh: '另有 {count} 人次未列出，请向[[recipientUnit]]咨询。',
    en: '{count} more visit(s) not listed; please ask the clinic.',
  },
  'scheduler.broadcast.week.footer': {
    zh: '安排如有变动，本卡片会自动更新。欢迎转发到村（居）民群。',
    en: 'If plans change, this card is updated. Feel free to forward it to village and resident groups.',
  },
  'scheduler.broadcast.deadline.title': { zh: '截止和[[overdue]]提醒', en: 'Deadlines and overdue reports' },
  'scheduler.broadcast.deadline.intro': {
    zh: '{scope}：以下事项 3 天内截止或已[[overdue]]（{today}）。',
    en: '{scope}: these items are due within 3 days or overdue ({today}).',
  },
  'scheduler.broadcast.deadline.item': { zh: '事项', en: 'Item' },
  'scheduler.broadcast.deadline.owner': { zh: '报送单位', en: 'Owed by' },
  'scheduler.broadcast.deadline.due': { zh: '截止日期', en: 'Due' },
  'scheduler.broadcast.deadline.state': { zh: '状态', en: 'Status' },
  'scheduler.broadcast.deadline.level.overdue': { zh: '已[[overdue]]', en: 'overdue' },
  'scheduler.broadcast.deadline.level.today': { zh: '今天截止', en: 'due today' },
  'scheduler.broadcast.deadline.level.tomorrow': { zh: '明天截止', en: 'due tomorrow' },
  'scheduler.broadcast.deadline.level.soon': { zh: '3 天内截止', en: 'due within 3 days' },
  'scheduler.broadcast.deadline.kind.MONTHLY_WORKLOAD': {
    zh: '{period} [[monthlyReport]]',
    en: '{period} monthly report',
  },
  'scheduler.broadcast.deadline.kind.STAFFING_TABLE': {
    zh: '{period} [[staffingTable]]',
    en: '{period} staffing table',
  },
  'scheduler.broadcast.deadline.kind.IMPLEMENTATION_PLAN': {
    zh: '{period} 实施方案',
    en: '{period} implementation plan',
  },
  'scheduler.broadcast.deadline.kind.ANNUAL_SUMMARY': { zh: '{period} 年度总结', en: '{period} annual summary' },
  'scheduler.broadcast.deadline.more': { zh: '另有 {count} 项未列出。', en: '{count} more not listed.' },
} satisfies Record<string, Text>;
