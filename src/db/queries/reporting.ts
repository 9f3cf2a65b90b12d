import type { ObligationKind, Prisma, ReportingObligation } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { underRegionPath } from './filters.js';

/**
 * Reporting obligations: what an institution must file for a period by a due date (e.g. the monthly
 * workload report of 2023-08, due 2023-09-02). Drafts and submissions are in report-submissions.ts,
 * completeness counts in report-completeness.ts.
 */

/** The natural key of an obligation. */
export interface ObligationKey {
  programId: number;
  institutionId: number;
  kind: ObligationKind;
  /** `YYYY-MM` for a month, `YYYY` for a year. */
  period: string;
}

/**
 * Creates the obligation with its due date unless it exists; an existing one is returned unchanged (its
 * status and due date are never reset by a re-run).
 */
export function ensureReportingObligation(
  db: DbOrTx,
  key: ObligationKey,
  dueDate: string,
): Promise<ReportingObligation> {
  return db.reportingObligation.upsert({
    where: { programId_institutionId_kind_period: key },
    create: { ...key, dueDate },
    update: {},
  });
}

/** The obligation with a natural key, or null. */
export function findReportingObligation(db: DbOrTx, key: ObligationKey): Promise<ReportingObligation | null> {
  return db.reportingObligation.findUnique({ where: { programId_institutionId_kind_period: key } });
}

/** Narrows obligation listings; every given condition must hold. */
export interface ObligationScope {
  /** Institutions in the subtree of this region path. */
  regionPath?: string;
  institutionIds?: number[];
  programId?: number;
  kind?: ObligationKind;
}

/** The where-clause of a scope; shared with the completeness counts. */
export function obligationScopeWhere(scope: ObligationScope): Prisma.ReportingObligationWhereInput {
  return {
    ...(scope.regionPath ? { institution: { regionPath: underRegionPath(scope.regionPath) } } : {}),
    ...(scope.institutionIds ? { institutionId: { in: scope.institutionIds } } : {}),
    ...(scope.programId === undefined ? {} : { programId: scope.programId }),
    ...(scope.kind ? { kind: scope.kind } : {}),
  };
}

/** An obligation with the institution that owes it. */
export type ObligationView = Prisma.ReportingObligationGetPayload<{ include: { institution: true } }>;

function listOpenObligations(
  db: DbOrTx,
  dueDate: Prisma.StringFilter,
  scope: ObligationScope,
): Promise<ObligationView[]> {
  return db.reportingObligation.findMany({
    where: { ...obligationScopeWhere(scope), dueDate, status: { not: 'SUBMITTED' } },
    include: { institution: true },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
  });
}

/** Obligations not yet submitted whose due date is `date` (for the due-day reminder). */
export function listOpenObligationsDueOn(
  db: DbOrTx,
  date: string,
  scope: ObligationScope = {},
): Promise<ObligationView[]> {
  return listOpenObligations(db, { equals: date }, scope);
}

/** Obligations not yet submitted whose due date is before `today`, oldest due first. */
export function listOverdueObligations(
  db: DbOrTx,
  today: string,
  scope: ObligationScope = {},
): Promise<ObligationView[]> {
  return listOpenObligations(db, { lt: today }, scope);
}
