import { readTable } from '../../table-reader/read-table.js';
import { recognizeTable } from '../../table-reader/recognize.js';
import type { TableRow } from '../../table-reader/rows.js';
import { ROSTER_LAYOUT, type RosterColumn } from './layout.js';

/** A roster file as read: the rows with their row numbers and the header block (省属医院, 填报人, 联系方式). */
export interface RosterRead {
  fileName: string;
  rows: TableRow<RosterColumn>[];
  block: { hospital?: string; filer?: string; contact?: string };
}

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
  const read = await recognizeTable(fileName, data, ROSTER_LAYOUT);
  return read && { fileName, rows: read.rows, block: read.block };
}
