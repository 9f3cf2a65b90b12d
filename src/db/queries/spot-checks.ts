import type { SpotCheckOutcome } from '../../generated/sqlite/client.js';
import type { SpotCheckFinding } from '../../records/service-day-state.js';
import { isFailedSpotCheck } from '../../spot-check/spot-check-outcome.js';
import type { DbOrTx } from '../client.js';
import { datesInMonth, underRegionPath } from './filters.js';
import { lockAuditEntry } from './row-locks.js';
import { unlessDuplicate, type Tx } from './transaction.js';

/**
 * Spot checks (四不两直): the draw lives in its `spotCheck.draw` audit entry (entity id = the seed), the
 * outcomes in `spot_check_outcomes`, one per sampled visit.
 */

/** What a draw's audit entry says: who drew it, which planned dates it sampled, and the rest as stored. */
export interface SpotCheckDraw {
  /** The audit entry's id: the row `recordSpotCheckOutcome` locks. */
  entryId: number;
  drawnById: number | null;
  sampled: number[];
  /** The entry's details (seed, period, candidates, sample), for the feature to read. */
  details: Record<string, unknown>;
}

/** The draw of this seed, or null when no draw has it (a forged or foreign card). */
export async function findSpotCheckDraw(db: DbOrTx, seed: string): Promise<SpotCheckDraw | null> {
  const entry = await db.auditLog.findFirst({ where: { action: 'spotCheck.draw', entityId: seed } });
  if (!entry) return null;
  const details = (entry.details ?? {}) as Record<string, unknown>;
  const { sampled } = details;
  return {
    entryId: entry.id,
    drawnById: entry.actorId,
    sampled: Array.isArray(sampled) ? sampled.filter(Number.isInteger) : [],
    details,
  };
}

/** The latest draw `personId` made, with its seed, or null when they drew none. */
export async function findLatestSpotCheckDrawBy(
  db: DbOrTx,
  personId: number,
): Promise<(SpotCheckDraw & { seed: string }) | null> {
  const entry = await db.auditLog.findFirst({
    where: { action: 'spotCheck.draw', actorId: personId },
    orderBy: { id: 'desc' },
  });
  if (!entry?.entityId) return null;
  const draw = await findSpotCheckDraw(db, entry.entityId);
  return draw && { ...draw, seed: entry.entityId };
}

/** The outcomes recorded so far for a draw's sampled visits. */
export function listOutcomesOfDraw(db: DbOrTx, seed: string): Promise<SpotCheckOutcome[]> {
  return db.spotCheckOutcome.findMany({ where: { seed }, orderBy: { id: 'asc' } });
}

/** A sampled planned date with its clinic and physician, and the service day recorded for it, if any. */
export async function findSampledVisit(db: DbOrTx, plannedDateId: number) {
  const planned = await db.assignmentPlannedDate.findUnique({
    where: { id: plannedDateId },
    include: { assignment: { include: { institution: true, physician: true } } },
  });
  if (!planned) return null;
  const { physicianId, institutionId } = planned.assignment;
  const serviceDay = await db.serviceDay.findUnique({
    where: { physicianId_institutionId_serviceDate: { physicianId, institutionId, serviceDate: planned.date } },
  });
  return { planned, serviceDay };
}

/** A found outcome to store. */
export type SpotCheckOutcomeInput = Omit<SpotCheckOutcome, 'id'>;

/**
 * Stores an outcome of `draw`, then runs `alsoDo` in the same transaction. Returns false (and nothing is
 * written) when this sampled visit already has one: the unique key decides between two presses, not a
 * read before. The draw is locked first, so the presses on one draw card (any of its visits) are
 * serialized until each one's transaction ends, and what `alsoDo` reads and queues follows that order.
 */
export async function recordSpotCheckOutcome(
  db: DbOrTx,
  draw: Pick<SpotCheckDraw, 'entryId'>,
  input: SpotCheckOutcomeInput,
  alsoDo: (tx: Tx) => Promise<void>,
): Promise<boolean> {
  const stored = await unlessDuplicate(db, async (tx) => {
    await lockAuditEntry(tx, draw.entryId);
    await tx.spotCheckOutcome.create({ data: input });
    await alsoDo(tx);
    return true;
  });
  return stored ?? false;
}

/** Outcomes recorded at clinics under any of `regionPaths` (all when null) for service dates in `month`. */
export function listSpotCheckOutcomes(
  db: DbOrTx,
  month: string,
  regionPaths: readonly string[] | null,
): Promise<SpotCheckOutcome[]> {
  return db.spotCheckOutcome.findMany({
    where: {
      serviceDate: datesInMonth(month),
      ...(regionPaths === null ? {} : { OR: regionPaths.map((path) => ({ regionPath: underRegionPath(path) })) }),
    },
    orderBy: [{ regionPath: 'asc' }, { serviceDate: 'asc' }],
  });
}

/** The current confirmation status of each of these service days, by id. */
export async function confirmationStatusesOf(
  db: DbOrTx,
  serviceDayIds: readonly number[],
): Promise<Map<number, string>> {
  const days = await db.serviceDay.findMany({
    where: { id: { in: [...serviceDayIds] } },
    select: { id: true, confirmationStatus: true },
  });
  return new Map(days.map((day) => [day.id, day.confirmationStatus]));
}

/** The names of the regions at these paths, by path. */
export async function regionNamesByPath(db: DbOrTx, paths: readonly string[]): Promise<Map<string, string>> {
  const regions = await db.region.findMany({ where: { path: { in: [...paths] } }, select: { path: true, name: true } });
  return new Map(regions.map((region) => [region.path, region.name]));
}

/** The names of the institutions with these ids, by id. */
export async function institutionNamesById(db: DbOrTx, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await db.institution.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * The spot checks of the recorded days dated `from` to `to`, by service day id, in the order recorded:
 * what the state model reads as the day's 已抽查 / 抽查不符. Checks are few, so the date range is the
 * filter (never a list of every day's id).
 */
export async function listSpotCheckFindings(
  db: DbOrTx,
  range: { from: string; to: string },
): Promise<Map<number, SpotCheckFinding[]>> {
  const rows = await db.spotCheckOutcome.findMany({
    where: { serviceDate: { gte: range.from, lte: range.to }, serviceDayId: { not: null } },
    select: { serviceDayId: true, outcome: true },
    orderBy: { id: 'asc' },
  });
  const findings = new Map<number, SpotCheckFinding[]>();
  for (const row of rows) {
    if (row.serviceDayId === null) continue;
    findings.set(row.serviceDayId, [
      ...(findings.get(row.serviceDayId) ?? []),
      { passed: !isFailedSpotCheck(row.outcome) },
    ]);
  }
  return findings;
}
