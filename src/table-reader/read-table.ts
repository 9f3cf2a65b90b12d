import type ExcelJS from 'exceljs';
import { BotError, isBotError } from '../core/errors.js';
import { newWorkbook } from '../coordinator/excel.js';
import { decodeText, type TextEncoding } from './decode-text.js';
import { tableFileKind } from './file-kind.js';
import { gridOfCsv, gridOfSheet, type Grid, type GridRow } from './grid.js';
import { readHeaderBlock } from './header-block.js';
import { findHeader, type HeaderCandidate } from './header.js';
import { headerLookup, type HeaderLookup, type TableLayout } from './layout.js';
import { hasData, isNoteRow, isTotalRow, repeatsHeader, rowCells, type TableRow } from './rows.js';
import { checkZip, type ZipLimits } from './zip-guard.js';

/**
 * The tolerant table reader: a spreadsheet (.xlsx, or .csv in UTF-8, UTF-16 or GBK/GB18030) as people
 * make it by hand from last year's form — title rows, a 填报单位/填报人 block, notes, blank rows, a 合计
 * row, a header over two rows with merged cells, several sheets — read into data rows by the columns of
 * a layout, with the row numbers people see. Whatever is wrong with the file is a BAD_ARGUMENTS BotError
 * (`tableReader.*`) worded for the sender; nothing else escapes. Checking the rows is the caller's.
 */

/** What a file may be. */
export interface ReadLimits {
  maxBytes: number;
  zip: ZipLimits;
  /** Data rows in all sheets together. */
  maxDataRows: number;
}

/** The limits used unless a caller sets others: a 5,000-row table is far within them. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 5 * 2 ** 20,
  zip: { maxInflatedBytes: 48 * 2 ** 20, maxSheetRows: 50_000, maxEntries: 2_000 },
  maxDataRows: 20_000,
};

/** A table as read. */
export interface TableRead<C extends string> {
  rows: TableRow<C>[];
  /** The sheets read (those with the layout's header), in workbook order. */
  sheets: string[];
  /** Non-empty sheets left out because no header of the layout was found on them. */
  otherSheets: string[];
  /** The header-block fields found above or below the table (`unit`, `filer` … as the layout names them). */
  block: Record<string, string>;
  /** For a CSV, the encoding it was read in. */
  encoding?: TextEncoding;
}

/** Refuses a file over the size limit (also usable before downloading, from the size the platform gives). */
export function checkTableSize(fileName: string, sizeBytes: number | undefined, limits = DEFAULT_READ_LIMITS): void {
  if (sizeBytes === undefined || sizeBytes <= limits.maxBytes) return;
  const params = { fileName, sizeMb: (sizeBytes / 2 ** 20).toFixed(1), maxMb: Math.round(limits.maxBytes / 2 ** 20) };
  throw new BotError('BAD_ARGUMENTS', 'tableReader.tooLarge', params);
}

