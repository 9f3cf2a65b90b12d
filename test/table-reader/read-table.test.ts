import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { STAFFING_LAYOUT } from '../../src/coordinator/staffing-table/layout.js';
import { isBotError } from '../../src/core/errors.js';
import { readTable } from '../../src/table-reader/read-table.js';
import { emptyFormattedRowsXlsx, gbkCsv, officialFormXlsx, zipBomb, type FormRow } from '../support/sample-tables.js';

async function refusal(promise: Promise<unknown>): Promise<{ key: string; params: Record<string, unknown> }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isBotError(error)) throw new Error(`expected a BotError, got ${String(error)}`);
  return { key: error.messageKey, params: error.params };
}

const ROWS: FormRow[] = [
  { hospital: '漳平市医院', physician: '陈明', title: '主治医师', clinic: '桂林', month: '2026-12', dates: '12月3日' },
  { hospital: '漳平市医院', physician: '李华', clinic: '菁城', month: '2026年12月', dates: '2027-01-32' },
];

describe('the tolerant table reader', () => {
  it('reads the official form: title, header block, two-row merged header, 合计, note and signature lines', async () => {
    const read = await readTable('表.xlsx', await officialFormXlsx(ROWS, { unit: '漳平市医院' }), STAFFING_LAYOUT);
    expect(read.rows.map((r) => r.rowNumber)).toEqual([6, 7]);
    expect(read.rows[0]?.cells).toEqual({
      serial: '1',
      hospital: '漳平市医院',
      physician: '陈明',
      title: '主治医师',
      clinic: '桂林',
      month: '2026-12',
      dates: '12月3日',
    });
    expect(read.rows[1]?.cells.dates).toBe('2027-01-32');
    expect(read.block).toMatchObject({ unit: '漳平市医院', filer: '王五', phone: '13800000001', date: '2026-11-28' });
    expect(read.sheets).toEqual(['附件1']);
  });

  it('takes the sheet with the header and says which it read', async () => {
    const data = await officialFormXlsx(ROWS, { instructionsSheet: true, hospitalColumn: false });
    const read = await readTable('表.xlsx', data, STAFFING_LAYOUT);
    expect(read.sheets).toEqual(['附件1']);
    expect(read.otherSheets).toEqual(['填表说明']);
    expect(read.rows[0]?.cells.hospital).toBeUndefined();
    expect(read.rows[0]?.cells.physician).toBe('陈明');
  });

  it('reads several sheets with the header, each row with its sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['一月', '二月']) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRow(['姓名', '派驻单位', '月份']);
      sheet.addRow(['陈明', '桂林', name === '一月' ? '2027-01' : '2027-02']);
    }
    const read = await readTable('表.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), STAFFING_LAYOUT);
    expect(read.sheets).toEqual(['一月', '二月']);
    expect(read.rows.map((r) => [r.sheet, r.rowNumber])).toEqual([
      ['一月', 2],
      ['二月', 2],
    ]);
  });

  it('a cell holding an invalid date reads as its text instead of throwing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表');
    sheet.addRow(['姓名', '派驻单位', '月份', '服务日期']);
    sheet.addRow(['陈明', '桂林', '2026-12', new Date('2027-01-32')]);
    const read = await readTable('表.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), STAFFING_LAYOUT);
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0]?.cells.physician).toBe('陈明');
  });

  it('reads GBK CSV and says so; UTF-8 with and without BOM', async () => {
    const lines = [
      ['医师姓名', '受援单位', '支援月份', '服务日期'],
      ['陈明', '桂林街道社区卫生服务中心', '2026/12', '2026/12/3'],
    ];
    const gbk = await readTable('表.csv', gbkCsv(lines), STAFFING_LAYOUT);
    expect(gbk.encoding).toBe('GB18030');
    expect(gbk.rows[0]?.cells).toMatchObject({ physician: '陈明', clinic: '桂林街道社区卫生服务中心' });
    const text = lines.map((l) => l.join(',')).join('\n');
    expect((await readTable('表.csv', Buffer.from(`\uFEFF${text}`), STAFFING_LAYOUT)).encoding).toBe('UTF-8');
    expect((await readTable('表.csv', Buffer.from(text), STAFFING_LAYOUT)).rows[0]?.cells.physician).toBe('陈明');
  });

  it('asks for .xlsx instead of .xls and .et; refuses other files, unreadable ones and missing headers', async () => {
    expect((await refusal(readTable('旧表.xls', Buffer.from('x'), STAFFING_LAYOUT))).key).toBe(
      'tableReader.legacyFormat',
    );
    expect((await refusal(readTable('旧表.et', Buffer.from('x'), STAFFING_LAYOUT))).key).toBe(
      'tableReader.legacyFormat',
    );
    expect((await refusal(readTable('a.docx', Buffer.from('x'), STAFFING_LAYOUT))).key).toBe('tableReader.fileType');
    expect((await refusal(readTable('a.xlsx', Buffer.from('not a zip'), STAFFING_LAYOUT))).key).toBe(
      'tableReader.unreadable',
    );
    const noHeader = await refusal(readTable('a.csv', Buffer.from('随便\n写点\n'), STAFFING_LAYOUT));
    expect(noHeader.key).toBe('tableReader.noHeader');
  });

  it('refuses a zip bomb and a sheet of a million empty formatted rows, without inflating them', async () => {
    const before = process.memoryUsage().rss;
    const bomb = await zipBomb(200);
    expect(bomb.length).toBeLessThan(1 << 20);
    expect((await refusal(readTable('炸弹.xlsx', bomb, STAFFING_LAYOUT))).key).toBe('tableReader.inflatesTooLarge');
    const empty = await emptyFormattedRowsXlsx(1_000_000);
    const tooMany = await refusal(readTable('空行.xlsx', empty, STAFFING_LAYOUT));
    expect(tooMany.key).toBe('tableReader.sheetTooManyRows');
    expect(tooMany.params).toMatchObject({ sheet: 'sheet1', rows: 1_000_001 });
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 2 ** 20);
  }, 60_000);

  it('refuses a file over the size limit', async () => {
    const big = Buffer.alloc(6 * 2 ** 20);
    expect((await refusal(readTable('大.csv', big, STAFFING_LAYOUT))).key).toBe('tableReader.tooLarge');
  });
});
