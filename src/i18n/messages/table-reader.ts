import type { Text } from '../locale.js';

/**
 * Texts of the tolerant table reader (`src/table-reader/`): why a spreadsheet file cannot be read, and
 * what was read. Keys are `tableReader.<name>`.
 */
export const tableReaderMessages = {
  'tableReader.fileType': {
    zh: '“{fileName}”不是表格文件。请发送 .xlsx 或 .csv 格式的文件。',
    en: '“{fileName}” is not a spreadsheet. Send it as .xlsx or .csv.',
  },
  'tableReader.legacyFormat': {
    zh: '“{fileName}”是旧版 Excel（.xls）或 WPS（.et）格式，暂不能读取。请在 Excel/WPS 中“另存为” .xlsx（Excel 工作簿）后重新发送。',
    en: '“{fileName}” is an old Excel (.xls) or WPS (.et) file, which cannot be read. Save it as .xlsx (Excel workbook) and send it again.',
  },
  'tableReader.tooLarge': {
    zh: '文件“{fileName}”太大（{sizeMb} MB），最多 {maxMb} MB。请拆分后分别发送。',
    en: '“{fileName}” is too large ({sizeMb} MB); the limit is {maxMb} MB. Split it and send the parts.',
  },
  'tableReader.unreadable': {
    zh: '这个文件打不开，可能已损坏、有密码或并非真正的 .xlsx。请在 Excel/WPS 中另存为 .xlsx 后重新发送。',
    en: 'This file cannot be opened (damaged, password-protected, or not really .xlsx). Save it again as .xlsx and resend.',
  },
  'tableReader.inflatesTooLarge': {
    zh: '这个文件解压后超过 {limitMb} MB，不像一张正常的表格，未读取。请只保留需要的工作表和行后重新发送。',
    en: 'This file unpacks to more than {limitMb} MB, which no normal table does; it was not read. Keep only the sheets and rows needed and resend.',
  },
  'tableReader.sheetTooManyRows': {
    zh: '工作表“{sheet}”有 {rows} 行（含设了格式的空行），超过 {max} 行，未读取。请删除表格下方多余的空行（选中后“删除行”）后重新发送。',
    en: 'Sheet “{sheet}” has {rows} rows (formatted empty rows included), over {max}; it was not read. Delete the empty rows below the table and resend.',
  },
  'tableReader.tooManyRows': {
    zh: '表中数据超过 {max} 行，请拆分后分别发送。',
    en: 'The table has more than {max} data rows; split it and send the parts.',
  },
  'tableReader.noHeader': {
    zh: '没有找到表头。表格至少要有这几列：{columns}（表头上方可以有标题和填报单位等行）。',
    en: 'No header row found. The table needs at least these columns: {columns} (titles and 填报单位 lines may stand above it).',
  },
  'tableReader.missingColumns': {
    zh: '表头缺少这几列：{columns}。请补上后重新发送。',
    en: 'The header lacks these columns: {columns}. Add them and resend.',
  },
  'tableReader.encoding': { zh: '按 {encoding} 编码读取', en: 'read as {encoding}' },
  'tableReader.sheetsRead': { zh: '读取了工作表：{sheets}', en: 'Sheets read: {sheets}' },
  'tableReader.sheetsSkipped': {
    zh: '未读取（没有找到表头）：{sheets}',
    en: 'Not read (no header found): {sheets}',
  },
} satisfies Record<string, Text>;
