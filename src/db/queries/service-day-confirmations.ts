import type { ServiceDay, ServiceDayConfirmation } from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import type { DbOrTx } from '../client.js';
import { appendChainLinks } from './record-chain.js';
import { lockServiceDay } from './row-locks.js';
import { inTransaction } from './transaction.js';

/**
 * The clinic head's confirmations (受援单位日常考核). Each confirm or dispute is appended; the day keeps
 * the latest status as a cache for listings.
 */

/** A clinic head's verdict on a day. */
export interface ConfirmationInput {
  serviceDayId: number;
  status: 'CONFIRMED' | 'DISPUTED';
  byId: number;
  note?: string;
  at: Date;
}

/**
 * Appends a confirmation and sets the day's `confirmationStatus` to it, in one transaction. Returns the
 * updated day; an unknown day is NOT_FOUND.
 */
export function appendServiceDayConfirmation(db: DbOrTx, input: ConfirmationInput): Promise<ServiceDay> {
  const { serviceDayId, status } = input;
  return inTransaction(db, async (tx) => {
    const day = await tx.serviceDay.findUnique({ where: { id: serviceDayId }, select: { id: true } });
    if (!day) throw new QueryRefusal('SERVICE_DAY_NOT_FOUND', { id: serviceDayId });
    const updated = await tx.serviceDay.update({ where: { id: serviceDayId }, data: { confirmationStatus: status } });
    const verdict = await tx.serviceDayConfirmation.create({ data: { ...input, note: input.note ?? '' } });
    const written = [
      { kind: 'day', id: serviceDayId, row: updated },
      { kind: 'confirmation', id: verdict.id, row: verdict },
    ] as const;
    await appendChainLinks(tx, updated.physicianId, written, input.at);
    return updated;
  });
}

/** Every confirmation of a day, oldest first. */
export function listServiceDayConfirmations(db: DbOrTx, serviceDayId: number): Promise<ServiceDayConfirmation[]> {
  return db.serviceDayConfirmation.findMany({ where: { serviceDayId }, orderBy: { id: 'asc' } });
}

/** Every verdict on some service days, oldest first. */
export function listConfirmationsOfDays(
  db: DbOrTx,
  serviceDayIds: readonly number[],
): Promise<ServiceDayConfirmation[]> {
  return db.serviceDayConfirmation.findMany({
    where: { serviceDayId: { in: [...new Set(serviceDayIds)] } },
    orderBy: { id: 'asc' },
  });
}

/**
 * Appends a verdict unless it repeats the day's latest one (same status and note): the day's row is
 * locked first, so of two presses at once exactly one appends. Returns whether it appended.
 */
export function appendConfirmationUnlessRepeated(db: DbOrTx, input: ConfirmationInput): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    await lockServiceDay(tx, input.serviceDayId);
    const latest = await tx.serviceDayConfirmation.findFirst({
      where: { serviceDayId: input.serviceDayId },
      orderBy: { id: 'desc' },
    });
    if (latest?.status === input.status && latest.note === (input.note ?? '')) return false;
    await appendServiceDayConfirmation(tx, input);
    return true;
  });
}
