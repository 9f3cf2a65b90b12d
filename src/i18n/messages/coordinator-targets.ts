import type { Text } from '../locale.js';

/**
 * Texts of targets by level: `/目标` (`coordinator.target.*`) and the level parts of `/进度`
 * (`coordinator.progress.*` keys not in coordinator-views.ts).
 */
export const coordinatorTargetMessages = {
  'coordinator.progress.programTargets': { zh: '**项目目标**', en: '**Program targets**' },
  'coordinator.progress.ownTargets': { zh: '**本级目标**', en: '**Targets of this level**' },
  'coordinator.progress.noOwnTargets': {
    zh: '**本级未设目标**：下表为本级实际数及其占上级目标的比例，不作预测。可发送 /目标 设定本级目标。',
    en: '**No targets set for this level**: below are its actuals and their share of the target above, without a forecast. Send /target to set this level’s targets.',
  },
  'coordinator.progress.sharesHeading': {
    zh: '**本级实际数占上级目标**',
    en: '**Actuals against the target above**',
  },
  'coordinator.progress.actual': { zh: '本级实际', en: 'Actual' },
  'coordinator.progress.parent': { zh: '上级目标', en: 'Target above' },
  'coordinator.progress.share': { zh: '占比', en: 'Share' },
  'coordinator.progress.parentTarget': {
    zh: '{parent} {target}（截止 {due}）',
    en: '{parent} {target} (due {due})',
  },
  'coordinator.progress.programLevel': { zh: '项目', en: 'Program' },
  'coordinator.progress.tooEarly': { zh: '数据不足，暂不预测', en: 'Too early to forecast' },
  'coordinator.progress.unreachable': {
    zh: '按当前进度无法按期完成',
    en: 'Cannot be met before the program ends at the current pace',
  },
  'coordinator.target.summary': {
    zh: '设定或分解本级（市、县或本院）的项目目标',
    en: 'Set or apportion a program target for your level (city, county or hospital)',
  },
  'coordinator.target.usage': {
    zh: '用法：/目标 [项目代码] [地区或单位] 指标 数值 [截止日期]，如 /目标 派驻支援医师 20、/目标 漳平市 诊疗人次 5000 2026-12-31；不写截止日期即项目结束日',
    en: 'Usage: /target [program code] [region or institution] metric value [due date], e.g. /target 诊疗人次 5000 2026-12-31; the due date defaults to the program’s end',
  },
  'coordinator.target.set': {
    zh: '已设定 {level} 的目标：{metric} {value}（截止 {due}，{program}）。发送 /[[progress]] 查看。',
    en: 'Target set for {level}: {metric} {value} (due {due}, {program}). Send /progress to follow it.',
  },
  'coordinator.target.replaced': {
    zh: '已将 {level} 的目标“{metric}（截止 {due}）”从 {previous} 改为 {value}（{program}）。',
    en: 'The target of {level} “{metric} (due {due})” changed from {previous} to {value} ({program}).',
  },
  'coordinator.target.missing': {
    zh: '请写明指标和数值，如 /目标 诊疗人次 5000。',
    en: 'Name a metric and a value, e.g. /target 诊疗人次 5000.',
  },
  'coordinator.target.badMetric': {
    zh: '“{metric}”不是可设定目标的指标。可用：{metrics}',
    en: '“{metric}” is not a metric with targets. Use one of: {metrics}',
  },
  'coordinator.target.badValue': {
    zh: '目标数值应为正整数，“{value}”不是。',
    en: 'A target is a whole number above zero, and “{value}” is not.',
  },
  'coordinator.target.badDate': {
    zh: '截止日期 {date} 不在项目期内（{start} 至 {end}）。',
    en: 'The due date {date} is outside the program ({start} to {end}).',
  },
  'coordinator.target.programLevel': {
    zh: '{level} 是项目本级，项目目标由项目设定（导入），不能用 /目标 修改。请写明下级地区或单位。',
    en: '{level} is the program’s own level: its targets come with the program (the import), not /target. Name a region or hospital below it.',
  },
  'coordinator.target.noLevel': {
    zh: '请写明要设定目标的地区（市、县）或[[supportingUnit]]；[[recipientUnit]]不设目标。',
    en: 'Name the region (city, county) or supporting hospital to set a target for; recipient clinics have no targets.',
  },
  'coordinator.target.noProgram': {
    zh: '您的范围内有多个项目，请写上项目代码：{codes}',
    en: 'Several programs are in your scope. Add a program code: {codes}',
  },
  'coordinator.target.none': {
    zh: '您的范围内没有正在进行的项目。',
    en: 'No program is running in your scope.',
  },
} satisfies Record<string, Text>;
