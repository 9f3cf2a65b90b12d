import { isBotError } from '../../core/errors.js';
import { parseStaffingFile, type StaffingRead } from '../../coordinator/staffing-table/parse.js';
import { recognizeTable } from '../../table-reader/recognize.js';
import type { PlanRead } from '../plan-file/dry-run.js';
import { PLAN_LAYOUT } from '../plan-file/layout.js';
import { recognizeRoster, type RosterRead } from './read.js';

/** What a table sent to the import entry points turned out to be. */
export type ImportedTable =
  { kind: 'staffing'; read: StaffingRead } | { kind: 'roster'; read: RosterRead } | { kind: 'plan'; read: PlanRead };

/** The staffing import's answers that mean its header was not found: the file may be another form. */
const STAFFING_NOT_FOUND = new Set(['coordinatorImport.noHeader', 'coordinatorImport.missingColumns']);

/**
 * Reads a file sent to the import (a chat file, `npm run import`) as a staffing table, or, when its header
 * is not the staffing table's but annex 2's (巡回医疗县区, 医师姓名, 职务/职称), as a team roster, or, with
 * 日期 and 地点, as a team leader's tour plan. A file that is none of them gets the staffing import's answer,
 * as before rosters existed.
 */
export async function readImportedTable(fileName: string, data: Buffer): Promise<ImportedTable> {
  try {
    return { kind: 'staffing', read: await parseStaffingFile(fileName, data) };
  } catch (error) {
    if (!isBotError(error) || !STAFFING_NOT_FOUND.has(error.messageKey)) throw error;
    const roster = await recognizeRoster(fileName, data);
    if (roster) return { kind: 'roster', read: roster };
    const plan = await recognizeTable(fileName, data, PLAN_LAYOUT);
    if (!plan) throw error;
    return { kind: 'plan', read: { fileName, rows: plan.rows } };
  }
}
