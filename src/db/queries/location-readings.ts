import type {
  CoordinateSystem,
  LocationReading,
  ReadingPurpose,
  ReadingVerdict,
} from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { appendChainLinks } from './record-chain.js';
import { inTransaction, unlessDuplicate } from './transaction.js';

/**
 * Device position readings from the check-in page, and the single-use record of its links. Readings are
 * evidence: appended, never updated or deleted.
 */

/** One reading as the server judged it. */
export interface NewLocationReading {
  personId: number;
  institutionId: number | null;
  serviceDayId: number | null;
  purpose: ReadingPurpose;
  source: string;
  latitude: number;
  longitude: number;
  accuracyM: number;
  coordinateSystem: CoordinateSystem;
  deviceTime: Date | null;
  receivedAt: Date;
  distanceM: number | null;
  radiusM: number;
  verdict: ReadingVerdict;
  linkId: string;
}

/** Appends a reading. */
export function appendLocationReading(db: DbOrTx, reading: NewLocationReading): Promise<LocationReading> {
  return inTransaction(db, async (tx) => {
    const appended = await tx.locationReading.create({ data: reading });
    await appendChainLinks(
      tx,
      reading.personId,
      [{ kind: 'reading', id: appended.id, row: appended }],
      reading.receivedAt,
    );
    return appended;
  });
}

/** The readings of a service day, oldest first. */
export function listReadingsOfServiceDay(db: DbOrTx, serviceDayId: number): Promise<LocationReading[]> {
  return db.locationReading.findMany({ where: { serviceDayId }, orderBy: { id: 'asc' } });
}

/** The service days, among `ids`, that have a device reading inside the fence (设备定位核验). */
export async function serviceDaysWithDeviceVerification(db: DbOrTx, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.locationReading.findMany({
    where: { serviceDayId: { in: [...ids] }, verdict: 'WITHIN_FENCE' },
    select: { serviceDayId: true },
    distinct: ['serviceDayId'],
  });
  return new Set(rows.flatMap((r) => (r.serviceDayId === null ? [] : [r.serviceDayId])));
}

/** Whether a check-in link has been used. */
export async function isCheckinLinkUsed(db: DbOrTx, linkId: string): Promise<boolean> {
  return (await db.checkinLinkUse.findUnique({ where: { linkId } })) !== null;
}

/**
 * Marks a link used. False when it already was (another request with the same link won): the unique
 * key decides, so of two concurrent uses exactly one gets true.
 */
export async function markCheckinLinkUsed(db: DbOrTx, linkId: string, personId: number, at: Date): Promise<boolean> {
  const row = await unlessDuplicate(db, (tx) => tx.checkinLinkUse.create({ data: { linkId, personId, usedAt: at } }));
  return row !== null;
}
