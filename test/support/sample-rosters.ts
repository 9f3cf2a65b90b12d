import ExcelJS from 'exceljs';

/** A member row of annex 2 (序号 is numbered by the builder). */
export interface RosterFormRow {
  county: string;
  name: string;
  specialty: string;
  post: string;
  phone: string;
}

/**
 * Seed 004's annex 2 drawn as hospitals fill it in by hand: the title merged across, the header block
 * 省属医院 | (value merged over two cells) | 填报人 | value | 联系方式 | value, then the header over two rows
 * with merged cells (序号, 巡回医疗县区 and 联系电话 merged down; 队员信息 merged across 医师姓名 | 专业 |
 * 职务/职称), the members, a note merged across.
 */
export async function annex2Xlsx(
  block: { hospital: string; filer: string; contact: string },
  rows: readonly RosterFormRow[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附件2');
  sheet.addRow(['附件2  2024年省属医院组建巡回医疗队名单']);
  sheet.mergeCells('A1:F1');
  sheet.addRow(['省属医院', block.hospital, '', '填报人', block.filer, '联系方式', block.contact]);
  sheet.mergeCells('B2:C2');
  sheet.addRow(['序号', '巡回医疗\n县区', '队员信息', '', '', '联系电话']);
  sheet.addRow(['', '', '医师姓名', '专业', '职务 / 职称', '']);
  sheet.mergeCells('A3:A4');
  sheet.mergeCells('B3:B4');
  sheet.mergeCells('C3:E3');
  sheet.mergeCells('F3:F4');
  rows.forEach((row, index) => sheet.addRow([index + 1, row.county, row.name, row.specialty, row.post, row.phone]));
  const note = sheet.addRow(['注：请于10月20日前报送省卫健委医政处。']);
  sheet.mergeCells(`A${note.number}:F${note.number}`);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
