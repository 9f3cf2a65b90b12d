import { createDeflateRaw, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/**
 * Sample files as coordinators make them, built here rather than checked in: the official-form staffing
 * table (merged title, header block, a header over two rows with merged cells, a 合计 row, notes and a
 * footer), GBK CSV, and hostile archives (a zip bomb, a sheet of a million empty formatted rows).
 */

/** A data row of the form, in the form's column order (without 序号, which the builder numbers). */
export interface FormRow {
  hospital?: string;
  physician: string;
  title?: string;
  phone?: string;
  clinic: string;
  month: string | number | Date;
  dates?: string | number | Date;
  note?: string;
}

/** How the form is drawn. */
export interface FormOptions {
  /** Write the 支援单位 column (else the unit is only in the header block, or nowhere). */
  hospitalColumn?: boolean;
  /** The 填报单位 of the header block (absent: the line is left blank). */
  unit?: string;
  /** A first sheet of instructions before the table (the table is then on the second sheet). */
  instructionsSheet?: boolean;
  /** The table's sheet name. */
  sheetName?: string;
}

/**
 * The staffing table drawn as the government form: title merged across, 填报单位/填报人/联系电话/填报日期
 * line, a blank row, the header over rows 4–5 (序号, 支援单位 … merged down; 支援时间 merged across
 * 月份 | 服务日期), data from row 6, then a 合计 row, a note merged across and the signature line.
 */
export async function officialFormXlsx(rows: readonly FormRow[], options: FormOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.instructionsSheet) {
    const help = workbook.addWorksheet('填表说明');
    help.addRow(['请按表格填写，每行一位医师一个月。']);
  }
  const sheet = workbook.addWorksheet(options.sheetName ?? '附件1');
  const withHospital = options.hospitalColumn ?? true;
  const parents = ['序号', ...(withHospital ? ['支援单位'] : []), '医师姓名', '职务/职称', '联系电话', '受援单位'];
  const width = parents.length + 3;
  const last = (n: number) => String.fromCharCode(64 + n);
  sheet.addRow(['附件1  2026年12月 支援人员安排情况表']);
  sheet.mergeCells(`A1:${last(width)}1`);
  sheet.addRow([
    `填报单位：${options.unit ?? ''}`,
    '',
    '',
    '填报人：王五',
    '',
    '联系电话：13800000001',
    '',
    '填报日期：2026-11-28',
  ]);
  sheet.addRow([]);
  sheet.addRow([...parents, '支援时间', '', '备注']);
  sheet.addRow([...parents.map(() => ''), '月份', '服务日期', '']);
  parents.forEach((_, index) => sheet.mergeCells(`${last(index + 1)}4:${last(index + 1)}5`));
  sheet.mergeCells(`${last(parents.length + 1)}4:${last(parents.length + 2)}4`);
  sheet.mergeCells(`${last(width)}4:${last(width)}5`);
  rows.forEach((row, index) => {
    sheet.addRow([
      index + 1,
      ...(withHospital ? [row.hospital ?? ''] : []),
      row.physician,
      row.title ?? '',
      row.phone ?? '',
      row.clinic,
      row.month,
      row.dates ?? '',
      row.note ?? '',
    ]);
  });
  sheet.addRow(['合计', `${rows.length}人次`]);
  const noteRow = sheet.addRow(['注：1. 服务日期写到日；2. 本表为所列单位、所列月份的完整名单。']).number;
  sheet.mergeCells(`A${noteRow}:${last(width)}${noteRow}`);
  sheet.addRow(['单位负责人：', '', '', '填报人：']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A CSV as Excel “CSV (逗号分隔)” writes it on a Chinese Windows: GB18030 (GBK), no BOM, CRLF. */
export function gbkCsv(lines: readonly (readonly string[])[]): Buffer {
  return iconv.encode(`${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`, 'gb18030');
}

/** The deflated bytes of `chunks` made by `produce`, without holding them inflated. */
async function deflated(produce: (write: (text: string | Buffer) => void) => void): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  produce((chunk) => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    crc = crc32(bytes, crc);
    size += bytes.length;
    deflate.write(bytes);
  });
  deflate.end();
  await done;
  const data = Buffer.concat(parts);
  return Object.assign(data, { crc, size });
}

type Entry = { name: string; data: Buffer & { crc: number; size: number } };

/** A little-endian record of `size` bytes with fields at offsets: [offset, value, bytes]. */
function record(size: number, fields: readonly [number, number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(size);
  for (const [at, value, bytes] of fields) {
    if (bytes === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value, at);
  }
  return buffer;
}

/** A zip archive of deflated entries (enough of the format for the reader's guard and exceljs). */
function zipOf(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name);
    // The local header and the central directory record carry the same fields at other offsets.
    const local = record(30, [
      [0, 0x04034b50, 4],
      [4, 20, 2],
      [8, 8, 2],
      [14, data.crc >>> 0, 4],
      [18, data.length, 4],
      [22, data.size, 4],
      [26, nameBytes.length, 2],
    ]);
    const central = record(46, [
      [0, 0x02014b50, 4],
      [4, 20, 2],
      [6, 20, 2],
      [10, 8, 2],
      [16, data.crc >>> 0, 4],
      [20, data.length, 4],
      [24, data.size, 4],
      [28, nameBytes.length, 2],
      [42, offset, 4],
    ]);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record(22, [
    [0, 0x06054b50, 4],
    [8, entries.length, 2],
    [10, entries.length, 2],
    [12, directory.length, 4],
    [16, offset, 4],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** A workbook whose sheet has a header row and then `rows` empty formatted rows (as a select-all format leaves). */
export async function emptyFormattedRowsXlsx(rows: number): Promise<Buffer> {
  const sheet = await deflated((write) => {
    write(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>医师姓名</t></is></c></row>`);
    let batch = '';
    for (let r = 2; r <= rows + 1; r++) {
      batch += `<row r="${r}" s="1" customFormat="1"/>`;
      if (batch.length > 1 << 20) {
        write(batch);
        batch = '';
      }
    }
    write(`${batch}${SHEET_TAIL}`);
  });
  return zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheet as Entry['data'] }]);
}

/** A zip bomb: a small archive whose one entry inflates to `megabytes` MB of zeros. */
export async function zipBomb(megabytes: number): Promise<Buffer> {
  const zeros = Buffer.alloc(1 << 20);
  const entry = await deflated((write) => {
    for (let i = 0; i < megabytes; i++) write(zeros);
  });
  return zipOf([{ name: 'xl/sharedStrings.xml', data: entry as Entry['data'] }]);
}
