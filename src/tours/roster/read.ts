import { isBotError } from '../../core/errors.js';
import { readTable } from '../../table-reader/read-table.js';
import type { TableRow } from '../../table-reader/rows.js';
import { ROSTER_LAYOUT, type RosterColumn } from './layout.js';

/** A roster file as read: the rows with their row numbers and the header block (省属医院, 填报人, 联系方式). */
export interface RosterRead {
  fileName: string;
  rows: TableRow<RosterColumn>[];
  block: { hospital?: string; filer?: string; contact?: string };
}

/** The reader's answers that mean "this is not a roster" rather than "this roster is broken". */
const NOT_A_ROSTER = new Set(['tableReader.noHeader', 'tableReader.missingColumns']);

/** Reads a roster file (annex 2); throws the table reader's BAD_ARGUMENTS when it cannot be read. */
export async function readRosterFile(fileName: string, data: Buffer): Promise<RosterRead> {
  const read = await readTable(fileName, data, ROSTER_LAYOUT);
  return { fileName, rows: read.rows, block: read.block };
}

/**
 * The roster in a file when its header is annex 2's, else null: how the import entry points (a file sent
 * in chat, `npm run import`) tell a roster from a staffing table.
 */
export async function recognizeRoster(fileName: string, data: Buffer): Promise<RosterRead | null> {
  try {
    return await readRosterFile(fileName, data);
  } catch (error) {
    if (isBotError(error) && NOT_A_ROSTER.has(error.messageKey)) return null;
    throw error;
  }
}
