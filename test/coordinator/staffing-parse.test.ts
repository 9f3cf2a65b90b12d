import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDatesCell, parseMonthCell } from '../../src/coordinator/staffing-table/cell-values.js';
import { columnOfHeader, parseTitle } from '../../src/coordinator/staffing-table/layout.js';
import { parseStaffingFile } from '../../src/coordinator/staffing-table/parse.js';
import { staffingTemplateWorkbook } from '../../src/coordinator/staffing-table/template.js';
import { isBotError } from '../../src/core/errors.js';

async function xlsx(rows: (string | number | Date)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isBotError(error)) throw new Error(`expected a BotError, got ${String(error)}`);
  return error.messageKey;
}

describe('staffing table headers', () => {
  it('matches synonyms, spaces, full-width characters and line breaks', () => {
    expect(columnOfHeader('医师姓名')).toBe('physician');
    expect(columnOfHeader('姓 名')).toBe('physician');
    expect(columnOfHeader('医生\n姓名')).toBe('physician');
    expect(columnOfHeader('职务/职称')).toBe('title');
    expect(columnOfHeader('职称（职务）')).toBe('title');
    expect(columnOfHeader('手机号')).toBe('phone');
    expect(columnOfHeader('联系方式')).toBe('phone');
    expect(columnOfHeader('派驻单位')).toBe('clinic');
    expect(columnOfHeader('巡回医疗县区')).toBe('clinic');
    expect(columnOfHeader('派驻月份')).toBe('month');
    expect(columnOfHeader('*支援单位')).toBe('hospital');
    expect(columnOfHeader('ＡＢＣ')).toBeUndefined();
  });

  it('reads Chinese titles, with posts in front', () => {
    expect(parseTitle('主任医师')).toBe('CHIEF');
    expect(parseTitle('副主任医师')).toBe('ASSOCIATE_CHIEF');
    expect(parseTitle('主治医师')).toBe('ATTENDING');
    expect(parseTitle('中级')).toBe('ATTENDING');
    expect(parseTitle('住院医师')).toBe('RESIDENT');
    expect(parseTitle('科主任/副主任医师')).toBe('ASSOCIATE_CHIEF');
    expect(parseTitle('副院长、主任医师')).toBe('CHIEF');
    expect(parseTitle('主管护师')).toBe('ATTENDING');
    expect(parseTitle('专家')).toBeUndefined();
  });

  it('reads months and dates as people write them', () => {
    expect(parseMonthCell('2026-12')).toBe('2026-12');
    expect(parseMonthCell('2026年12月')).toBe('2026-12');
    expect(parseMonthCell('２０２６／１２')).toBe('2026-12');
    expect(parseMonthCell('2026-12-01')).toBe('2026-12');
    expect(parseMonthCell('12月')).toBeUndefined();
    expect(parseMonthCell('2026-13')).toBeUndefined();
    expect(parseDatesCell('2026-12-05、2026-12-19', '2026-12')).toEqual({
      ok: true,
      dates: ['2026-12-05', '2026-12-19'],
    });
    expect(parseDatesCell('19日，5日 5号', '2026-12')).toEqual({ ok: true, dates: ['2026-12-05', '2026-12-19'] });
    expect(parseDatesCell('12月3日', '2026-12')).toEqual({ ok: true, dates: ['2026-12-03'] });
    expect(parseDatesCell('', '2026-12')).toEqual({ ok: true, dates: [] });
    expect(parseDatesCell('2027-01-02', '2026-12')).toEqual({ ok: false, part: '2027-01-02', why: 'dateOutsideMonth' });
    expect(parseDatesCell('下旬', '2026-12')).toEqual({ ok: false, part: '下旬', why: 'badDate' });
    expect(parseDatesCell('31日', '2026-11')).toEqual({ ok: false, part: '31日', why: 'impossibleDate' });
    expect(parseDatesCell('2027-01-32', '2027-01')).toEqual({ ok: false, part: '2027-01-32', why: 'impossibleDate' });
  });

  it('reads Excel serial numbers and the text dates people type', () => {
    expect(parseDatesCell('46359', '2026-12')).toEqual({ ok: true, dates: ['2026-12-03'] });
    expect(parseMonthCell('46357')).toBe('2026-12');
    expect(parseDatesCell('2026/12/3', '2026-12')).toEqual({ ok: true, dates: ['2026-12-03'] });
    expect(parseDatesCell('2026年12月3日', '2026-12')).toEqual({ ok: true, dates: ['2026-12-03'] });
    expect(parseDatesCell('12月3日、12月17日', '2026-12')).toEqual({ ok: true, dates: ['2026-12-03', '2026-12-17'] });
    expect(parseDatesCell('12.3', '2026-12')).toEqual({ ok: true, dates: ['2026-12-03'] });
  });
});

