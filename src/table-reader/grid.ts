import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';

/** One non-blank row of a sheet as texts, with the row number people see in their spreadsheet. */
export interface GridRow {
  rowNumber: number;
  /** Cell texts by column (0-based); a merged cell's text is in every cell it covers. */
  texts: string[];
  /** How many separate (unmerged, or master) cells of the row hold text. */
  sources: number;
}

/** A sheet as rows of texts. */
export interface Grid {
  name: string;
  rows: GridRow[];
}

/** A valid date as `YYYY-MM-DD`, else undefined (an invalid date written by some tool reads as its text). */
function dateText(value: unknown): string | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : undefined;
}

/**
 * A cell as text: dates as `YYYY-MM-DD` (Excel stores a typed date as a UTC midnight), the rest as shown. Never throws: whatever the cell holds, some text comes back.
 */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  const date =
    dateText(value) ??
    (value !== null && typeof value === 'object' && 'result' in value ? dateText(value.result) : undefined);
  if (date) return date;
  try {
    return cell.text.trim();
  } catch {
    return String(value ?? '').trim();
  }
}

/** The non-blank rows of a worksheet. */
export function gridOfSheet(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const texts: string[] = [];
    let sources = 0;
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const text = cellText(cell);
      texts[column - 1] = text;
      if (text !== '' && (!cell.isMerged || cell.master === cell)) sources++;
    });
    const filled = Array.from(texts, (text) => text ?? '');
    if (sources > 0) rows.push({ rowNumber, texts: filled, sources });
  });
  return { name: sheet.name, rows };
}

/** The rows of a CSV text, every value kept as written (no dates or numbers made of phone numbers). */
export async function gridOfCsv(text: string, name: string, open: () => Promise<ExcelJS.Workbook>): Promise<Grid> {
  const workbook = await open();
  const sheet = await workbook.csv.read(Readable.from([text]), { map: (value: unknown) => value });
  return { name, rows: gridOfSheet(sheet).rows };
}
