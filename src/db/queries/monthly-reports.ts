import type { Prisma, Program, ReportingObligation } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { DbOrTx } from '../client.js';
import { appendAuditEntry, type AuditEntry } from './audit-log.js';
import { submitReport, type ReportVersion } from './report-submissions.js';
import { inTransaction } from './transaction.js';
import { obligationInScope } from './view-scope-where.js';

/**
 * The monthly workload report (对口支援工作量月报表) as the drafting job, `/月报`, `/导出 月报` and the
 * submit button read and write it: obligations of kind MONTHLY_WORKLOAD with their hospital and program.
 */

const DETAIL = { institution: true, program: { include: { region: true } } } as const;

/** An obligation with the hospital that owes it and the program (and its region) it is owed to. */
export type MonthlyObligation = Prisma.ReportingObligationGetPayload<{ include: typeof DETAIL }>;

/**
 * Programs running on at least one day between two local dates (inclusive), optionally only those a
 * hospital supports.
 */
export function listProgramsOverlapping(
  db: DbOrTx,
  from: string,
  to: string,
  supportingInstitutionId?: number,
): Promise<Program[]> {
  return db.program.findMany({
    where: {
      startDate: { lte: to },
      endDate: { gte: from },
      ...(supportingInstitutionId === undefined
        ? {}
        : { participants: { some: { institutionId: supportingInstitutionId, side: 'SUPPORTING' } } }),
    },
    orderBy: { code: 'asc' },
  });
}

/** A monthly workload obligation by id with its hospital and program, or null (also for other kinds). */
export function findMonthlyObligation(db: DbOrTx, id: number): Promise<MonthlyObligation | null> {
  return db.reportingObligation.findFirst({ where: { id, kind: 'MONTHLY_WORKLOAD' }, include: DETAIL });
}

/** Which obligations: a coordinator's scope, a month reported on, optionally one program. */
export interface MonthlyObligationQuery {
  scope: ViewScope;
  period: string;
  programId?: number;
}

/** The monthly workload obligations of a period in a scope, by hospital name then program code. */
export function listMonthlyObligationsInScope(db: DbOrTx, query: MonthlyObligationQuery): Promise<MonthlyObligation[]> {
  return db.reportingObligation.findMany({
    where: {
      ...obligationInScope(query.scope),
      kind: 'MONTHLY_WORKLOAD',
      period: query.period,
      ...(query.programId === undefined ? {} : { programId: query.programId }),
    },
    include: DETAIL,
    orderBy: [{ institution: { name: 'asc' } }, { program: { code: 'asc' } }, { id: 'asc' }],
  });
}

/**
 * Submits a report unless it was submitted already, with its audit entry, in one transaction: the
 * status changes only where it is not SUBMITTED yet, so of two presses at once exactly one submits.
 * Returns null (nothing written) when it was submitted already.
 */
export function submitReportOnce(
  db: DbOrTx,
  version: ReportVersion,
  audit: AuditEntry,
): Promise<ReportingObligation | null> {
  return inTransaction(db, async (tx) => {
    const claimed = await tx.reportingObligation.updateMany({
      where: { id: version.obligationId, status: { not: 'SUBMITTED' } },
      data: { status: 'SUBMITTED', submittedAt: version.at, submittedById: version.byId },
    });
    if (claimed.count === 0) return null;
    const { obligation } = await submitReport(tx, version);
    await appendAuditEntry(tx, audit);
    return obligation;
  });
}

/**
 * Returns a submitted report to its hospital for correction, with its audit entry, in one transaction:
 * the status goes back to DRAFTED only where it is SUBMITTED, so of two returns at once exactly one
 * counts. The submitted versions stay on record. Returns false (nothing written) when it was not submitted.
 */
export function returnReportOnce(db: DbOrTx, obligationId: number, audit: AuditEntry): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const claimed = await tx.reportingObligation.updateMany({
      where: { id: obligationId, status: 'SUBMITTED' },
      data: { status: 'DRAFTED', submittedAt: null, submittedById: null },
    });
    if (claimed.count === 0) return false;
    await appendAuditEntry(tx, audit);
    return true;
  });
}

/** The monthly workload obligations of one hospital for a period, by program code. */
export function listMonthlyObligationsOf(
  db: DbOrTx,
  institutionId: number,
  period: string,
): Promise<MonthlyObligation[]> {
  return db.reportingObligation.findMany({
    where: { institutionId, period, kind: 'MONTHLY_WORKLOAD' },
    include: DETAIL,
    orderBy: [{ program: { code: 'asc' } }, { id: 'asc' }],
  });
}
