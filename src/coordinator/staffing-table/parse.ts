import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../excel.js';
import { BotError } from '../../core/errors.js';
import {
  HEADER_SEARCH_ROWS,
  REQUIRED_COLUMNS,
  STAFFING_COLUMNS,
  COLUMN_HEADERS,
  columnOfHeader,
  type StaffingColumn,
} from './layout.js';

/**
 * Reading a staffing table file (.xlsx or UTF-8 .csv) into rows of text with their row numbers, through
 * exceljs. Nothing here knows the database; `validate.ts` checks the rows.
 */

/** One data row as written, by column, with the row number people see in their spreadsheet. */
export interface StaffingRow {
  rowNumber: number;
  cells: Partial<Record<StaffingColumn, string>>;
}

/** The file types the import takes. */
export type StaffingFileType = 'xlsx' | 'csv';

/** The file type of a file name, or undefined when the import does not take it. */
export function staffingFileType(fileName: string): StaffingFileType | undefined {
  const extension = fileName.toLowerCase().split('.').pop();
  return extension === 'xlsx' || extension === 'csv' ? extension : undefined;
}

/** The rows of a staffing table file; a file without a recognizable header row is a BAD_ARGUMENTS. */
export async function parseStaffingFile(fileName: string, data: Buffer): Promise<StaffingRow[]> {
  const type = staffingFileType(fileName);
  if (!type) throw new BotError('BAD_ARGUMENTS', 'coordinatorImport.fileType', { fileName });
  const sheet = type === 'xlsx' ? await firstXlsxSheet(data) : await csvSheet(data);
  return rowsOfSheet(sheetTexts(sheet));
}

async function firstXlsxSheet(data: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (cause) {
    throw new BotError('BAD_ARGUMENTS', 'coordinatorImport.unreadable', {}, { cause });
  }
  const sheet = workbook.worksheets.find((ws) => ws.rowCount > 0);
  if (!sheet) throw new BotError('BAD_ARGUMENTS', 'coordinatorImport.noHeader', headerHint());
  return sheet;
}

async function csvSheet(data: Buffer): Promise<ExcelJS.Worksheet> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new BotError('BAD_ARGUMENTS', 'coordinatorImport.notUtf8');
  }
  const workbook = await newWorkbook();
  // `map` keeps every value as written: exceljs would otherwise turn dates and phone numbers into values.
  return workbook.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), { map: (value: unknown) => value });
}

/** A cell as text: dates as `YYYY-MM-DD` (Excel stores a typed date as a UTC midnight), the rest as shown. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value !== null && typeof value === 'object' && 'result' in value && value.result instanceof Date) {
    return value.result.toISOString().slice(0, 10);
  }
  return cell.text.trim();
}

/** The sheet's rows as texts, with their row numbers; blank rows left out. */
function sheetTexts(sheet: ExcelJS.Worksheet): { rowNumber: number; texts: string[] }[] {
  const rows: { rowNumber: number; texts: string[] }[] = [];
  sheet.eachRow((row, rowNumber) => {
    const texts: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      texts[column - 1] = cellText(cell);
    });
    const filled = Array.from(texts, (text) => text ?? '');
    if (filled.some((text) => text !== '')) rows.push({ rowNumber, texts: filled });
  });
  return rows;
}

/** Which column of the sheet holds which field, from a header row; columns named twice keep the first. */
function headerColumns(texts: readonly string[]): Map<StaffingColumn, number> {
  const columns = new Map<StaffingColumn, number>();
  texts.forEach((text, index) => {
    const column = columnOfHeader(text);
    if (column && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}

function headerHint(): Record<string, string> {
  return { columns: REQUIRED_COLUMNS.map((c) => COLUMN_HEADERS[c][0]).join('、') };
}

/**
 * The data rows under the header row: the first of the top rows naming at least the required columns
 * (title rows like “附件1 支援人员安排情况表” and 填报人 lines may stand above it).
 */
function rowsOfSheet(rows: { rowNumber: number; texts: string[] }[]): StaffingRow[] {
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS).map((row) => ({ row, columns: headerColumns(row.texts) }));
  const header = candidates.find(({ columns }) => REQUIRED_COLUMNS.every((c) => columns.has(c)));
  if (!header) {
    const best = candidates.sort((a, b) => b.columns.size - a.columns.size)[0];
    if (best && best.columns.size >= 2) {
      const missing = REQUIRED_COLUMNS.filter((c) => !best.columns.has(c)).map((c) => COLUMN_HEADERS[c][0]);
      throw new BotError('BAD_ARGUMENTS', 'coordinatorImport.missingColumns', { columns: missing.join('、') });
    }
    throw new BotError('BAD_ARGUMENTS', 'coordinatorImport.noHeader', headerHint());
  }
  return rows
    .filter((row) => row.rowNumber > header.row.rowNumber)
    .map((row) => ({ rowNumber: row.rowNumber, cells: rowCells(row.texts, header.columns) }))
    .filter((row) => !isFooterRow(row));
}

function rowCells(texts: readonly string[], columns: Map<StaffingColumn, number>): StaffingRow['cells'] {
  const cells: StaffingRow['cells'] = {};
  for (const column of STAFFING_COLUMNS) {
    const index = columns.get(column);
    const text = index === undefined ? '' : (texts[index] ?? '').trim();
    if (text !== '') cells[column] = text;
  }
  return cells;
}

/** A row with only a serial number or a note (a 填报人/审核人 line below the table) is no data. */
function isFooterRow(row: StaffingRow): boolean {
  return STAFFING_COLUMNS.every((c) => c === 'serial' || c === 'note' || row.cells[c] === undefined);
}
