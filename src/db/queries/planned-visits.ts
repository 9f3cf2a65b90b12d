import type { Prisma } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { underRegionPath } from './filters.js';
import { assignmentInScope } from './view-scope-where.js';

/**
 * Planned visits (one row per planned date of an active assignment) over a date range, for the public
 * weekly schedule of a clinic or a region.
 */

const plannedVisitInclude = {
  assignment: {
    include: {
      institution: true,
      physician: { include: { homeInstitution: true } },
      program: { select: { kind: true } },
    },
  },
} satisfies Prisma.AssignmentPlannedDateInclude;

/** A planned date with its assignment's clinic and physician (and the physician's home hospital). */
export type PlannedVisit = Prisma.AssignmentPlannedDateGetPayload<{ include: typeof plannedVisitInclude }>;

/** Where the visits are: one clinic, clinics in a region subtree, or (neither) everywhere. */
export interface VisitPlace {
  institutionId?: number | null;
  regionPath?: string | null;
}

/** Planned visits of active assignments from `from` to `to` (local dates, both included), by date then assignment. */
export function listPlannedVisitsBetween(
  db: DbOrTx,
  from: string,
  to: string,
  place: VisitPlace,
): Promise<PlannedVisit[]> {
  const assignment: Prisma.AssignmentWhereInput = {
    status: 'ACTIVE',
    ...(place.institutionId ? { institutionId: place.institutionId } : {}),
    ...(place.regionPath ? { institution: { regionPath: underRegionPath(place.regionPath) } } : {}),
  };
  return db.assignmentPlannedDate.findMany({
    where: { date: { gte: from, lte: to }, assignment },
    include: plannedVisitInclude,
    orderBy: [{ date: 'asc' }, { assignmentId: 'asc' }],
  });
}

/** Planned visits of active assignments in a coordinator's view scope from `from` to `to` (both included). */
export function listPlannedVisitsInScope(
  db: DbOrTx,
  from: string,
  to: string,
  scope: ViewScope,
): Promise<PlannedVisit[]> {
  return db.assignmentPlannedDate.findMany({
    where: { date: { gte: from, lte: to }, assignment: { status: 'ACTIVE', ...assignmentInScope(scope) } },
    include: plannedVisitInclude,
    orderBy: [{ date: 'asc' }, { assignmentId: 'asc' }],
  });
}
