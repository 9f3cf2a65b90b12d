import type ExcelJS from 'exceljs';

/**
 * A new exceljs workbook. exceljs is loaded on first use rather than at start: it holds some 25 MB in
 * memory, and only imports and exports need it.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  return new Excel.Workbook();
}
