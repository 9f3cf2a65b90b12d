import ExcelJS from 'exceljs';

/** A tour plan as a leader's office writes it: a title, the header, one row (date, place, work) a day. */
export async function planXlsx(rows: (string | Date)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('巡回安排');
  sheet.addRow(['福建省儿童医院巡回医疗队工作安排']);
  sheet.addRow(['序号', '日期', '地点', '工作内容']);
  rows.forEach((row, i) => sheet.addRow([i + 1, ...row]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
