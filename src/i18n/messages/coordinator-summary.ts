import type { Text } from '../locale.js';

/** Texts of the workload summary card (`/汇总`). Keys are `coordinator.summary.<name>`. */
export const coordinatorSummaryMessages = {
  'coordinator.summary.summary': {
    zh: '查看辖区或本单位某月的工作量[[summary]]：到岗、[[serviceDay]]、诊疗与带教数字，按地区、[[supportingUnit]]或医师分列',
    en: 'Workload summary of your region or hospital for a month: attendance, service days, patients and teaching, by region, hospital or physician',
  },
  'coordinator.summary.usage': {
    zh: '/[[summary]] [月份] [项目代码] [地区或单位]，如 /[[summary]] 2023-08 {place}；不写月份即本月，不写范围即您管辖的全部',
    en: '/summary [month] [program code] [region or institution], e.g. /summary 2023-08 {place}; the month defaults to this one, the scope to all of yours',
  },
  'coordinator.summary.title': { zh: '工作量[[summary]]', en: 'Workload summary' },
  'coordinator.summary.subtitle': { zh: '{scope} · {month}', en: '{scope} · {month}' },
  'coordinator.summary.subtitleProgram': {
    zh: '{scope} · {month} · {program}',
    en: '{scope} · {month} · {program}',
  },
  'coordinator.summary.workload': { zh: '**工作量**', en: '**Work done**' },
  'coordinator.summary.byRegion': {
    zh: '**按下级地区**（第 {page}/{pages} 页，共 {count} 个）',
    en: '**By sub-region** (page {page} of {pages}, {count} in all)',
  },
  'coordinator.summary.byHospital': {
    zh: '**按[[supportingUnit]]**（第 {page}/{pages} 页，共 {count} 个）',
    en: '**By supporting hospital** (page {page} of {pages}, {count} in all)',
  },
  'coordinator.summary.byPhysician': {
    zh: '**按[[physician]]**（第 {page}/{pages} 页，共 {count} 位）',
    en: '**By physician** (page {page} of {pages}, {count} in all)',
  },
  'coordinator.summary.column.region': { zh: '地区', en: 'Region' },
  'coordinator.summary.column.hospital': { zh: '[[supportingUnit]]', en: 'Supporting hospital' },
  'coordinator.summary.column.physician': { zh: '[[physician]]', en: 'Physician' },
  'coordinator.summary.daysHeading': {
    zh: '**逐日核验**（共 {count} 个[[serviceDay]]）',
    en: '**Day by day** ({count} service days)',
  },
  'coordinator.summary.dayColumn.physician': { zh: '[[physician]]', en: 'Physician' },
  'coordinator.summary.dayColumn.date': { zh: '日期', en: 'Date' },
  'coordinator.summary.dayColumn.clinic': { zh: '[[recipientUnit]]', en: 'Clinic' },
  'coordinator.summary.dayColumn.evidence': { zh: '核验方式', en: 'Evidence' },
  'coordinator.summary.dayColumn.spotCheck': { zh: '抽查', en: 'Spot check' },
  'coordinator.summary.daysMore': {
    zh: '仅列出前 {shown} 天（共 {count} 天）；翻页查看其他[[physician]]，或导出月报查看全部。',
    en: 'First {shown} of {count} days shown; page on for other physicians, or export the monthly report for all.',
  },
  'coordinator.summary.chartTitle': {
    zh: '[[serviceDay]]前 {count} 名',
    en: 'Top {count} by service days',
  },
  'coordinator.summary.chartValue': { zh: '[[serviceDay]]', en: 'Service days' },
  'coordinator.summary.noHospital': { zh: '未登记单位', en: 'No home hospital on record' },
  'coordinator.summary.empty': {
    zh: '{month} 在这个范围内还没有[[serviceDay]]记录。',
    en: 'No service days in this scope in {month}.',
  },
  'coordinator.summary.provenance': {
    zh: '以上数字均由 {days} 个[[serviceDay]]的原始记录（[[checkIn]]、确认与[[workLog]]）直接累计，可逐日复核。',
    en: 'Every figure above adds up the raw records of {days} service days (check-ins, confirmations, work logs) and can be checked day by day.',
  },
  'coordinator.summary.previous': { zh: '上一页', en: 'Previous' },
  'coordinator.summary.next': { zh: '下一页', en: 'Next' },
  'coordinator.summary.drill': { zh: '看 {name}', en: 'Open {name}' },
  'coordinator.summary.back': { zh: '返回上一级', en: 'Back up one level' },
  'coordinator.summary.tooDeep': {
    zh: '这张[[summary]]卡片的范围层级太多，请重新发送 /[[summary]] 并写明要看的地区或单位。',
    en: 'This summary card is nested too deep: send /summary again with the region or institution you want.',
  },
} satisfies Record<string, Text>;
