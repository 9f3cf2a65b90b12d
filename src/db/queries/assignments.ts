import type { AssignmentChange, ChangeAction, Prisma } from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import type { DbOrTx } from '../client.js';
import { assignmentDetailInclude, type AssignmentDetail } from './assignment-views.js';
import { inTransaction, type Tx } from './transaction.js';

/**
 * Writing assignments. Every write appends an AssignmentChange row (CREATED, UPDATED, CANCELLED) with
 * before/after snapshots in the same transaction, so the history of a schedule is complete.
 */

export type { AssignmentDetail } from './assignment-views.js';

/** The assignment with an id, with its planned dates, clinic and physician; or null. */
export function findAssignmentById(db: DbOrTx, id: number): Promise<AssignmentDetail | null> {
  return db.assignment.findUnique({ where: { id }, include: assignmentDetailInclude });
}

/** The history of an assignment, oldest first. */
export function listAssignmentChanges(db: DbOrTx, assignmentId: number): Promise<AssignmentChange[]> {
  return db.assignmentChange.findMany({ where: { assignmentId }, orderBy: { id: 'asc' } });
}

/** What `createAssignment` writes. */
export interface NewAssignment {
  programId: number;
  physicianId: number;
  institutionId: number;
  startDate: string;
  endDate: string;
  /** The days the physician is planned at the clinic; duplicates are ignored. */
  plannedDates: string[];
  createdById: number | null;
  at: Date;
  reason?: string;
}

/** Who changes an assignment, when and why. */
export interface AssignmentActor {
  actorId: number | null;
  at: Date;
  reason?: string;
}

/** The state recorded in change rows. */
function snapshot(a: AssignmentDetail): Prisma.InputJsonObject {
  return {
    startDate: a.startDate,
    endDate: a.endDate,
    status: a.status,
    plannedDates: a.plannedDates.map((d) => d.date),
  };
}

function uniqueSorted(dates: readonly string[]): string[] {
  return [...new Set(dates)].sort();
}

async function appendChange(
  tx: Tx,
  action: ChangeAction,
  before: AssignmentDetail | null,
  after: AssignmentDetail,
  actor: AssignmentActor,
): Promise<void> {
  await tx.assignmentChange.create({
    data: {
      assignmentId: after.id,
      action,
      actorId: actor.actorId,
      at: actor.at,
      ...(before ? { before: snapshot(before) } : {}),
      after: snapshot(after),
      reason: actor.reason ?? '',
    },
  });
}

async function loadAssignment(tx: Tx, id: number): Promise<AssignmentDetail> {
  const found = await findAssignmentById(tx, id);
  if (!found) throw new QueryRefusal('ASSIGNMENT_NOT_FOUND', { id });
  return found;
}

/**
 * The planned-date rows of an active assignment: each carries the physician, so the unique key on
 * (physician, date) refuses a second plan for that physician and day, whichever assignment it is in.
 */
function plannedRows(dates: readonly string[], physicianId: number): { date: string; physicianId: number }[] {
  return uniqueSorted(dates).map((date) => ({ date, physicianId }));
}

/**
 * Creates an assignment with its planned dates and its CREATED change row, in one transaction. A planned
 * day the physician already has elsewhere is a unique violation (see `plannedRows`).
 */
export function createAssignment(db: DbOrTx, input: NewAssignment): Promise<AssignmentDetail> {
  const { plannedDates, at, reason, ...fields } = input;
  return inTransaction(db, async (tx) => {
    const created = await tx.assignment.create({
      data: { ...fields, plannedDates: { create: plannedRows(plannedDates, fields.physicianId) } },
      include: assignmentDetailInclude,
    });
    await appendChange(tx, 'CREATED', null, created, { actorId: input.createdById, at, reason });
    return created;
  });
}

/**
 * Returns the assignment of this physician at this clinic in this program starting on this date —
 * whatever its status, so a re-run never revives a cancelled one — creating it (as `createAssignment`)
 * when there is none. For seeding and imports that may run twice.
 */
export function ensureAssignment(
  db: DbOrTx,
  input: NewAssignment,
): Promise<{ assignment: AssignmentDetail; created: boolean }> {
  const { physicianId, institutionId, programId, startDate } = input;
  return inTransaction(db, async (tx) => {
    const existing = await tx.assignment.findFirst({
      where: { physicianId, institutionId, programId, startDate },
      include: assignmentDetailInclude,
      orderBy: { id: 'asc' },
    });
    if (existing) return { assignment: existing, created: false };
    return { assignment: await createAssignment(tx, input), created: true };
  });
}

/**
 * Cancels an active assignment and appends a CANCELLED change row, in one transaction. Cancelling an
 * already cancelled assignment changes nothing (`cancelled: false`). An unknown id is NOT_FOUND.
 */
export function cancelAssignment(
  db: DbOrTx,
  assignmentId: number,
  actor: AssignmentActor,
): Promise<{ assignment: AssignmentDetail; cancelled: boolean }> {
  return inTransaction(db, async (tx) => {
    const before = await loadAssignment(tx, assignmentId);
    // Conditional on ACTIVE so two concurrent cancels write one change row, not two.
    const { count } = await tx.assignment.updateMany({
      where: { id: assignmentId, status: 'ACTIVE' },
      data: { status: 'CANCELLED' },
    });
    if (count === 0) return { assignment: before, cancelled: false };
    // A cancelled assignment's days no longer hold the physician: they may be planned elsewhere.
    await tx.assignmentPlannedDate.updateMany({ where: { assignmentId }, data: { physicianId: null } });
    const after = await loadAssignment(tx, assignmentId);
    await appendChange(tx, 'CANCELLED', before, after, actor);
    return { assignment: after, cancelled: true };
  });
}

/** A new plan for an assignment: planned dates, and optionally a new date range. */
export interface AssignmentPlan {
  plannedDates: string[];
  startDate?: string;
  endDate?: string;
}

/**
 * Replaces the planned dates (and optionally the date range) of an active assignment and appends an
 * UPDATED change row, in one transaction. A cancelled assignment is a CONFLICT; an unknown id NOT_FOUND.
 */
export function updateAssignmentPlan(
  db: DbOrTx,
  assignmentId: number,
  plan: AssignmentPlan,
  actor: AssignmentActor,
): Promise<AssignmentDetail> {
  return inTransaction(db, async (tx) => {
    const before = await loadAssignment(tx, assignmentId);
    if (before.status === 'CANCELLED') {
      throw new QueryRefusal('ASSIGNMENT_CANCELLED', { id: assignmentId });
    }
    await tx.assignmentPlannedDate.deleteMany({ where: { assignmentId } });
    const after = await tx.assignment.update({
      where: { id: assignmentId },
      data: {
        ...(plan.startDate ? { startDate: plan.startDate } : {}),
        ...(plan.endDate ? { endDate: plan.endDate } : {}),
        plannedDates: { create: plannedRows(plan.plannedDates, before.physicianId) },
      },
      include: assignmentDetailInclude,
    });
    await appendChange(tx, 'UPDATED', before, after, actor);
    return after;
  });
}
