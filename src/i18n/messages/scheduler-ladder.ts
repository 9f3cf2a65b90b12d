import type { Text } from '../locale.js';

/**
 * Texts of the deadline ladder: reminders before a due date, escalations after it, milestone notices.
 * Keys are `scheduler.ladder.<name>`; per-level keys end in the level.
 */
export const schedulerLadderMessages = {
  'scheduler.ladder.title.DUE_SOON': { zh: '报送截止提醒', en: 'Reports due soon' },
  'scheduler.ladder.title.HOSPITAL': { zh: '报送已[[overdue]]', en: 'Reports overdue' },
  'scheduler.ladder.title.REGION': { zh: '辖区[[overdue]]未报单位', en: 'Overdue reports in your area' },
  'scheduler.ladder.title.MILESTONE': { zh: '项目节点提醒', en: 'Program milestone ahead' },
  'scheduler.ladder.intro.DUE_SOON': {
    zh: '**{scope}** 以下事项将于 {dueDate} 截止（还有 {days} 天），请按时报送：',
    en: '**{scope}**: the items below are due on {dueDate} ({days} day(s) left). Please file them in time:',
  },
  'scheduler.ladder.intro.HOSPITAL': {
    zh: '**{scope}** 以下事项已于 {dueDate} 截止，现已[[overdue]] {days} 天，请尽快报送：',
    en: '**{scope}**: the items below were due on {dueDate} and are {days} day(s) overdue. Please file them now:',
  },
  'scheduler.ladder.intro.REGION': {
    zh: '**{scope}** 辖区内以下[[supportingUnit]]于 {dueDate} 截止的报送已[[overdue]] {days} 天仍未提交，请督促：',
    en: 'In **{scope}**, the supporting hospitals below have not filed what was due on {dueDate} ({days} day(s) overdue). Please follow up:',
  },
  'scheduler.ladder.intro.MILESTONE': {
    zh: '项目节点将于 {dueDate} 截止（还有 {days} 天），请提前安排：',
    en: 'A program milestone is due on {dueDate} ({days} day(s) left). Please plan ahead:',
  },
  'scheduler.ladder.column.unit': { zh: '单位', en: 'Unit' },
  'scheduler.ladder.column.item': { zh: '事项', en: 'Item' },
  'scheduler.ladder.column.state': { zh: '状态', en: 'Status' },
  'scheduler.ladder.state.PENDING': { zh: '未报送', en: 'not filed' },
  'scheduler.ladder.state.DRAFTED': { zh: '已存草稿，未提交', en: 'draft saved, not submitted' },
  'scheduler.ladder.state.MILESTONE': { zh: '待完成', en: 'to do' },
  'scheduler.ladder.kind.MONTHLY_WORKLOAD': {
    zh: '{period} [[monthlyReport]]',
    en: '{period} monthly workload report',
  },
  'scheduler.ladder.kind.STAFFING_TABLE': { zh: '[[staffingTable]]（{period}）', en: 'Staffing table ({period})' },
  'scheduler.ladder.kind.IMPLEMENTATION_PLAN': { zh: '{period} 实施方案', en: '{period} implementation plan' },
  'scheduler.ladder.kind.ANNUAL_SUMMARY': { zh: '{period} 年度总结和自评', en: '{period} annual summary' },
  'scheduler.ladder.more': { zh: '另有 {count} 项未列出。', en: '{count} more not listed.' },
  'scheduler.ladder.hint.DUE_SOON': {
    zh: '提交后即不再[[reminder]]；[[overdue]]未报将逐级通报。',
    en: 'Once filed, no more reminders; reports still missing after the due date are escalated.',
  },
  'scheduler.ladder.hint.HOSPITAL': {
    zh: '提交后即不再[[reminder]]；仍未报送将通报上级卫健部门。',
    en: 'Once filed, no more reminders; if still missing, the health bureau is told.',
  },
  'scheduler.ladder.hint.REGION': {
    zh: '单位提交后即移出名单；可用 /[[overdue]] 查看全部[[overdue]]事项并[[reminder]]。',
    en: 'A unit leaves this list once it files; /overdue shows every overdue item with reminders.',
  },
  'scheduler.ladder.hint.MILESTONE': {
    zh: '本节点无需在机器人中提交，仅作提醒。',
    en: 'Nothing to submit to the bot for this milestone: this is a reminder only.',
  },
} satisfies Record<string, Text>;
