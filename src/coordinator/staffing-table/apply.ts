import type { DbOrTx } from '../../db/client.js';
import { appendAuditEntry } from '../../db/queries/audit-log.js';
import { cancelAssignment, createAssignment, updateAssignmentPlan } from '../../db/queries/assignments.js';
import { closeStagedImport, findStagedImport } from '../../db/queries/staged-imports.js';
import { inTransaction, type Tx } from '../../db/queries/transaction.js';
import type { Notifier } from '../../core/create-context.js';
import { answeringRefusals } from '../../core/query-refusals.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { notifyAssignmentCancelled, notifyAssignmentCreated } from '../../physician/assignment-notices.js';
import {
  dryRunStaffingTable,
  stagedInput,
  STAFFING_IMPORT_KIND,
  type StaffingDryRun,
  type StaffingImportPayload,
} from './dry-run.js';
import type { PlanLine, StaffingPlan } from './plan.js';

/** Who confirms a staged import, in which scope (the stager's current one, or the staged one for an admin). */
export interface ApplyRequest {
  stagedImportId: number;
  /** Null: use the scope the dry run was planned in. */
  scope: ViewScope | null;
  actorId: number | null;
  at: Date;
  /** Apply the additions and changes only: keep the assignments the table leaves out. */
  additionsOnly?: boolean;
}

/** What confirming did. */
export type ApplyOutcome =
  | { status: 'applied'; fileName: string; plan: StaffingPlan; createdIds: number[]; cancelledIds: number[] }
  /** Not a staged staffing import any more (applied, discarded) or never one. */
  | { status: 'gone' }
  /** The records changed since the preview: nothing was applied; here is the dry run now. */
  | { status: 'changed'; dryRun: StaffingDryRun };

/** The parts of a plan that must match between preview and apply. */
function planSignature(plan: StaffingPlan | null): string {
  const lines = (list: PlanLine[]) => list.map((l) => [l.assignmentId, l.physicianId, l.clinicId, l.plannedDates]);
  return plan ? JSON.stringify([lines(plan.adds), lines(plan.changes), lines(plan.removals)]) : '';
}

/**
 * Applies a staged staffing import in ONE transaction: it is checked again against the records (they
 * may have changed since the preview), then every addition, change and removal is written with its
 * change row, with one `import.apply` audit entry. The staged import leaves STAGED inside the same
 * transaction, so it can never be applied twice. Notices are the caller's, after the commit
 * (`notifyStaffingChanges`).
 */
export async function applyStagedStaffingImport(db: DbOrTx, request: ApplyRequest): Promise<ApplyOutcome> {
  return inTransaction(db, async (tx) => {
    const staged = await findStagedImport(tx, request.stagedImportId);
    if (!staged || staged.status !== 'STAGED' || staged.kind !== STAFFING_IMPORT_KIND) return { status: 'gone' };
    const payload = staged.payload as unknown as StaffingImportPayload;
    const mode = { additionsOnly: request.additionsOnly === true };
    const now = await dryRunStaffingTable(
      tx,
      request.scope ?? payload.scope,
      staged.fileName,
      stagedInput(payload),
      mode,
    );
    const previewed = mode.additionsOnly ? { ...payload.plan, removals: [] } : payload.plan;
    if (!now.plan || planSignature(now.plan) !== planSignature(previewed)) {
      await closeStagedImport(tx, staged.id, { status: 'EXPIRED', actorId: request.actorId, at: request.at });
      return { status: 'changed', dryRun: now };
    }
    if (!(await closeStagedImport(tx, staged.id, { status: 'APPLIED', actorId: request.actorId, at: request.at }))) {
      return { status: 'gone' };
    }
    const written = await writePlan(tx, now.plan, request);
    await appendAuditEntry(tx, {
      at: request.at,
      actorId: request.actorId,
      action: 'import.apply',
      entity: 'StagedImport',
      entityId: String(staged.id),
      ...staffingAuditPlace(now.plan),
      details: {
        kind: STAFFING_IMPORT_KIND,
        fileName: staged.fileName,
        rows: now.rowCount,
        added: now.plan.adds.length,
        changed: now.plan.changes.length,
        removed: now.plan.removals.length,
        unchanged: now.plan.unchanged,
        additionsOnly: mode.additionsOnly,
      },
    });
    return { status: 'applied', fileName: staged.fileName, plan: now.plan, ...written };
  });
}

async function writePlan(
  tx: Tx,
  plan: StaffingPlan,
  request: ApplyRequest,
): Promise<{ createdIds: number[]; cancelledIds: number[] }> {
  const actor = { actorId: request.actorId, at: request.at, reason: 'import' };
  const cancelledIds: number[] = [];
  // Removals first, so the dates they free are free when the additions are written.
  for (const line of plan.removals) {
    const { cancelled } = await answeringRefusals(cancelAssignment(tx, line.assignmentId ?? 0, actor));
    if (cancelled) cancelledIds.push(line.assignmentId ?? 0);
  }
  for (const line of plan.changes) {
    const { plannedDates, startDate, endDate } = line;
    await answeringRefusals(
      updateAssignmentPlan(tx, line.assignmentId ?? 0, { plannedDates, startDate, endDate }, actor),
    );
  }
  const createdIds: number[] = [];
  for (const line of plan.adds) {
    const created = await createAssignment(tx, {
      programId: line.programId,
      physicianId: line.physicianId,
      institutionId: line.clinicId,
      startDate: line.startDate,
      endDate: line.endDate,
      plannedDates: line.plannedDates,
      createdById: request.actorId,
      at: request.at,
      reason: 'import',
    });
    createdIds.push(created.id);
  }
  return { createdIds, cancelledIds };
}

/**
 * Where the audit entry shows up: under the deepest region holding every clinic of the plan, and at the
 * hospital when the table is one hospital's (what a 医务科 files).
 */
export function staffingAuditPlace(plan: StaffingPlan): { regionPath: string | null; institutionId: number | null } {
  const lines = [...plan.adds, ...plan.changes, ...plan.removals];
  const hospitals = new Set(lines.map((l) => l.hospitalId));
  const paths = lines.map((l) => l.clinicRegionPath.split('/').filter(Boolean));
  const first = paths[0] ?? [];
  let depth = 0;
  while (depth < first.length && paths.every((p) => p[depth] === first[depth])) depth++;
  const prefix = first.slice(0, depth);
  return {
    regionPath: prefix.length > 0 ? `/${prefix.join('/')}/` : null,
    institutionId: hospitals.size === 1 ? ([...hospitals][0] ?? null) : null,
  };
}

/** Tells the physicians and clinic heads of the applied additions and removals (once each, ever). */
export async function notifyStaffingChanges(
  sender: Notifier,
  outcome: { createdIds: number[]; cancelledIds: number[] },
): Promise<void> {
  for (const id of outcome.cancelledIds) await notifyAssignmentCancelled(sender, id);
  for (const id of outcome.createdIds) await notifyAssignmentCreated(sender, id);
}