describe('staffing table files', () => {
  it('finds the header under title rows, in any column order, and keeps the row numbers', async () => {
    const data = await xlsx([
      ['附件1 支援人员安排情况表'],
      ['填报单位：漳平市医院', '', '填报人：吴国华'],
      [],
      ['序号', '医生\n姓名', '职务/职称', '派驻单位', '手机号', '支援  单位', '月份', '服务日期'],
      [1, '陈明', '主任医师', '桂林', '13800000001', '漳平市医院', '2026-12', '2026-12-05、2026-12-19'],
      [2, '林晓燕', '副主任医师', '菁城', '', '漳平市医院', new Date(Date.UTC(2026, 11, 1)), ''],
      ['填报人：吴国华'],
    ]);
    const { rows, block } = await parseStaffingFile('表.xlsx', data);
    expect(block).toMatchObject({ unit: '漳平市医院', filer: '吴国华' });
    expect(rows).toEqual([
      {
        rowNumber: 5,
        cells: {
          serial: '1',
          physician: '陈明',
          title: '主任医师',
          clinic: '桂林',
          phone: '13800000001',
          hospital: '漳平市医院',
          month: '2026-12',
          dates: '2026-12-05、2026-12-19',
        },
      },
      {
        rowNumber: 6,
        cells: {
          serial: '2',
          physician: '林晓燕',
          title: '副主任医师',
          clinic: '菁城',
          hospital: '漳平市医院',
          month: '2026-12-01',
        },
      },
    ]);
  });

  it('reads a UTF-8 CSV with a BOM and quoted cells', async () => {
    const csv =
      '\uFEFF支援单位,医师姓名,受援单位,支援月份,服务日期\n漳平市医院,陈明,桂林,2026-12,"2026-12-05, 2026-12-19"\n';
    const { rows } = await parseStaffingFile('table.csv', Buffer.from(csv, 'utf8'));
    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          hospital: '漳平市医院',
          physician: '陈明',
          clinic: '桂林',
          month: '2026-12',
          dates: '2026-12-05, 2026-12-19',
        },
      },
    ]);
  });

  it('refuses politely: no header, missing columns, damaged files, other file types', async () => {
    expect(await rejection(parseStaffingFile('a.xlsx', await xlsx([['随便'], ['写点']])))).toBe(
      'coordinatorImport.noHeader',
    );
    expect(await rejection(parseStaffingFile('a.xlsx', await xlsx([['医师姓名', '支援单位', '职称']])))).toBe(
      'coordinatorImport.missingColumns',
    );
    expect(await rejection(parseStaffingFile('a.xlsx', Buffer.from('not a zip')))).toBe('tableReader.unreadable');
    expect(await rejection(parseStaffingFile('a.docx', Buffer.alloc(0)))).toBe('coordinatorImport.fileType');
  });

  it('the template reads back as its one example row', async () => {
    const { rows } = await parseStaffingFile('模板.xlsx', await staffingTemplateWorkbook('zh-CN'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.rowNumber).toBe(4);
    expect(rows[0]?.cells).toMatchObject({ hospital: '漳平市医院', month: '2026-12', title: '主治医师' });
  });
});
