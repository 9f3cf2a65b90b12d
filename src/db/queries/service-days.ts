import type { CheckMethod, ServiceDay, Verification } from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import type { DbOrTx } from '../client.js';
import { serviceDayDetailInclude, type ServiceDayDetail } from './service-day-views.js';
import { insertReadingRow, readingLink, type NewLocationReading } from './location-readings.js';
import { appendChainLinks, appendDayChainLink } from './record-chain.js';
import { unlessDuplicate } from './transaction.js';

/**
 * Check-in and check-out. A service day is created once per physician, clinic and date; the chat message
 * that caused a check-in or check-out is stored with it (unique), so a redelivered event finds the row it
 * already wrote instead of counting a day twice.
 */

/** One check-in or check-out as it happened. */
export interface CheckPoint {
  /** The record's time: the message time, or the handling time when that was not trusted (`late`). */
  at: Date;
  /** The platform's message time and the handling time, both kept (src/records/record-moment.ts). */
  sentAt?: Date | null;
  receivedAt?: Date | null;
  late?: boolean;
  method: CheckMethod;
  verification: Verification;
  latitude?: number | null;
  longitude?: number | null;
  accuracyM?: number | null;
  /** Distance from the clinic's location, when both are known. */
  distanceM?: number | null;
  /** Id of the chat message or card action that caused it; null when there is none. */
  sourceId: string | null;
}

/** A check-in: who, where, in which program, on which local date. */
export interface CheckIn extends CheckPoint {
  programId: number;
  assignmentId: number | null;
  physicianId: number;
  institutionId: number;
  serviceDate: string;
}

/**
 * What a check-in did: CREATED the day; found it was a REDELIVERED event already recorded; or found the
 * physician ALREADY_CHECKED_IN at this clinic on this date (the day's `checkInAt` says when).
 */
export type CheckInOutcome = 'CREATED' | 'REDELIVERED' | 'ALREADY_CHECKED_IN';

/** The day and whether this call created it. */
export interface CheckInResult {
  day: ServiceDay;
  created: boolean;
  outcome: CheckInOutcome;
}

/** The service day with an id, or null. */
export function findServiceDayById(db: DbOrTx, id: number): Promise<ServiceDay | null> {
  return db.serviceDay.findUnique({ where: { id } });
}

/** The service days with these ids (unknown ids are left out; no order). */
export function listServiceDaysByIds(db: DbOrTx, ids: readonly number[]): Promise<ServiceDay[]> {
  return db.serviceDay.findMany({ where: { id: { in: [...new Set(ids)] } } });
}

/** A physician's day at a clinic on a local date, or null. */
export function findServiceDay(
  db: DbOrTx,
  physicianId: number,
  institutionId: number,
  serviceDate: string,
): Promise<ServiceDay | null> {
  return db.serviceDay.findUnique({
    where: { physicianId_institutionId_serviceDate: { physicianId, institutionId, serviceDate } },
  });
}

async function findPriorCheckIn(db: DbOrTx, input: CheckIn): Promise<CheckInResult | null> {
  if (input.sourceId !== null) {
    const redelivered = await db.serviceDay.findUnique({ where: { checkInSourceId: input.sourceId } });
    if (redelivered) return { day: redelivered, created: false, outcome: 'REDELIVERED' };
  }
  const sameDay = await findServiceDay(db, input.physicianId, input.institutionId, input.serviceDate);
  return sameDay ? { day: sameDay, created: false, outcome: 'ALREADY_CHECKED_IN' } : null;
}

/**
 * Records a check-in, at most once per source message and once per physician, clinic and date. A repeat
 * returns the existing day with `created: false` and says why, so the caller can answer "already checked
 * in at HH:MM". Concurrent deliveries of the same message are decided by the unique constraints.
 */
export async function recordCheckIn(db: DbOrTx, input: CheckIn): Promise<CheckInResult> {
  return (await findPriorCheckIn(db, input)) ?? insertCheckIn(db, input);
}

/**
 * {@link recordCheckIn} for a caller that has just found no day for this physician, clinic and date: it
 * skips the lookups and lets the unique constraints refuse a repeat, then reports the row that won (a
 * redelivery of the same message included), so it is exactly as safe and two reads cheaper.
 * @param evidence the location message that checks in, stored with the day it creates (one transaction,
 *   one lock of the record chain) and with it only: a repeat stores neither.
 */
export async function insertCheckIn(
  db: DbOrTx,
  input: CheckIn,
  evidence?: Omit<NewLocationReading, 'serviceDayId'>,
): Promise<CheckInResult> {
  const { programId, assignmentId, physicianId, institutionId, serviceDate } = input;
  const day = await unlessDuplicate(db, async (tx) => {
    const created = await tx.serviceDay.create({
      data: {
        programId,
        assignmentId,
        physicianId,
        institutionId,
        serviceDate,
        checkInAt: input.at,
        checkInMethod: input.method,
        checkInVerification: input.verification,
        checkInLatitude: input.latitude ?? null,
        checkInLongitude: input.longitude ?? null,
        checkInAccuracyM: input.accuracyM ?? null,
        checkInDistanceM: input.distanceM ?? null,
        checkInSourceId: input.sourceId,
        checkInSentAt: input.sentAt ?? null,
        checkInReceivedAt: input.receivedAt ?? null,
        checkInLate: input.late ?? false,
      },
    });
    const reading = evidence && (await insertReadingRow(tx, { ...evidence, serviceDayId: created.id }));
    const links = [{ kind: 'day', id: created.id, row: created } as const, ...(reading ? [readingLink(reading)] : [])];
    await appendChainLinks(tx, physicianId, links, input.at);
    return created;
  });
  if (day) return { day, created: true, outcome: 'CREATED' };
  // Another delivery won the race between the lookup and the insert: report its row.
  const winner = await findPriorCheckIn(db, input);
  if (!winner) throw new Error('recordCheckIn: the conflicting check-in cannot be found');
  return winner;
}

