import { toHalfWidth } from '../core/command-parser.js';

/**
 * How a table is described to the tolerant reader: its columns with the header names people write for
 * each, which columns make a header recognizable, and the fields of the header block above the table
 * (填报单位：…, 填报人：…). The staffing table and the team-tour roster are two such layouts.
 */
export interface TableLayout<C extends string> {
  /** The columns, in the order a table written by the bot has them. */
  columns: readonly C[];
  /** For each column, the header it is written with, then the other names accepted for it. */
  headers: Record<C, readonly [string, ...string[]]>;
  /** A header row (or two) naming all of these is the table's header. */
  required: readonly C[];
  /** Columns that alone do not make a row data (序号, 备注): a row with only these is left out. */
  ignorable: readonly C[];
  /** Header-block fields, each with the labels it is written with (`unit: ['填报单位', '单位名称']`). */
  blockFields: Record<string, readonly string[]>;
}

/**
 * A header or label as compared: full-width folded, without spaces or line breaks (headers are often
 * wrapped, `联系\n电话`), without the brackets and marks people add (`职称（职务）`, `*医师姓名`).
 */
export function compactText(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u3000]+/g, '')
    .replace(/[*:：()（）【】[\]]/g, '')
    .toLowerCase();
}

/** Finds the column a header cell names under a layout. */
export type HeaderLookup<C extends string> = (header: string) => C | undefined;

/** The header lookup of a layout. `职务/职称` and `职称(职务)` both find the same column. */
export function headerLookup<C extends string>(layout: Pick<TableLayout<C>, 'columns' | 'headers'>): HeaderLookup<C> {
  const names = new Map<string, C>(
    layout.columns.flatMap((column) => layout.headers[column].map((name) => [compactText(name), column] as const)),
  );
  return (header) => {
    const compact = compactText(header);
    return compact === '' ? undefined : (names.get(compact) ?? names.get(compact.replace(/[/、\\|]/g, '/')));
  };
}
