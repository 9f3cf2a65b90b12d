import type { CorrectionStatus, ServiceDay, ServiceDayCorrection } from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import type { DbOrTx } from '../client.js';
import { datesInMonth } from './filters.js';
import { findServiceDay } from './service-days.js';
import { appendChainLinks } from './record-chain.js';
import { inTransaction } from './transaction.js';
import { nextState, PLANNED_DAY, stateOf } from '../../records/service-day-state.js';

/**
 * Corrections (补卡): a physician asks to record a forgotten day. They are appended, never edit an
 * existing day: an approved request creates a new day (method CORRECTION) that points back to it.
 */

/** A physician's request to record a day. */
export interface CorrectionRequest {
  programId: number;
  physicianId: number;
  institutionId: number;
  serviceDate: string;
  reason: string;
  at: Date;
}

/** Records a pending correction request. */
export function requestServiceDayCorrection(db: DbOrTx, input: CorrectionRequest): Promise<ServiceDayCorrection> {
  const { at, ...fields } = input;
  return inTransaction(db, async (tx) => {
    const correction = await tx.serviceDayCorrection.create({ data: { ...fields, requestedAt: at } });
    await appendChainLinks(tx, input.physicianId, [{ kind: 'correction', id: correction.id, row: correction }], at);
    return correction;
  });
}

/** The correction with an id, or null. */
export function findServiceDayCorrectionById(db: DbOrTx, id: number): Promise<ServiceDayCorrection | null> {
  return db.serviceDayCorrection.findUnique({ where: { id } });
}

/**
 * How many corrections a physician requested for days of a month in a program (against the program's
 * `correctionsPerMonth`), optionally only those in some statuses (e.g. not REJECTED).
 */
export function countCorrectionsForPhysicianInMonth(
  db: DbOrTx,
  physicianId: number,
  programId: number,
  month: string,
  filter: { statuses?: CorrectionStatus[] } = {},
): Promise<number> {
  return db.serviceDayCorrection.count({
    where: {
      physicianId,
      programId,
      serviceDate: datesInMonth(month),
      ...(filter.statuses ? { status: { in: filter.statuses } } : {}),
    },
  });
}

/** An approved correction with its clinic's name. */
export type ApprovedCorrection = ServiceDayCorrection & { institution: { name: string } };

/** A physician's approved corrections (补卡) for days of a month, by date: /本月 names each with its approver. */
export function listApprovedCorrectionsOfPhysicianInMonth(
  db: DbOrTx,
  physicianId: number,
  month: string,
): Promise<ApprovedCorrection[]> {
  return db.serviceDayCorrection.findMany({
    where: { physicianId, status: 'APPROVED', serviceDate: datesInMonth(month) },
    include: { institution: { select: { name: true } } },
    orderBy: [{ serviceDate: 'asc' }, { id: 'asc' }],
  });
}

/** Pending corrections, oldest first, optionally only at some clinics. */
export function listPendingCorrections(
  db: DbOrTx,
  filter: { institutionIds?: number[] } = {},
): Promise<ServiceDayCorrection[]> {
  return db.serviceDayCorrection.findMany({
    where: { status: 'PENDING', ...(filter.institutionIds ? { institutionId: { in: filter.institutionIds } } : {}) },
    orderBy: { id: 'asc' },
  });
}

/** A decision: reject, or approve with the check-in time to record and the assignment the day belongs to. */
export type CorrectionDecision =
  { status: 'REJECTED' } | { status: 'APPROVED'; checkInAt: Date; assignmentId: number | null };

/** Who decides, when, and why. */
export interface CorrectionDecider {
  decidedById: number;
  at: Date;
  note?: string;
}

/**
 * What a decision did: APPROVED (and created `day`), REJECTED, found it ALREADY_DECIDED (nothing
 * changed), or found a DAY_EXISTS for that physician, clinic and date (nothing changed; the request
 * stays pending so it can be rejected with a note).
 */
export type CorrectionOutcome =
  | { outcome: 'APPROVED'; correction: ServiceDayCorrection; day: ServiceDay }
  | { outcome: 'REJECTED' | 'ALREADY_DECIDED'; correction: ServiceDayCorrection }
  | { outcome: 'DAY_EXISTS'; correction: ServiceDayCorrection; day: ServiceDay };

/**
 * Decides a pending correction in one transaction: records the decision and, when approved, creates the
 * day with method CORRECTION pointing to the request. An unknown id is NOT_FOUND.
 */
export function decideServiceDayCorrection(
  db: DbOrTx,
  correctionId: number,
  decision: CorrectionDecision,
  decider: CorrectionDecider,
): Promise<CorrectionOutcome> {
  return inTransaction(db, async (tx): Promise<CorrectionOutcome> => {
    const correction = await findServiceDayCorrectionById(tx, correctionId);
    if (!correction) throw new QueryRefusal('CORRECTION_NOT_FOUND', { id: correctionId });
    if (correction.status !== 'PENDING') return { outcome: 'ALREADY_DECIDED', correction };
    const { physicianId, institutionId, serviceDate, programId } = correction;
    if (decision.status === 'APPROVED') {
      const existing = await findServiceDay(tx, physicianId, institutionId, serviceDate);
      // The state model allows CORRECTION_APPROVED only on a day nobody recorded.
      const state = existing ? stateOf(existing, serviceDate) : PLANNED_DAY;
      if (existing && !nextState(state, { kind: 'CORRECTION_APPROVED' }).ok) {
        return { outcome: 'DAY_EXISTS', correction, day: existing };
      }
    }
    // Conditional on PENDING so that of two concurrent deciders only one decides.
    const { count } = await tx.serviceDayCorrection.updateMany({
      where: { id: correctionId, status: 'PENDING' },
      data: {
        status: decision.status,
        decidedById: decider.decidedById,
        decidedAt: decider.at,
        decisionNote: decider.note ?? '',
      },
    });
    const decided = (await findServiceDayCorrectionById(tx, correctionId)) ?? correction;
    if (count === 0) return { outcome: 'ALREADY_DECIDED', correction: decided };
    if (decision.status === 'REJECTED') {
      await appendChainLinks(tx, physicianId, [{ kind: 'correction', id: correctionId }], decider.at);
      return { outcome: 'REJECTED', correction: decided };
    }
    const day = await tx.serviceDay.create({
      data: {
        programId,
        assignmentId: decision.assignmentId,
        physicianId,
        institutionId,
        serviceDate,
        checkInAt: decision.checkInAt,
        checkInMethod: 'CORRECTION',
        checkInVerification: 'UNVERIFIED',
        correctionId,
      },
    });
    const covered = [
      { kind: 'correction', id: correctionId },
      { kind: 'day', id: day.id, row: day },
    ] as const;
    await appendChainLinks(tx, physicianId, covered, decider.at);
    return { outcome: 'APPROVED', correction: decided, day };
  });
}

/** A physician's pending correction for a clinic and date, or null. */
export function findPendingCorrection(
  db: DbOrTx,
  physicianId: number,
  institutionId: number,
  serviceDate: string,
): Promise<ServiceDayCorrection | null> {
  return db.serviceDayCorrection.findFirst({
    where: { physicianId, institutionId, serviceDate, status: 'PENDING' },
    orderBy: { id: 'asc' },
  });
}
