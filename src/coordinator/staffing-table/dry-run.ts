import type { Platform, Prisma } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../../db/client.js';
import { stageImport } from '../../db/queries/staged-imports.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { StaffingRow } from './parse.js';
import { planStaffingTable, type StaffingPlan } from './plan.js';
import { checkStaffingRows, sortProblems, type RowProblem } from './validate.js';

/** The `kind` of a staged staffing-table import. */
export const STAFFING_IMPORT_KIND = 'staffing-table';

/** What a dry run found: the plan when every row is good, else only the problems (nothing is applied). */
export interface StaffingDryRun {
  fileName: string;
  rowCount: number;
  problems: RowProblem[];
  /** Null when some row has a problem: the table is imported whole or not at all. */
  plan: StaffingPlan | null;
}

/** What a staged staffing-table import keeps until it is confirmed. */
export interface StaffingImportPayload {
  rows: StaffingRow[];
  /** The scope the dry run was planned in. */
  scope: ViewScope;
  plan: StaffingPlan;
}

/** Checks and plans the rows of a table in `scope`, writing nothing. */
export async function dryRunStaffingTable(
  db: DbOrTx,
  scope: ViewScope,
  fileName: string,
  rows: readonly StaffingRow[],
): Promise<StaffingDryRun> {
  const checked = await checkStaffingRows(db, scope, rows);
  const planned = await planStaffingTable(db, scope, checked.entries);
  const problems = sortProblems([...checked.problems, ...planned.problems]);
  return { fileName, rowCount: rows.length, problems, plan: problems.length === 0 ? planned.plan : null };
}

/** Who asks for a dry run, and from where. */
export interface StagingRequest {
  scope: ViewScope;
  actorId: number | null;
  platform?: Platform;
  chatId?: string;
  at: Date;
}

/**
 * The dry run of a table; when every row is good and there is something to do, it is staged for
 * confirmation (`stagedImportId`). A table with problems leaves nothing behind.
 */
export async function stageStaffingTable(
  db: DbOrTx,
  request: StagingRequest,
  fileName: string,
  rows: readonly StaffingRow[],
): Promise<StaffingDryRun & { stagedImportId?: number }> {
  const dryRun = await dryRunStaffingTable(db, request.scope, fileName, rows);
  if (!dryRun.plan || planIsEmpty(dryRun.plan)) return dryRun;
  const payload: StaffingImportPayload = { rows: [...rows], scope: request.scope, plan: dryRun.plan };
  const staged = await stageImport(db, {
    kind: STAFFING_IMPORT_KIND,
    createdById: request.actorId,
    ...(request.platform ? { platform: request.platform } : {}),
    ...(request.chatId ? { chatId: request.chatId } : {}),
    fileName,
    payload: payload as unknown as Prisma.InputJsonValue,
    at: request.at,
  });
  return { ...dryRun, stagedImportId: staged.id };
}

/** Whether a plan has anything to do. */
export function planIsEmpty(plan: StaffingPlan): boolean {
  return plan.adds.length + plan.changes.length + plan.removals.length === 0;
}
