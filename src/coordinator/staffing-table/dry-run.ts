import type { Platform, Prisma } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../../db/client.js';
import { stageImport } from '../../db/queries/staged-imports.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { StaffingRead, StaffingRow } from './parse.js';
import { withSupportingUnit } from './supporting-unit.js';
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
  /** How the file was read (encoding, sheets, where the 支援单位 came from), worded for the preview. */
  reading?: ReadingNote[];
  /** Why the plan cannot be applied as additions only (nothing cancelled), when it cannot. */
  additionsOnlyProblems?: RowProblem[];
}

/** A line about how the file was read: a message key and its parameters. */
export interface ReadingNote {
  key: string;
  params: Record<string, string | number>;
}

/** What the import checks: the rows, and how they were read. */
export interface StaffingInput {
  rows: StaffingRow[];
  reading?: ReadingNote[];
}

/** How a plan is applied: in full (the table is the complete list), or its additions and changes only. */
export interface PlanMode {
  /** Keep every assignment the table leaves out (nothing is cancelled). */
  additionsOnly?: boolean;
}

/** What a staged staffing-table import keeps until it is confirmed. */
export interface StaffingImportPayload {
  rows: StaffingRow[];
  /** The scope the dry run was planned in. */
  scope: ViewScope;
  plan: StaffingPlan;
  reading?: ReadingNote[];
}

/**
 * The rows of a file as read, with the 支援单位 filled in where the table leaves it out, and the notes
 * the preview gives about the reading.
 */
export async function staffingInput(db: DbOrTx, scope: ViewScope, read: StaffingRead): Promise<StaffingInput> {
  const { rows, unitSource } = await withSupportingUnit(db, scope, read);
  const reading: ReadingNote[] = [];
  if (read.encoding) reading.push({ key: 'tableReader.encoding', params: { encoding: read.encoding } });
  if (read.sheets.length + read.otherSheets.length > 1) {
    reading.push({ key: 'tableReader.sheetsRead', params: { sheets: read.sheets.join('、') } });
    if (read.otherSheets.length > 0) {
      reading.push({ key: 'tableReader.sheetsSkipped', params: { sheets: read.otherSheets.join('、') } });
    }
  }
  if (unitSource)
    reading.push({ key: `coordinatorImport.unitFrom.${unitSource.from}`, params: { name: unitSource.name } });
  return { rows, reading };
}

/** The input a staged import keeps, to check it again. */
export function stagedInput(payload: StaffingImportPayload): StaffingInput {
  return { rows: payload.rows, ...(payload.reading ? { reading: payload.reading } : {}) };
}

/** Checks and plans the rows of a table in `scope`, writing nothing. */
export async function dryRunStaffingTable(
  db: DbOrTx,
  scope: ViewScope,
  fileName: string,
  input: StaffingInput,
  mode: PlanMode = {},
): Promise<StaffingDryRun> {
  const { rows, reading } = input;
  const checked = await checkStaffingRows(db, scope, rows);
  const planned = await planStaffingTable(db, scope, checked.entries, mode);
  const problems = sortProblems([...checked.problems, ...planned.problems]);
  const plan = problems.length === 0 ? planned.plan : null;
  const byPhone = checked.entries.filter((e) => e.matchedBy === 'phone').length;
  const matched = {
    key: 'coordinatorImport.matchedBy',
    params: { phone: byPhone, name: checked.entries.length - byPhone },
  };
  const notes = [...(reading ?? []), ...(checked.entries.length > 0 ? [matched] : [])];
  // Keeping what the table leaves out may clash with its additions (a day freed only by a removal).
  const additive =
    plan && plan.removals.length > 0
      ? await planStaffingTable(db, scope, checked.entries, { additionsOnly: true })
      : undefined;
  return {
    fileName,
    rowCount: rows.length,
    problems,
    plan,
    ...(notes.length > 0 ? { reading: notes } : {}),
    ...(additive && additive.problems.length > 0 ? { additionsOnlyProblems: sortProblems(additive.problems) } : {}),
  };
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
  input: StaffingInput,
): Promise<StaffingDryRun & { stagedImportId?: number }> {
  const dryRun = await dryRunStaffingTable(db, request.scope, fileName, input);
  if (!dryRun.plan || planIsEmpty(dryRun.plan)) return dryRun;
  const payload: StaffingImportPayload = {
    rows: input.rows,
    scope: request.scope,
    plan: dryRun.plan,
    ...(input.reading ? { reading: input.reading } : {}),
  };
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
