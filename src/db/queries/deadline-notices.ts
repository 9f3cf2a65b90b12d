import type { Deadline, Prisma } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { DbOrTx } from '../client.js';
import { underRegionPath } from './filters.js';
import { ancestorRegionPaths } from './regions.js';
import type { ObligationView } from './reporting.js';
import { obligationInScope } from './view-scope-where.js';

/** What a coordinator group's deadline notice lists: reports not submitted and program milestones. */

/** Reports in the scope not yet submitted and due on or before `lastDate` (overdue ones included), by due date. */
export function listOpenObligationsDueBy(db: DbOrTx, lastDate: string, scope: ViewScope): Promise<ObligationView[]> {
  return db.reportingObligation.findMany({
    where: { AND: [obligationInScope(scope), { dueDate: { lte: lastDate }, status: { not: 'SUBMITTED' } }] },
    include: { institution: true },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
  });
}

/**
 * Program milestones due from `from` to `to` that concern the scope: of a program run in, above or below
 * one of its regions (a county hears of its city's milestones), or one its hospitals take part in.
 */
export function listProgramDeadlinesInScope(
  db: DbOrTx,
  from: string,
  to: string,
  scope: ViewScope,
): Promise<Deadline[]> {
  const program: Prisma.ProgramWhereInput[] = [
    ...scope.regionPaths.flatMap((path) => [
      { region: { path: underRegionPath(path) } },
      { region: { path: { in: ancestorRegionPaths(path) } } },
    ]),
    ...(scope.supportingInstitutionIds.length > 0
      ? [{ participants: { some: { institutionId: { in: scope.supportingInstitutionIds } } } }]
      : []),
  ];
  return db.deadline.findMany({
    where: { dueDate: { gte: from, lte: to }, ...(scope.all ? {} : { program: { OR: program } }) },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
  });
}
