import type { Prisma } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { LOG_SELECT } from './workload-facts.js';

/**
 * The rows of a physician's service record (`/我的记录` export and printable page): every service day of
 * a date range with what a reader of the record needs to check it — check points with their distances,
 * the clinic head's latest verdict and who gave it, the correction that made a 补卡 day and who approved
 * it, and the day's work log. The figures themselves come from the catalogue (`listServiceDayFacts`).
 */

const RECORD_DAY_SELECT = {
  id: true,
  serviceDate: true,
  checkInAt: true,
  checkInDistanceM: true,
  checkOutAt: true,
  checkOutDistanceM: true,
  locationVerifiedDistanceM: true,
  institution: { select: { name: true } },
  program: { select: { code: true, name: true } },
  confirmations: { select: { status: true, byId: true, at: true, note: true }, orderBy: { id: 'desc' }, take: 1 },
  correction: { select: { reason: true, decidedById: true, decidedAt: true } },
  readings: { where: { verdict: 'WITHIN_FENCE' }, select: { distanceM: true }, orderBy: { id: 'asc' }, take: 1 },
  workLog: { select: { ...LOG_SELECT, note: true, version: true } },
} satisfies Prisma.ServiceDaySelect;

/** One service day as the record lists it. */
export type RecordDayRow = Prisma.ServiceDayGetPayload<{ select: typeof RECORD_DAY_SELECT }>;

/** A physician's service days in an inclusive date range, by date then id. */
export function listRecordDays(
  db: DbOrTx,
  query: { physicianId: number; from: string; to: string },
): Promise<RecordDayRow[]> {
  return db.serviceDay.findMany({
    where: { physicianId: query.physicianId, serviceDate: { gte: query.from, lte: query.to } },
    select: RECORD_DAY_SELECT,
    orderBy: [{ serviceDate: 'asc' }, { id: 'asc' }],
  });
}

/** The names of people by id (who confirmed a day, who approved a correction). */
export async function personNamesById(db: DbOrTx, ids: readonly number[]): Promise<Map<number, string>> {
  const people = await db.person.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  });
  return new Map(people.map((p) => [p.id, p.name]));
}

/** The programs a physician has service days in, with their settings (for requirement lines). */
export function listProgramsOfPhysicianDays(
  db: DbOrTx,
  physicianId: number,
): Promise<{ id: number; code: string; name: string; settings: Prisma.JsonValue }[]> {
  return db.program.findMany({
    where: { serviceDays: { some: { physicianId } } },
    select: { id: true, code: true, name: true, settings: true },
    orderBy: { id: 'asc' },
  });
}
