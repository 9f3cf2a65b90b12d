import type { GridRow } from './grid.js';
import { compactText, type HeaderLookup, type TableLayout } from './layout.js';

/** One data row of a table as written, by column, with its sheet and spreadsheet row number. */
export interface TableRow<C extends string> {
  sheet: string;
  rowNumber: number;
  cells: Partial<Record<C, string>>;
}

const TOTAL_WORDS = new Set(['合计', '小计', '总计', '共计', '总数']);
const NOTE_START = /^(注|说明|备注|附注|填报|填表|审核|单位负责人|负责人|制表|联系人|联系电话|日期)/;

/** A 合计/小计 row: one of its first cells is only that word (`合 计` as well). */
export function isTotalRow(row: GridRow): boolean {
  return row.texts
    .filter((text) => text !== '')
    .slice(0, 3)
    .some((text) => TOTAL_WORDS.has(compactText(text)));
}

/**
 * A note or block line rather than data: one text only, either merged across columns (a note drawn over
 * the table's width) or starting like a note or a 填报人/审核人 line.
 */
export function isNoteRow(row: GridRow): boolean {
  if (row.sources !== 1) return NOTE_START.test(compactText(row.texts.find((t) => t !== '') ?? ''));
  const filled = row.texts.filter((text) => text !== '');
  return filled.length > 1 || NOTE_START.test(compactText(filled[0] ?? ''));
}

/** The cells of a data row by layout column. */
export function rowCells<C extends string>(
  texts: readonly string[],
  columns: ReadonlyMap<C, number>,
): Partial<Record<C, string>> {
  const cells: Partial<Record<C, string>> = {};
  for (const [column, index] of columns) {
    const text = (texts[index] ?? '').trim();
    if (text !== '') cells[column] = text;
  }
  return cells;
}

/** Whether a row repeats the header (tables pasted together, a header repeated per printed page). */
export function repeatsHeader<C extends string>(
  row: GridRow,
  layout: Pick<TableLayout<C>, 'required'>,
  lookup: HeaderLookup<C>,
): boolean {
  const named = new Set(row.texts.map(lookup));
  return layout.required.every((column) => named.has(column));
}

/** Whether the cells hold anything beyond the ignorable columns (序号, 备注). */
export function hasData<C extends string>(
  cells: Partial<Record<C, string>>,
  layout: Pick<TableLayout<C>, 'ignorable'>,
): boolean {
  return Object.keys(cells).some((column) => !layout.ignorable.includes(column as C));
}
