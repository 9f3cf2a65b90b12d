import { isBotError } from '../core/errors.js';
import type { TableLayout } from './layout.js';
import { readTable, type TableRead } from './read-table.js';

/** The reader's answers that mean "this file is not of that layout" rather than "this table is broken". */
const NOT_THIS_LAYOUT = new Set(['tableReader.noHeader', 'tableReader.missingColumns']);

/**
 * The table in a file when its header is the layout's, else null: how the import entry points tell one form
 * from another (the staffing table, the team roster, the tour plan). Other refusals are thrown as they are.
 */
export async function recognizeTable<C extends string>(
  fileName: string,
  data: Buffer,
  layout: TableLayout<C>,
): Promise<TableRead<C> | null> {
  try {
    return await readTable(fileName, data, layout);
  } catch (error) {
    if (isBotError(error) && NOT_THIS_LAYOUT.has(error.messageKey)) return null;
    throw error;
  }
}