/** What a check-out did: CHECKED_OUT now; a REDELIVERED event already recorded; or ALREADY_CHECKED_OUT earlier. */
export type CheckOutOutcome = 'CHECKED_OUT' | 'REDELIVERED' | 'ALREADY_CHECKED_OUT';

/**
 * Records the check-out of a day, once: a redelivered source message returns the day as REDELIVERED; a
 * day that already has a check-out keeps it (ALREADY_CHECKED_OUT) — a recorded time is never
 * overwritten. An unknown day is NOT_FOUND.
 */
export async function recordCheckOut(
  db: DbOrTx,
  serviceDayId: number,
  point: CheckPoint & { shortDay?: boolean },
): Promise<{ day: ServiceDay; outcome: CheckOutOutcome }> {
  if (point.sourceId !== null) {
    const redelivered = await db.serviceDay.findUnique({ where: { checkOutSourceId: point.sourceId } });
    if (redelivered) return { day: redelivered, outcome: 'REDELIVERED' };
  }
  // Conditional on "no check-out yet", so of two concurrent check-outs exactly one writes.
  const updated = await unlessDuplicate(db, async (tx) => {
    const written = await tx.serviceDay.updateMany({
      where: { id: serviceDayId, checkOutAt: null },
      data: {
        checkOutAt: point.at,
        checkOutMethod: point.method,
        checkOutVerification: point.verification,
        checkOutLatitude: point.latitude ?? null,
        checkOutLongitude: point.longitude ?? null,
        checkOutAccuracyM: point.accuracyM ?? null,
        checkOutDistanceM: point.distanceM ?? null,
        checkOutSourceId: point.sourceId,
        checkOutSentAt: point.sentAt ?? null,
        checkOutReceivedAt: point.receivedAt ?? null,
        checkOutLate: point.late ?? false,
        shortDay: point.shortDay ?? false,
      },
    });
    if (written.count === 1) await appendDayChainLink(tx, serviceDayId, point.at);
    return written;
  });
  const day = await findServiceDayById(db, serviceDayId);
  if (!day) throw new QueryRefusal('SERVICE_DAY_NOT_FOUND', { id: serviceDayId });
  if (updated?.count === 1) return { day, outcome: 'CHECKED_OUT' };
  const sameSource = point.sourceId !== null && day.checkOutSourceId === point.sourceId;
  return { day, outcome: sameSource ? 'REDELIVERED' : 'ALREADY_CHECKED_OUT' };
}

/** A later location inside the fence, as evidence for upgrading an unverified day. */
export interface LocationEvidence {
  at: Date;
  sourceId: string;
  latitude: number;
  longitude: number;
  distanceM: number | null;
}

/** What a verification upgrade did: UPGRADED the day, found the message REDELIVERED, or the day ALREADY_VERIFIED. */
export type UpgradeOutcome = 'UPGRADED' | 'REDELIVERED' | 'ALREADY_VERIFIED';

/**
 * Records a location inside the fence on an unverified day (verification only goes up). Conditional on
 * the day being unverified in every check point, so of two concurrent locations exactly one writes and a
 * verified day is never touched; the source message is unique, so a redelivery writes nothing.
 */
export async function recordLocationVerification(
  db: DbOrTx,
  serviceDayId: number,
  evidence: LocationEvidence,
): Promise<{ day: ServiceDay; outcome: UpgradeOutcome }> {
  const updated = await unlessDuplicate(db, async (tx) => {
    const written = await tx.serviceDay.updateMany({
      where: {
        id: serviceDayId,
        locationVerifiedAt: null,
        checkInVerification: 'UNVERIFIED',
        OR: [{ checkOutVerification: null }, { checkOutVerification: 'UNVERIFIED' }],
      },
      data: {
        locationVerifiedAt: evidence.at,
        locationVerifiedSourceId: evidence.sourceId,
        locationVerifiedLatitude: evidence.latitude,
        locationVerifiedLongitude: evidence.longitude,
        locationVerifiedDistanceM: evidence.distanceM,
      },
    });
    if (written.count === 1) await appendDayChainLink(tx, serviceDayId, evidence.at);
    return written;
  });
  const day = await findServiceDayById(db, serviceDayId);
  if (!day) throw new QueryRefusal('SERVICE_DAY_NOT_FOUND', { id: serviceDayId });
  if (updated?.count === 1) return { day, outcome: 'UPGRADED' };
  return { day, outcome: day.locationVerifiedSourceId === evidence.sourceId ? 'REDELIVERED' : 'ALREADY_VERIFIED' };
}

/** The service day with an id, with its clinic and physician, or null. */
export function findServiceDayDetailById(db: DbOrTx, id: number): Promise<ServiceDayDetail | null> {
  return db.serviceDay.findUnique({ where: { id }, include: serviceDayDetailInclude });
}
