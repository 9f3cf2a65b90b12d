import type ExcelJS from 'exceljs';
import { newWorkbook } from '../excel.js';
import { COLUMN_HEADERS, COLUMN_WIDTHS, STAFFING_COLUMNS, STAFFING_SHEET_NAME, type StaffingColumn } from './layout.js';

/** One row of the table as written, by column. */
export type StaffingCells = Partial<Record<StaffingColumn, string | number>>;

/**
 * A workbook whose first sheet is the staffing table with its header row (bold, frozen, the layout's
 * column widths) and the given rows. The template and the export both start here.
 */
export async function staffingWorkbook(rows: readonly StaffingCells[]): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(STAFFING_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = STAFFING_COLUMNS.map((column) => ({
    key: column,
    header: COLUMN_HEADERS[column][0],
    width: COLUMN_WIDTHS[column],
    // Text format, so Excel keeps phone numbers and months as typed.
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return workbook;
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
