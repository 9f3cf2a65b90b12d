import type { Text } from '../locale.js';

/**
 * Texts of the tours (`src/tours/`: 省级医疗队巡回医疗 and "移动医院"巡诊): the rule checks with their figures,
 * the roster import, the `/巡回` card. Keys are `tours.<name>`.
 */
export const tourMessages = {
  'tours.rule.membersOk': { zh: '队员 {members} 人（不少于 {min} 人）✓', en: '{members} members (at least {min}) ✓' },
  'tours.rule.membersShort': { zh: '队员 {members} 人，少于 {min} 人', en: '{members} members, fewer than {min}' },
  'tours.rule.seniorOk': {
    zh: '副高及以上 {senior}/{members}，已过半 ✓',
    en: 'associate chief or above {senior}/{members}, over half ✓',
  },
  'tours.rule.seniorShort': {
    zh: '副高及以上 {senior}/{members}，未过半',
    en: 'associate chief or above {senior}/{members}, not over half',
  },
  'tours.rule.countiesOk': { zh: '巡回医疗县区 {counties} 个 ✓', en: '{counties} counties on tour ✓' },
  'tours.rule.countiesOff': {
    zh: '巡回医疗县区 {counties} 个，应为 {min}–{max} 个',
    en: '{counties} counties on tour; {min}–{max} expected',
  },
  'tours.rule.weakSpecialties': {
    zh: '专业与受援县薄弱专科（{county}）：{marks}',
    en: 'Specialties against the weak specialties of {county}: {marks}',
  },
  'tours.rule.weeksOk': {
    zh: '巡回 {weeks}/{min} 周（{days} 天）✓',
    en: '{weeks}/{min} weeks on tour ({days} days) ✓',
  },
  'tours.rule.weeksShort': {
    zh: '巡回 {weeks}/{min} 周（{days} 天），不足 {min} 周',
    en: '{weeks}/{min} weeks on tour ({days} days), short of {min} weeks',
  },
  'tours.rule.townshipsOk': { zh: '覆盖乡镇 {townships}/{min} ✓', en: '{townships}/{min} townships covered ✓' },
  'tours.rule.townshipsShort': {
    zh: '覆盖乡镇 {townships}/{min}，不足 {min} 个',
    en: '{townships}/{min} townships covered, fewer than {min}',
  },
  'tours.rule.windowOk': { zh: '巡回日期均在 {start} 至 {end} 之间 ✓', en: 'All tour days within {start} to {end} ✓' },
  'tours.rule.windowOutside': {
    zh: '{outside} 天不在 {start} 至 {end} 之间（最早 {first}）',
    en: '{outside} days outside {start} to {end} (first {first})',
  },
  'tours.rule.rosterDue.inTime': { zh: '名单 {filed} 已报（{due} 前）✓', en: 'Roster filed {filed} (due {due}) ✓' },
  'tours.rule.rosterDue.late': { zh: '名单 {filed} 才报，晚于 {due}', en: 'Roster filed {filed}, after {due}' },
  'tours.rule.rosterDue.missing': { zh: '名单未报（应于 {due} 前）', en: 'Roster not filed (due {due})' },
  'tours.rule.planDue.inTime': { zh: '方案 {filed} 已报（{due} 前）✓', en: 'Plan filed {filed} (due {due}) ✓' },
  'tours.rule.planDue.late': { zh: '方案 {filed} 才报，晚于 {due}', en: 'Plan filed {filed}, after {due}' },
  'tours.rule.planDue.missing': { zh: '方案未报（应于 {due} 前）', en: 'Plan not filed (due {due})' },
  'tours.rule.summaryDue.inTime': { zh: '总结 {filed} 已报（{due} 前）✓', en: 'Summary filed {filed} (due {due}) ✓' },
  'tours.rule.summaryDue.late': { zh: '总结 {filed} 才报，晚于 {due}', en: 'Summary filed {filed}, after {due}' },
  'tours.rule.summaryDue.missing': { zh: '总结未报（应于 {due} 前）', en: 'Summary not filed (due {due})' },
  'tours.rule.mobileOk': {
    zh: '“移动医院”巡诊 {tours} 次（至少 {min} 次）✓',
    en: '{tours} mobile-hospital tours (at least {min}) ✓',
  },
  'tours.rule.mobileShort': {
    zh: '“移动医院”巡诊 {tours} 次，少于 {min} 次',
    en: '{tours} mobile-hospital tours, fewer than {min}',
  },
} satisfies Record<string, Text>;
