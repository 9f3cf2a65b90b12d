import type ExcelJS from 'exceljs';

/**
 * A sheet drawn as the official forms are printed and filed (支援人员安排情况表 and its kin): a title
 * merged across, a header block (填报单位 / 填报人 / 联系电话 / 填报日期), the header row, 序号 in the
 * first column, thin borders, a 合计 row where the table adds up, and the signature line
 * “单位负责人：       填报人：”. Printed on A4 landscape, fitted to the page width, the header row repeated
 * on every page and frozen on screen. What the tolerant reader reads back, the same layout writes.
 */

/** One column of the form (序号 is added in front). */
export interface FormColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Numbers right-aligned with thousands separators; else text kept as typed (phones, months). */
  numeric?: boolean;
}

/** A form sheet to write. */
export interface FormSheet {
  title: string;
  /** The header block, in order (`填报单位：漳平市医院` …). */
  block: readonly string[];
  /** The 序号 column's header. */
  serialHeader: string;
  columns: readonly FormColumn[];
  rows: readonly (readonly (string | number | null)[])[];
  /** The 合计 row's cells under the columns (the label goes under 序号), when the table adds up. */
  total?: { label: string; cells: readonly (string | number | null)[] };
  /** The signature line under the table. */
  footer: string;
}

/** Where the parts of a written form sheet are (for callers adding more below, and for tests). */
export interface FormPlace {
  titleRow: number;
  blockRow: number;
  headerRow: number;
  firstDataRow: number;
  lastRow: number;
  width: number;
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const NUMBER_FORMAT = '#,##0';

/** Writes a form onto an empty worksheet. */
export function writeFormSheet(ws: ExcelJS.Worksheet, form: FormSheet): FormPlace {
  const width = form.columns.length + 1;
  ws.getColumn(1).width = 6;
  form.columns.forEach((column, index) => {
    const sheetColumn = ws.getColumn(index + 2);
    sheetColumn.width = column.width;
    if (!column.numeric) sheetColumn.numFmt = '@';
  });
  const title = ws.addRow([form.title]);
  ws.mergeCells(title.number, 1, title.number, width);
  title.height = 30;
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  const blockRow = writeBlock(ws, form.block, width);
  const header = ws.addRow([form.serialHeader, ...form.columns.map((c) => c.header)]);
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  const body = form.rows.map((cells, index) => ws.addRow([index + 1, ...cells]));
  const total = form.total ? ws.addRow([form.total.label, ...form.total.cells]) : undefined;
  if (total) total.font = { bold: true };
  for (const row of [header, ...body, ...(total ? [total] : [])]) {
    for (let column = 1; column <= width; column++) {
      const cell = row.getCell(column);
      cell.border = THIN;
      if (row !== header && form.columns[column - 2]?.numeric) cell.numFmt = NUMBER_FORMAT;
      if (row !== header)
        cell.alignment = { vertical: 'middle', wrapText: true, ...(column === 1 ? { horizontal: 'center' } : {}) };
    }
  }
  ws.addRow([]);
  const footer = ws.addRow([form.footer]);
  ws.mergeCells(footer.number, 1, footer.number, width);
  footer.height = 24;
  footer.getCell(1).alignment = { vertical: 'middle' };
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  printOnA4(ws, `${header.number}:${header.number}`);
  return {
    titleRow: title.number,
    blockRow,
    headerRow: header.number,
    firstDataRow: header.number + 1,
    lastRow: footer.number,
    width,
  };
}

/** The header block on one row, its parts spread over equal merged stretches of the width. */
function writeBlock(ws: ExcelJS.Worksheet, parts: readonly string[], width: number): number {
  const row = ws.addRow([]);
  const span = Math.max(1, Math.floor(width / Math.max(1, parts.length)));
  parts.forEach((part, index) => {
    const first = 1 + index * span;
    const last = index === parts.length - 1 ? width : first + span - 1;
    row.getCell(first).value = part;
    if (last > first) ws.mergeCells(row.number, first, row.number, last);
  });
  row.height = 22;
  return row.number;
}

/**
 * How a filed form prints: A4 landscape (the tables are wide), fit to the page's width (as many pages
 * down as needed), centred, `repeatRows` (`'3:3'`) repeated on every page, and the margins of a bound
 * office copy (inches).
 */
export function printOnA4(ws: ExcelJS.Worksheet, repeatRows: string): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: repeatRows,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}