/** Reads the data rows of a table file under a layout. */
export async function readTable<C extends string>(
  fileName: string,
  data: Buffer,
  layout: TableLayout<C>,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<TableRead<C>> {
  const kind = tableFileKind(fileName);
  if (kind === 'legacy') throw new BotError('BAD_ARGUMENTS', 'tableReader.legacyFormat', { fileName });
  if (kind === 'other') throw new BotError('BAD_ARGUMENTS', 'tableReader.fileType', { fileName });
  checkTableSize(fileName, data.length, limits);
  try {
    if (kind === 'csv') {
      const decoded = decodeText(data);
      const grid = await gridOfCsv(decoded.text, fileName, newWorkbook);
      return { ...tableOfGrids([grid], layout, limits), encoding: decoded.encoding };
    }
    return tableOfGrids(await xlsxGrids(data, limits), layout, limits);
  } catch (cause) {
    if (isBotError(cause)) throw cause;
    throw new BotError('BAD_ARGUMENTS', 'tableReader.unreadable', { fileName }, { cause });
  }
}

async function xlsxGrids(data: Buffer, limits: ReadLimits): Promise<Grid[]> {
  const refusal = checkZip(data, limits.zip);
  if (refusal?.why === 'notZip') throw new BotError('BAD_ARGUMENTS', 'tableReader.unreadable', {});
  if (refusal?.why === 'tooManyEntries' || refusal?.why === 'inflatesTooLarge') {
    throw new BotError('BAD_ARGUMENTS', 'tableReader.inflatesTooLarge', {
      limitMb: Math.round(limits.zip.maxInflatedBytes / 2 ** 20),
    });
  }
  if (refusal?.why === 'tooManyRows') {
    const { sheet, rows } = refusal;
    throw new BotError('BAD_ARGUMENTS', 'tableReader.sheetTooManyRows', { sheet, rows, max: limits.zip.maxSheetRows });
  }
  const workbook: ExcelJS.Workbook = await newWorkbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook.worksheets.filter((sheet) => sheet.state === 'visible').map(gridOfSheet);
}

function columnNames<C extends string>(layout: TableLayout<C>, columns: readonly C[]): string {
  return columns.map((column) => layout.headers[column][0]).join('、');
}

/** The data rows of every sheet with a recognized header. */
function tableOfGrids<C extends string>(
  grids: readonly Grid[],
  layout: TableLayout<C>,
  limits: ReadLimits,
): TableRead<C> {
  const lookup = headerLookup(layout);
  const found = grids
    .filter((grid) => grid.rows.length > 0)
    .map((grid) => ({ grid, header: findHeader(grid.rows, layout, lookup) }));
  const read = found.filter((f): f is { grid: Grid; header: HeaderCandidate<C> } => f.header?.recognized === true);
  if (read.length === 0)
    throw noHeader(
      layout,
      found.map((f) => f.header),
    );
  const rows: TableRow<C>[] = [];
  const blockRows: GridRow[] = [];
  for (const { grid, header } of read) {
    const sheetRows = sheetData(grid, header, layout, lookup);
    blockRows.push(...sheetRows.block);
    rows.push(...sheetRows.rows);
    if (rows.length > limits.maxDataRows) {
      throw new BotError('BAD_ARGUMENTS', 'tableReader.tooManyRows', { max: limits.maxDataRows });
    }
  }
  return {
    rows,
    sheets: read.map((f) => f.grid.name),
    otherSheets: found.filter((f) => !read.includes(f as (typeof read)[number])).map((f) => f.grid.name),
    block: readHeaderBlock(blockRows, layout.blockFields),
  };
}

function noHeader<C extends string>(layout: TableLayout<C>, candidates: (HeaderCandidate<C> | undefined)[]): BotError {
  const best = candidates
    .filter((c): c is HeaderCandidate<C> => c !== undefined)
    .sort((a, b) => b.columns.size - a.columns.size)[0];
  if (best && best.columns.size >= 2) {
    const missing = layout.required.filter((column) => !best.columns.has(column));
    return new BotError('BAD_ARGUMENTS', 'tableReader.missingColumns', { columns: columnNames(layout, missing) });
  }
  return new BotError('BAD_ARGUMENTS', 'tableReader.noHeader', { columns: columnNames(layout, layout.required) });
}

/** A sheet's data rows under its header, and the rows of its header block (above, and lines below). */
function sheetData<C extends string>(
  grid: Grid,
  header: HeaderCandidate<C>,
  layout: TableLayout<C>,
  lookup: HeaderLookup<C>,
): { rows: TableRow<C>[]; block: GridRow[] } {
  const block = grid.rows.filter((row) => row.rowNumber < header.firstRow);
  const rows: TableRow<C>[] = [];
  for (const row of grid.rows) {
    if (row.rowNumber <= header.lastRow || isTotalRow(row) || repeatsHeader(row, layout, lookup)) continue;
    if (isNoteRow(row)) {
      block.push(row);
      continue;
    }
    const cells = rowCells(row.texts, header.columns);
    if (hasData(cells, layout)) rows.push({ sheet: grid.name, rowNumber: row.rowNumber, cells });
  }
  return { rows, block };
}
