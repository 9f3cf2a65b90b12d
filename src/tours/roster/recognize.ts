import { isBotError } from '../../core/errors.js';
import { parseStaffingFile, type StaffingRead } from '../../coordinator/staffing-table/parse.js';
import { recognizeRoster, type RosterRead } from './read.js';

/** What a table sent to the import entry points turned out to be. */
export type ImportedTable = { kind: 'staffing'; read: StaffingRead } | { kind: 'roster'; read: RosterRead };

/** The staffing import's answers that mean its header was not found: the file may be another form. */
const STAFFING_NOT_FOUND = new Set(['coordinatorImport.noHeader', 'coordinatorImport.missingColumns']);

/**
 * Reads a file sent to the import (a chat file, `npm run import`) as a staffing table, or, when its header
 * is not the staffing table's but annex 2's (巡回医疗县区, 医师姓名, 职务/职称), as a team roster. A file that
 * is neither gets the staffing import's answer, as before rosters existed.
 */
export async function readImportedTable(fileName: string, data: Buffer): Promise<ImportedTable> {
  try {
    return { kind: 'staffing', read: await parseStaffingFile(fileName, data) };
  } catch (error) {
    if (!isBotError(error) || !STAFFING_NOT_FOUND.has(error.messageKey)) throw error;
    const roster = await recognizeRoster(fileName, data);
    if (!roster) throw error;
    return { kind: 'roster', read: roster };
  }
}
