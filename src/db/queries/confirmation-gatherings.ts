import type { DbOrTx } from '../client.js';
import { lockPerson } from './row-locks.js';
import { inTransaction } from './transaction.js';

/**
 * A clinic head's gathered confirmation cards (issue 18): each new arrival at their clinics joins the
 * head's open gathering or opens one, and the card of the gathering is updated in place.
 */

/** A new arrival for a head. */
export interface ArrivalInput {
  headId: number;
  serviceDayId: number;
  at: Date;
  /** How long a gathering opened now takes new arrivals. */
  gatherMs: number;
  /** Most arrivals on one card; the next one opens a new gathering. */
  maxItems: number;
}

/** A gathering, as the card is rendered from it. */
export interface GatheringRecord {
  id: number;
  headId: number;
  version: number;
  /** Its days, in the order they arrived. */
  serviceDayIds: number[];
}

/**
 * Puts a new arrival on the head's open gathering, or opens one. The head's row lock serializes it
 * with every other arrival for the same head, so two arrivals at once join the same gathering, never
 * two new ones (PostgreSQL); a day already gathered for the head is left alone (null).
 * @returns the gathering's id, or null when the day was gathered for this head before.
 */
export function gatherArrival(db: DbOrTx, input: ArrivalInput): Promise<number | null> {
  const { headId, serviceDayId, at } = input;
  return inTransaction(db, async (tx) => {
    await lockPerson(tx, headId);
    const known = await tx.confirmationGatheringItem.findUnique({
      where: { headId_serviceDayId: { headId, serviceDayId } },
      select: { id: true },
    });
    if (known) return null;
    const open = await tx.confirmationGathering.findFirst({
      where: { headId, closesAt: { gt: at } },
      orderBy: { id: 'desc' },
      select: { id: true, _count: { select: { items: true } } },
    });
    const gatheringId =
      open && open._count.items < input.maxItems
        ? open.id
        : (
            await tx.confirmationGathering.create({
              data: { headId, openedAt: at, closesAt: new Date(at.getTime() + input.gatherMs) },
              select: { id: true },
            })
          ).id;
    await tx.confirmationGatheringItem.create({ data: { gatheringId, headId, serviceDayId } });
    await tx.confirmationGathering.update({ where: { id: gatheringId }, data: { version: { increment: 1 } } });
    return gatheringId;
  });
}

/** Marks a gathering changed (a verdict on one of its days), so its card is rendered again. */
export async function touchGathering(db: DbOrTx, gatheringId: number): Promise<void> {
  await db.confirmationGathering.update({ where: { id: gatheringId }, data: { version: { increment: 1 } } });
}

/** A gathering with its days, or null when unknown. */
export async function findGathering(db: DbOrTx, gatheringId: number): Promise<GatheringRecord | null> {
  const found = await db.confirmationGathering.findUnique({
    where: { id: gatheringId },
    select: {
      id: true,
      headId: true,
      version: true,
      items: { select: { serviceDayId: true }, orderBy: { id: 'asc' } },
    },
  });
  return (
    found && {
      id: found.id,
      headId: found.headId,
      version: found.version,
      serviceDayIds: found.items.map((item) => item.serviceDayId),
    }
  );
}

/** The gathering's current version (0 when unknown). */
export async function gatheringVersion(db: DbOrTx, gatheringId: number): Promise<number> {
  const found = await db.confirmationGathering.findUnique({ where: { id: gatheringId }, select: { version: true } });
  return found?.version ?? 0;
}

/** The gatherings a day is on (one per clinic head it was gathered for). */
export async function gatheringsOfDay(db: DbOrTx, serviceDayId: number): Promise<number[]> {
  const items = await db.confirmationGatheringItem.findMany({ where: { serviceDayId }, select: { gatheringId: true } });
  return items.map((item) => item.gatheringId);
}
