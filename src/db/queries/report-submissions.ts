import type { Prisma, ReportingObligation, ReportSubmission } from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import type { DbOrTx } from '../client.js';
import { inTransaction, type Tx } from './transaction.js';

/**
 * Drafts and submissions of a report. Each is appended as a ReportSubmission (drafts are kept after a
 * submission); the obligation's status follows in the same transaction.
 */

/** A version of a report. */
export interface ReportVersion {
  obligationId: number;
  /** The figures as computed or edited for this version. */
  figures: Prisma.InputJsonValue;
  /** The three text sections (工作完成情况 / 存在问题 / 下一步工作计划和建议); omitted, all empty. */
  sections?: { workDone: string; problems: string; plans: string };
  byId: number | null;
  at: Date;
}

async function loadObligation(tx: Tx, id: number): Promise<ReportingObligation> {
  const obligation = await tx.reportingObligation.findUnique({ where: { id } });
  if (!obligation) throw new QueryRefusal('OBLIGATION_NOT_FOUND', { id });
  return obligation;
}

function appendSubmission(tx: Tx, version: ReportVersion, status: ReportSubmission['status']) {
  return tx.reportSubmission.create({
    data: {
      obligationId: version.obligationId,
      status,
      figures: version.figures,
      ...version.sections,
      createdById: version.byId,
      createdAt: version.at,
    },
  });
}

/**
 * Saves a draft and marks a pending obligation DRAFTED, in one transaction (a submitted one stays
 * SUBMITTED). An unknown obligation is NOT_FOUND.
 */
export function saveReportDraft(db: DbOrTx, version: ReportVersion): Promise<ReportSubmission> {
  return inTransaction(db, async (tx) => {
    const obligation = await loadObligation(tx, version.obligationId);
    if (obligation.status === 'PENDING') {
      await tx.reportingObligation.update({ where: { id: obligation.id }, data: { status: 'DRAFTED' } });
    }
    return appendSubmission(tx, version, 'DRAFT');
  });
}

/**
 * Submits a report and marks the obligation SUBMITTED with time and person, in one transaction. A
 * resubmission appends another version but keeps the first submission's time and person, which is what
 * timeliness is judged on. An unknown obligation is NOT_FOUND.
 */
export function submitReport(
  db: DbOrTx,
  version: ReportVersion,
): Promise<{ submission: ReportSubmission; obligation: ReportingObligation }> {
  return inTransaction(db, async (tx) => {
    const current = await loadObligation(tx, version.obligationId);
    const obligation =
      current.status === 'SUBMITTED'
        ? current
        : await tx.reportingObligation.update({
            where: { id: current.id },
            data: { status: 'SUBMITTED', submittedAt: version.at, submittedById: version.byId },
          });
    return { obligation, submission: await appendSubmission(tx, version, 'SUBMITTED') };
  });
}

/** Every draft and submission of an obligation, oldest first. */
export function listReportSubmissions(db: DbOrTx, obligationId: number): Promise<ReportSubmission[]> {
  return db.reportSubmission.findMany({ where: { obligationId }, orderBy: { id: 'asc' } });
}

/** The latest draft or submission of an obligation, or null. */
export function findLatestReportSubmission(db: DbOrTx, obligationId: number): Promise<ReportSubmission | null> {
  return db.reportSubmission.findFirst({ where: { obligationId }, orderBy: { id: 'desc' } });
}
