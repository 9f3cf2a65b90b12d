import type { Text } from '../locale.js';

/**
 * The details of `/审计` entries in words (names, dates, states), one text per kind of action
 * (`coordinator.auditWords.*`), the stand-ins of usage examples when the speaker's scope names nothing
 * (`coordinator.usageExample.*`), and the progress card's note on tables it could not hold.
 */
export const coordinatorAuditMessages = {
  'coordinator.auditWords.assignment': {
    zh: '{physician}，{clinic}，{from} 至 {to}{dates}',
    en: '{physician}, {clinic}, {from} to {to}{dates}',
  },
  'coordinator.auditWords.plannedDates': { zh: '，计划 {dates}', en: ', planned {dates}' },
  'coordinator.auditWords.addedDates': { zh: '，新增 {dates}', en: ', added {dates}' },
  'coordinator.auditWords.program': { zh: '（{program}）', en: ' ({program})' },
  'coordinator.auditWords.correctionRequest': {
    zh: '{date}，{clinic}，原因：{reason}',
    en: '{date}, {clinic}, reason: {reason}',
  },
  'coordinator.auditWords.dayOf': { zh: '{physician} {date}，{clinic}', en: '{physician} {date}, {clinic}' },
  'coordinator.auditWords.note': { zh: '，说明：{note}', en: ', note: {note}' },
  'coordinator.auditWords.visit': {
    zh: '{day}：{verdict}{previous}{note}',
    en: '{day}: {verdict}{previous}{note}',
  },
  'coordinator.auditWords.previous': { zh: '（原为{status}）', en: ' (was {status})' },
  'coordinator.auditWords.status.PENDING': { zh: '[[unconfirmed]]', en: '[[unconfirmed]]' },
  'coordinator.auditWords.status.CONFIRMED': { zh: '[[confirmed]]', en: '[[confirmed]]' },
  'coordinator.auditWords.status.DISPUTED': { zh: '[[disputed]]', en: '[[disputed]]' },
  'coordinator.auditWords.reminder': {
    zh: '{month} {reason}，发给 {people}{unreachable}',
    en: '{month} {reason}, sent to {people}{unreachable}',
  },
  'coordinator.auditWords.people': { zh: '{names} 共 {count} 人', en: '{names} ({count} people)' },
  'coordinator.auditWords.nobody': { zh: '无人', en: 'nobody' },
  'coordinator.auditWords.unreachable': { zh: '，{count} 人未绑定无法送达', en: ', {count} not reachable' },
  'coordinator.auditWords.reason.reports': { zh: '[[monthlyReport]]未提交', en: 'monthly reports not submitted' },
  'coordinator.auditWords.reason.minimum': { zh: '未达每月最低天数', en: 'below the monthly minimum' },
  'coordinator.auditWords.reason.worklogs': { zh: '未填[[workLog]]', en: 'work logs missing' },
  'coordinator.auditWords.reason.confirms': { zh: '[[confirmed]]到岗超时', en: 'confirmations overdue' },
  'coordinator.auditWords.report': {
    zh: '{program} {period}，{days} 个[[serviceDay]]',
    en: '{program} {period}, {days} service days',
  },
  'coordinator.auditWords.importApply': {
    zh: '{file}：{rows} 行，新增 {added}、修改 {changed}、移除 {removed}',
    en: '{file}: {rows} rows, {added} added, {changed} changed, {removed} removed',
  },
  'coordinator.auditWords.bind': { zh: '{person}（{method}）', en: '{person} ({method})' },
  'coordinator.auditWords.method.VERIFIED_MOBILE': { zh: '手机号已核验', en: 'verified mobile' },
  'coordinator.auditWords.method.COORDINATOR': { zh: '联络员确认', en: 'by a coordinator' },
  'coordinator.auditWords.method.ADMIN': { zh: '[[admin]]确认', en: 'by an administrator' },
  'coordinator.auditWords.grant': { zh: '{person}：{role}{scope}', en: '{person}: {role}{scope}' },
  'coordinator.auditWords.grantScope': { zh: '，{scope}', en: ', {scope}' },
  'coordinator.auditWords.subscription': { zh: '{topic}：{scope}', en: '{topic}: {scope}' },
  'coordinator.auditWords.unknown': { zh: '（未知）', en: '(unknown)' },
  'coordinator.progress.tablesOmitted': {
    zh: '{program}的其余表格未列出（一张卡片最多五个表格），请写上项目编号单独查看。',
    en: 'The other tables of {program} are not listed (a card holds five tables at most); name the program to see it alone.',
  },
  'coordinator.usageExample.place': { zh: '地区名称', en: 'region' },
  'coordinator.usageExample.hospital': { zh: '[[supportingUnit]]名称', en: 'hospital' },
  'coordinator.usageExample.clinic': { zh: '[[recipientUnit]]名称', en: 'clinic' },
  'coordinator.usageExample.physician': { zh: '医生姓名', en: 'physician' },
} satisfies Record<string, Text>;
