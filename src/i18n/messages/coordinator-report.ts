import type { Text } from '../locale.js';

/**
 * Texts of the monthly workload report (对口支援工作量月报表): its layout, the draft card, submission,
 * completeness (`/月报`) and `/导出`. Keys are `coordinator.report.*` and `coordinator.export.*`.
 */
export const coordinatorReportMessages = {
  // The layout (coordinator/monthly-report/layout.ts)
  'coordinator.report.sheetTitle': { zh: '对口支援[[monthlyReport]]表', en: 'Monthly workload report' },
  'coordinator.report.summaryTitle': {
    zh: '对口支援[[monthlyReport]]表（[[summary]]）',
    en: 'Monthly workload reports ([[summary]])',
  },
  'coordinator.report.summarySheet': { zh: '[[summary]]', en: '[[summary]]' },
  'coordinator.report.col.name': { zh: '姓名', en: 'name' },
  'coordinator.report.col.title': { zh: '职称', en: 'title' },
  'coordinator.report.col.specialty': { zh: '专业', en: 'specialty' },
  'coordinator.report.col.state': { zh: '报送状态', en: 'state' },
  // The monthly-minimum column
  'coordinator.report.col.meetsMinimum': { zh: '达到每月最低天数', en: 'Monthly minimum met' },
  'coordinator.report.met': { zh: '是（{days}天）', en: 'yes ({days} days)' },
  'coordinator.report.notMet': { zh: '否（{days}天）', en: 'no ({days} days)' },
  // The 报送情况 sheet of a region's workbook
  'coordinator.report.filingSheet': { zh: '报送情况', en: 'Filing' },
  'coordinator.report.filingTitle': { zh: '{period} 月报报送情况', en: 'Monthly reports filed, {period}' },
  'coordinator.report.total': { zh: '合计', en: 'total' },
  'coordinator.report.head.hospital': { zh: '[[supportingUnit]]：{hospital}', en: '[[supportingUnit]]: {hospital}' },
  'coordinator.report.head.scope': { zh: '范围：{scope}', en: 'scope: {scope}' },
  'coordinator.report.head.period': { zh: '报告月份：{period}', en: 'month: {period}' },
  'coordinator.report.head.program': { zh: '项目：{program}', en: 'program: {program}' },
  'coordinator.report.head.preparedBy': { zh: '填报人：{name}', en: 'prepared by: {name}' },
  'coordinator.report.head.preparedOn': { zh: '填报日期：{date}', en: 'date: {date}' },
  'coordinator.report.head.state': { zh: '报送状态：{state}', en: 'state: {state}' },
  'coordinator.report.section.clinics': {
    zh: '一、各[[recipientUnit]]工作量',
    en: '1. Work at each [[recipientUnit]]',
  },
  'coordinator.report.section.physicians': { zh: '二、派驻医师工作量', en: '2. Work of each physician' },
  'coordinator.report.section.spotChecks': { zh: '附：抽查情况（四不两直）', en: 'Annex: spot checks' },
  'coordinator.report.col.date': { zh: '日期', en: 'date' },
  'coordinator.report.col.spotCheck': { zh: '抽查结果', en: 'spot check' },
  'coordinator.report.col.followUp': { zh: '跟进', en: 'follow-up' },
  'coordinator.report.followUpOpen': { zh: '[[disputed]]，待跟进', en: '[[disputed]], open' },
  'coordinator.report.followUpSettled': { zh: '已处理', en: 'settled' },
  'coordinator.report.card.spotChecks': {
    zh: '**抽查（四不两直）**：{checks} 天，其中[[stateSpotCheckFailed]] {failed} 天（待跟进 {open} 天）',
    en: '**Spot checks**: {checks} days, {failed} [[stateSpotCheckFailed]] ({open} open)',
  },
  'coordinator.report.section.workDone': { zh: '三、工作完成情况', en: '3. Work done' },
  'coordinator.report.section.problems': { zh: '四、存在问题', en: '4. Problems' },
  'coordinator.report.section.plans': {
    zh: '五、下一步工作计划和建议',
    en: '5. Plans and suggestions for the next step',
  },
  'coordinator.report.noNote': { zh: '（未填写）', en: '(none)' },
  // The three text sections (coordinator/monthly-report/sections.ts)
  'coordinator.report.sectionName.workDone': { zh: '工作完成情况', en: 'Work done' },
  'coordinator.report.sectionName.problems': { zh: '存在问题', en: 'Problems' },
  'coordinator.report.sectionName.plans': { zh: '下一步工作计划和建议', en: 'Plans and suggestions' },
  'coordinator.report.sectionTooLong': {
    zh: '“{section}”最多 {max} 字（现在 {length} 字），请精简后再发送。',
    en: '“{section}” may be at most {max} characters (now {length}). Please shorten it.',
  },
  'coordinator.report.sectionSaved': {
    zh: '已保存{hospital} {period} [[monthlyReport]]的“{section}”。核对无误后在卡片上点“提交”。',
    en: 'Saved “{section}” of the [[monthlyReport]] of {hospital} for {period}. Press Submit on the card when it is right.',
  },
  'coordinator.report.sectionAfterSubmit': {
    zh: '{hospital} {period} 的[[monthlyReport]]已提交，不能再修改“{section}”；如需更正，请联系上级卫健部门退回后再改。',
    en: 'The [[monthlyReport]] of {hospital} for {period} is submitted, so “{section}” cannot change; ask the bureau to return it first.',
  },
  'coordinator.report.sectionEmpty': {
    zh: '请在“{section}”后写上内容，例如：/[[monthlyReport]] 存在问题 部分[[recipientUnit]]缺少心电图机',
    en: 'Write the text after “{section}”, e.g. /report 存在问题 a clinic lacks an ECG machine',
  },
  // Where a report stands
  'coordinator.report.state.onTime': { zh: '已提交（按时）{at}', en: 'submitted on time {at}' },
  'coordinator.report.state.late': {
    zh: '已提交（[[overdue]] {days} 天）{at}',
    en: 'submitted {days} day(s) late ([[overdue]]) {at}',
  },
  'coordinator.report.state.overdue': {
    zh: '未提交（已[[overdue]] {days} 天）',
    en: 'not submitted ([[overdue]] by {days} day(s))',
  },
  'coordinator.report.state.open': { zh: '未提交（截止 {due}）', en: 'not submitted (due {due})' },
  // The draft card (cards/monthly-report-draft.ts)
  'coordinator.report.card.title': { zh: '[[monthlyReport]] · {period}', en: '[[monthlyReport]] · {period}' },
  'coordinator.report.card.program': { zh: '项目', en: 'program' },
  'coordinator.report.card.state': { zh: '报送状态', en: 'state' },
  'coordinator.report.card.noDays': {
    zh: '本月没有[[serviceDay]]记录，各项工作量均为 0。',
    en: 'No [[serviceDay]] this month: every figure is 0.',
  },
  'coordinator.report.card.hint': {
    zh: '数据由系统根据[[checkIn]]和[[workLog]]自动汇总。请核对，填写工作完成情况、存在问题、下一步工作计划和建议后提交；提交时按最新记录重新计算。不能填写表单时，可发送“/[[monthlyReport]] 存在问题 内容”（工作完成情况、下一步工作计划和建议同样）逐段保存。',
    en: 'Figures are summed from [[checkIn]]s and [[workLog]]s. Check them, write the work done, problems and plans, and submit; figures are recomputed from the latest records on submission. Where the form cannot be filled, send "/report 存在问题 <text>" (likewise 工作完成情况, 下一步工作计划和建议) to save each section.',
  },
  'coordinator.report.card.keepSaved': {
    zh: '留空则保留上面已保存的内容',
    en: 'Leave empty to keep the text saved above',
  },
  'coordinator.report.card.placeholder.workDone': {
    zh: '如：本月派驻 5 名医师，开展门诊、查房、讲座等',
    en: 'e.g. 5 physicians this month: clinics, rounds, lectures',
  },
  'coordinator.report.card.placeholder.problems': {
    zh: '如：部分[[recipientUnit]]缺少设备',
    en: 'e.g. equipment missing at a clinic',
  },
  'coordinator.report.card.placeholder.plans': {
    zh: '如：下月计划增派儿科医师',
    en: 'e.g. a paediatrician next month',
  },
  'coordinator.report.card.submit': { zh: '提交', en: 'Submit' },
  'coordinator.report.card.confirmTitle': { zh: '确认提交', en: 'Submit the report' },
  'coordinator.report.card.confirmText': {
    zh: '提交 {period} 的[[monthlyReport]]？提交后不能撤回。',
    en: 'Submit the [[monthlyReport]] of {period}? It cannot be withdrawn.',
  },
  'coordinator.report.card.export': { zh: '导出Excel', en: 'Export Excel' },
  'coordinator.report.card.sectionShown': { zh: '{section}：{text}', en: '{section}: {text}' },
  // Submitting
  'coordinator.report.alreadySubmitted': {
    zh: '{hospital} {period} 的[[monthlyReport]]已于 {at} 提交，无需重复提交。',
    en: 'The [[monthlyReport]] of {hospital} for {period} was submitted at {at}; nothing more to do.',
  },
  'coordinator.report.notYours': {
    zh: '您不是{hospital}的[[hospitalCoordinator]]，不能查看或提交它的[[monthlyReport]]。',
    en: 'You are not a [[hospitalCoordinator]] of {hospital}, so you cannot view or submit its [[monthlyReport]].',
  },
  'coordinator.report.monthNotOver': {
    zh: '{period} 还没有结束。[[monthlyReport]]在次月1日生成，请写已结束的月份，如 {command} {previous}。',
    en: '{period} is not over yet. The [[monthlyReport]] is drafted on the 1st of the next month; name a past month, e.g. {command} {previous}.',
  },
  'coordinator.report.noProgram': {
    zh: '{hospital} 在 {period} 没有作为[[supportingUnit]]参加对口支援项目，没有需要报送的[[monthlyReport]]。',
    en: 'In {period} {hospital} took part in no program as a [[supportingUnit]]: no [[monthlyReport]] is owed.',
  },
  // /月报 (commands/monthly-report.ts)
  'coordinator.report.summary': {
    zh: '[[monthlyReport]]：医务科核对并提交本单位月报；卫健部门查看报送率和按时率',
    en: '[[monthlyReport]]: hospitals check and submit theirs; bureaus see completeness and timeliness',
  },
  'coordinator.report.usage': {
    zh: '/月报 [月份]：医务科查看并提交上月（或指定月份）的[[monthlyReport]]，如 /月报 2026-10\n/月报 [月份] 工作完成情况|存在问题|下一步工作计划和建议 内容：医务科逐段填写月报文字（卡片不能填表时），如 /月报 2026-10 存在问题 部分卫生院缺少心电图机\n/月报 [月份] [地区或单位]：卫健部门查看报送率、按时率，如 /月报 2023-09 {place}',
    en: "/月报 [month]: a hospital's [[monthlyReport]] of last month (or the month named) to check and submit, e.g. /report 2026-10\n/月报 [month] 工作完成情况|存在问题|下一步工作计划和建议 <text>: a hospital writes a text section of the report (where the card has no form), e.g. /report 2026-10 存在问题 a clinic lacks an ECG machine\n/月报 [month] [region or institution]: completeness and timeliness for bureaus, e.g. /report 2023-09 {place}",
  },
  'coordinator.report.completeness.none': {
    zh: '{scope} 没有 {period} 的[[monthlyReport]]任务。月报在次月1日生成。',
    en: 'No [[monthlyReport]] for {period} is owed in {scope}. Reports are drafted on the 1st of the next month.',
  },
  'coordinator.report.completeness.title': {
    zh: '[[monthlyReport]]报送情况 · {period}',
    en: '[[monthlyReport]] completeness · {period}',
  },
  'coordinator.report.completeness.submittedRate': { zh: '报送率', en: 'submitted' },
  'coordinator.report.completeness.onTimeRate': { zh: '按时率', en: 'on time' },
  'coordinator.report.completeness.submitted': { zh: '已报送', en: 'submitted' },
  'coordinator.report.completeness.onTime': { zh: '按时', en: 'on time' },
  'coordinator.report.completeness.late': { zh: '[[overdue]]报送', en: 'submitted late' },
  'coordinator.report.completeness.overdue': { zh: '[[overdue]]未报', en: '[[overdue]], not submitted' },
  'coordinator.report.completeness.open': { zh: '未到截止日', en: 'not yet due' },
  'coordinator.report.completeness.region': { zh: '地区', en: 'region' },
  'coordinator.report.completeness.hospital': { zh: '[[supportingUnit]]', en: '[[supportingUnit]]' },
  'coordinator.report.completeness.program': { zh: '项目', en: 'program' },
  'coordinator.report.completeness.state': { zh: '报送状态', en: 'state' },
  'coordinator.report.completeness.outside': { zh: '辖区外单位', en: 'outside the region' },
  'coordinator.report.completeness.ownLevel': { zh: '（本级）', en: ' (own level)' },
  'coordinator.report.completeness.rule': {
    zh: '按时 = 截止日当天 24:00 前提交；比率均为“数量/应报总数”。',
    en: 'On time = submitted before midnight at the end of the due date; every rate is count/reports owed.',
  },
  'coordinator.report.rate': { zh: '{count}/{total}（{pct}）', en: '{count}/{total} ({pct})' },
  // /导出 (commands/export.ts)
  'coordinator.export.summary': {
    zh: '导出 Excel：[[monthlyReport]]、[[staffingTable]]',
    en: 'Export to Excel: [[monthlyReport]], [[staffingTable]]',
  },
  'coordinator.export.usage': {
    zh: '/导出 月报 2023-08 [单位或地区]：对口支援[[monthlyReport]]表\n/导出 人员表 2026-12 [单位或地区]：[[staffingTable]]',
    en: '/导出 月报 2023-08 [institution or region]: the [[monthlyReport]]\n/导出 人员表 2026-12 [institution or region]: the [[staffingTable]]',
  },
  'coordinator.export.unknownKind': {
    zh: '不能导出“{kind}”。请写 月报 或 人员表，如 /导出 月报 2023-08。',
    en: 'Cannot export “{kind}”. Write 月报 (monthly report) or 人员表 (staffing table), e.g. /export 月报 2023-08.',
  },
  'coordinator.export.missingKind': {
    zh: '请写明导出什么：月报 或 人员表，如 /导出 月报 2023-08。',
    en: 'Say what to export: 月报 or 人员表, e.g. /export 月报 2023-08.',
  },
  'coordinator.export.noReports': {
    zh: '{scope} 没有 {period} 的[[monthlyReport]]。月报在次月1日生成草稿，也可以发送 /月报 {period} 立即生成。',
    en: 'No [[monthlyReport]] of {period} in {scope}. Drafts are made on the 1st of the next month, or at once with /月报 {period}.',
  },
  'coordinator.export.reportFileName': {
    zh: '对口支援[[monthlyReport]]表-{period}-{scope}.xlsx',
    en: 'monthly-workload-report-{period}-{scope}.xlsx',
  },
  'coordinator.export.staffingFileName': {
    zh: '[[staffingTable]]-{period}-{scope}.xlsx',
    en: 'staffing-table-{period}-{scope}.xlsx',
  },
} satisfies Record<string, Text>;
