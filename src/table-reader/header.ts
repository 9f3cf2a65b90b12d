import type { GridRow } from './grid.js';
import type { HeaderLookup, TableLayout } from './layout.js';

/** Where a sheet's header is and which sheet column holds which layout column. */
export interface FoundHeader<C extends string> {
  /** The header's first and last row numbers (the same for a one-row header). */
  firstRow: number;
  lastRow: number;
  columns: Map<C, number>;
}

/** How many non-blank rows from the top may stand above the header (titles, 填报单位 lines, notes). */
export const HEADER_SEARCH_ROWS = 30;

/** Which column of the sheet holds which field, from one header row; columns named twice keep the first. */
function oneRowColumns<C extends string>(texts: readonly string[], lookup: HeaderLookup<C>): Map<C, number> {
  const columns = new Map<C, number>();
  texts.forEach((text, index) => {
    const column = lookup(text);
    if (column && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}

/**
 * The columns of a header drawn over two rows, as government forms are: a parent label merged across
 * its children (`支援时间` over `月份` | `日期`), and labels merged down both rows (`姓名`). Each column is
 * named by its child label, else parent + child (`联系` over `电话`), else the parent when the child is
 * empty or the same merged text.
 */
function twoRowColumns<C extends string>(
  parent: readonly string[],
  child: readonly string[],
  lookup: HeaderLookup<C>,
): Map<C, number> {
  const columns = new Map<C, number>();
  const width = Math.max(parent.length, child.length);
  for (let index = 0; index < width; index++) {
    const top = parent[index] ?? '';
    const below = child[index] ?? '';
    const column = below !== '' && below !== top ? (lookup(below) ?? lookup(`${top}${below}`)) : lookup(top);
    if (column && !columns.has(column)) columns.set(column, index);
  }
  return columns;
}

/** The best header among a sheet's top rows with the columns it names, recognized or not. */
export interface HeaderCandidate<C extends string> extends FoundHeader<C> {
  recognized: boolean;
}

/**
 * Finds the header wherever it stands among the top rows: the one row, or the two rows read together,
 * that name the layout's required columns (the two-row reading wins when it names more columns). Returns
 * the best candidate, recognized or not, or undefined for a sheet naming no column at all.
 */
export function findHeader<C extends string>(
  rows: readonly GridRow[],
  layout: Pick<TableLayout<C>, 'required'>,
  lookup: HeaderLookup<C>,
): HeaderCandidate<C> | undefined {
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  let best: HeaderCandidate<C> | undefined;
  const consider = (firstRow: number, lastRow: number, columns: Map<C, number>) => {
    const recognized = layout.required.every((c) => columns.has(c));
    const better =
      !best || (recognized && !best.recognized) || (recognized === best.recognized && columns.size > best.columns.size);
    if (better && columns.size > 0) best = { firstRow, lastRow, columns, recognized };
  };
  const singles = top.map((row) => oneRowColumns(row.texts, lookup));
  top.forEach((row, index) => {
    const single = singles[index] ?? new Map<C, number>();
    consider(row.rowNumber, row.rowNumber, single);
    const next = top[index + 1];
    // Two rows are one header only when adjacent and each adds what the other alone does not name.
    if (!next || next.rowNumber !== row.rowNumber + 1) return;
    const double = twoRowColumns(row.texts, next.texts, lookup);
    if (double.size > Math.max(single.size, singles[index + 1]?.size ?? 0)) {
      consider(row.rowNumber, next.rowNumber, double);
    }
  });
  return best;
}
