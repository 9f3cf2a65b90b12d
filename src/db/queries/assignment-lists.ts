import type { Prisma } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { assignmentDetailInclude, type AssignmentDetail } from './assignment-views.js';
import { datesInMonth, overlapping, underRegionPath } from './filters.js';
import { monthRange } from '../../time/local.js';

/**
 * Reading schedules: who is where when. Listings return active assignments only unless asked otherwise,
 * ordered by start date, then id.
 */

/** Options shared by the listings. */
export interface AssignmentListOptions {
  /** Include cancelled assignments too (for history views). */
  includeCancelled?: boolean;
  /** Only assignments of this program. */
  programId?: number;
}

function listWhere(where: Prisma.AssignmentWhereInput, options: AssignmentListOptions): Prisma.AssignmentWhereInput {
  return {
    ...where,
    ...(options.includeCancelled ? {} : { status: 'ACTIVE' }),
    ...(options.programId === undefined ? {} : { programId: options.programId }),
  };
}

function listAssignments(
  db: DbOrTx,
  where: Prisma.AssignmentWhereInput,
  options: AssignmentListOptions,
): Promise<AssignmentDetail[]> {
  return db.assignment.findMany({
    where: listWhere(where, options),
    include: assignmentDetailInclude,
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
  });
}

/** A physician's assignments whose date range overlaps [from, to] (local dates, both included). */
export function listAssignmentsForPhysicianOverlapping(
  db: DbOrTx,
  physicianId: number,
  from: string,
  to: string,
  options: AssignmentListOptions = {},
): Promise<AssignmentDetail[]> {
  return listAssignments(db, { physicianId, ...overlapping(from, to) }, options);
}

/** All assignments whose date range overlaps [from, to] (local dates, both included). */
export function listAssignmentsOverlapping(
  db: DbOrTx,
  from: string,
  to: string,
  options: AssignmentListOptions = {},
): Promise<AssignmentDetail[]> {
  return listAssignments(db, overlapping(from, to), options);
}

/** A physician's assignments overlapping a month `YYYY-MM`. */
export function listAssignmentsForPhysicianInMonth(
  db: DbOrTx,
  physicianId: number,
  month: string,
  options: AssignmentListOptions = {},
): Promise<AssignmentDetail[]> {
  const { first, last } = monthRange(month);
  return listAssignmentsForPhysicianOverlapping(db, physicianId, first, last, options);
}

/** A clinic's assignments overlapping a month. */
export function listAssignmentsOfInstitutionInMonth(
  db: DbOrTx,
  institutionId: number,
  month: string,
  options: AssignmentListOptions = {},
): Promise<AssignmentDetail[]> {
  const { first, last } = monthRange(month);
  return listAssignments(db, { institutionId, ...overlapping(first, last) }, options);
}

/** Assignments at clinics in the subtree of a region path, overlapping a month. */
export function listAssignmentsInRegionForMonth(
  db: DbOrTx,
  regionPath: string,
  month: string,
  options: AssignmentListOptions = {},
): Promise<AssignmentDetail[]> {
  const { first, last } = monthRange(month);
  return listAssignments(
    db,
    { institution: { regionPath: underRegionPath(regionPath) }, ...overlapping(first, last) },
    options,
  );
}

/**
 * Active assignments with a planned visit on a local date — whom to remind — optionally only in a region
 * subtree.
 */
export function listAssignmentsPlannedOn(
  db: DbOrTx,
  date: string,
  filter: { regionPath?: string } = {},
): Promise<AssignmentDetail[]> {
  return listAssignments(
    db,
    {
      plannedDates: { some: { date } },
      ...(filter.regionPath ? { institution: { regionPath: underRegionPath(filter.regionPath) } } : {}),
    },
    {},
  );
}

/** Active assignments with at least one planned date in a month, optionally only in a region subtree. */
export function listAssignmentsPlannedInMonth(
  db: DbOrTx,
  month: string,
  filter: { regionPath?: string } = {},
): Promise<AssignmentDetail[]> {
  return listAssignments(
    db,
    {
      plannedDates: { some: { date: datesInMonth(month) } },
      ...(filter.regionPath ? { institution: { regionPath: underRegionPath(filter.regionPath) } } : {}),
    },
    {},
  );
}

/** A planned date that clashes with another active assignment of the same physician. */
export interface PlannedDateConflict {
  date: string;
  assignmentId: number;
  institutionId: number;
}

/**
 * The dates among `dates` on which the physician is already planned under another active assignment (a
 * physician can be at one clinic a day). Pass `excludeAssignmentId` when re-planning an assignment so its
 * own dates do not count. Ordered by date.
 */
export async function findPlannedDateConflicts(
  db: DbOrTx,
  physicianId: number,
  dates: readonly string[],
  excludeAssignmentId?: number,
): Promise<PlannedDateConflict[]> {
  const rows = await db.assignmentPlannedDate.findMany({
    where: {
      date: { in: [...dates] },
      assignment: {
        physicianId,
        status: 'ACTIVE',
        ...(excludeAssignmentId === undefined ? {} : { id: { not: excludeAssignmentId } }),
      },
    },
    include: { assignment: { select: { institutionId: true } } },
    orderBy: [{ date: 'asc' }, { assignmentId: 'asc' }],
  });
  return rows.map((r) => ({ date: r.date, assignmentId: r.assignmentId, institutionId: r.assignment.institutionId }));
}
