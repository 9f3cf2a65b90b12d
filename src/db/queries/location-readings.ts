import type {
  CoordinateSystem,
  LocationReading,
  ReadingPurpose,
  ReadingVerdict,
} from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { appendChainLinks, type WrittenRow } from './record-chain.js';
import { inTransaction, unlessDuplicate, type Tx } from './transaction.js';

/**
 * Position readings — the check-in page's device readings and chat location messages — and the
 * single-use record of the page's links. Readings are evidence: appended, never updated or deleted.
 */

/** Where a reading came from: the page's APIs, or a chat location message (a place picked on a map). */
export const LOCATION_MESSAGE_SOURCE = 'LOCATION_MESSAGE';

/**
 * The readings that make a day 设备定位核验: inside the fence and through a signed link of the page. A
 * chat location message (no link) inside the fence is 位置消息, never device evidence.
 */
export const DEVICE_VERIFYING_READING = { verdict: 'WITHIN_FENCE', linkId: { not: null } } as const;

/** One reading as the server judged it. */
export interface NewLocationReading {
  personId: number;
  institutionId: number | null;
  serviceDayId: number | null;
  purpose: ReadingPurpose;
  source: string;
  latitude: number;
  longitude: number;
  /** Null for a location message (no accuracy). */
  accuracyM: number | null;
  /** Null when the platform does not state the system. */
  coordinateSystem: CoordinateSystem | null;
  deviceTime: Date | null;
  receivedAt: Date;
  distanceM: number | null;
  radiusM: number;
  verdict: ReadingVerdict;
  /** The page's link; null for a location message. */
  linkId: string | null;
  /** The chat message id of a location message; null for the page's readings. */
  sourceId?: string | null;
  /** SPOT_CHECK only: the sampled visit (`<seed>:<planned date id>`). */
  spotCheckKey?: string | null;
}

/** Appends a reading and its link of the physician's record chain, in one transaction. */
async function appendChained(tx: Tx, reading: NewLocationReading): Promise<LocationReading> {
  const appended = await insertReadingRow(tx, reading);
  await appendChainLinks(tx, reading.personId, [readingLink(appended)], reading.receivedAt);
  return appended;
}

/**
 * Inserts a reading in the caller's transaction, which must also append its link ({@link readingLink})
 * with the other rows it writes: a check-in's location message is stored with the day it created.
 */
export function insertReadingRow(tx: Tx, reading: NewLocationReading): Promise<LocationReading> {
  return tx.locationReading.create({ data: reading });
}

/** A reading's entry for `appendChainLinks`: its link records when the reading arrived. */
export function readingLink(reading: LocationReading): WrittenRow {
  return { kind: 'reading', id: reading.id, row: reading, at: reading.receivedAt };
}

/** Appends a reading. */
export function appendLocationReading(db: DbOrTx, reading: NewLocationReading): Promise<LocationReading> {
  return inTransaction(db, (tx) => appendChained(tx, reading));
}

/**
 * Appends an inspector's SPOT_CHECK reading, outside any record chain: it is the inspector's evidence
 * about a check, not the physician's record (no service day, no physician's chain — and an inspector who
 * is also a physician keeps a chain of their own service only; see `coveredEntitiesOf`).
 */
export function appendSpotCheckReading(
  db: DbOrTx,
  reading: Omit<NewLocationReading, 'purpose' | 'serviceDayId' | 'spotCheckKey'> & { spotCheckKey: string },
): Promise<LocationReading> {
  return db.locationReading.create({ data: { ...reading, purpose: 'SPOT_CHECK', serviceDayId: null } });
}

/** The latest SPOT_CHECK reading of each key, by key (what the draw card and `/抽查 结果` show). */
export async function latestSpotCheckReadings(
  db: DbOrTx,
  keys: readonly string[],
): Promise<Map<string, LocationReading>> {
  if (keys.length === 0) return new Map();
  const rows = await db.locationReading.findMany({
    where: { purpose: 'SPOT_CHECK', spotCheckKey: { in: [...keys] } },
    orderBy: { id: 'asc' },
  });
  return new Map(rows.flatMap((row) => (row.spotCheckKey === null ? [] : [[row.spotCheckKey, row] as const])));
}

/**
 * Appends the reading of a chat location message once per message: a redelivered message finds its
 * reading there already (unique `source_id`) and appends nothing. Returns the new row, or null.
 */
export function appendMessageReadingOnce(
  db: DbOrTx,
  reading: NewLocationReading & { sourceId: string },
): Promise<LocationReading | null> {
  return unlessDuplicate(db, (tx) => appendChained(tx, reading));
}

/** The readings of a service day, oldest first. */
export function listReadingsOfServiceDay(db: DbOrTx, serviceDayId: number): Promise<LocationReading[]> {
  return db.locationReading.findMany({ where: { serviceDayId }, orderBy: { id: 'asc' } });
}

/** The service days, among `ids`, that have a device reading inside the fence (设备定位核验). */
export async function serviceDaysWithDeviceVerification(db: DbOrTx, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.locationReading.findMany({
    where: { serviceDayId: { in: [...ids] }, ...DEVICE_VERIFYING_READING },
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
