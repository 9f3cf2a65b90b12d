import type { DbOrTx } from '../client.js';
import { underRegionPath } from './filters.js';
import { inTransaction, unlessDuplicate } from './transaction.js';

/**
 * The satisfaction survey (满意度调查): one sample per year and scope (`survey_samples`), its sampled
 * service days with the clinic head's answer (`survey_sample_items`), and the calls' results, append-only
 * (`survey_call_results`). No row holds a resident's name or phone.
 */

/** Where the clinics of a survey lie: every region (null) or under these paths. */
type RegionPaths = readonly string[] | null;

const clinicsUnder = (paths: RegionPaths) =>
  paths === null ? {} : { OR: paths.map((path) => ({ regionPath: underRegionPath(path) })) };

/** A service day of the sampling frame: which clinic, which date. */
export interface FrameDay {
  id: number;
  institutionId: number;
  serviceDate: string;
  regionPath: string;
}

/** The service days from `from` to `to` (inclusive) at clinics under `paths`, by id. */
export async function listSurveyFrame(db: DbOrTx, paths: RegionPaths, from: string, to: string): Promise<FrameDay[]> {
  const days = await db.serviceDay.findMany({
    where: { serviceDate: { gte: from, lte: to }, institution: clinicsUnder(paths) },
    select: { id: true, institutionId: true, serviceDate: true, institution: { select: { regionPath: true } } },
    orderBy: { id: 'asc' },
  });
  return days.map((day) => ({ ...day, regionPath: day.institution.regionPath }));
}

/** A sample to store: its key, seed and the drawn days in order. */
export interface NewSurveySample {
  year: string;
  scopeKey: string;
  seed: string;
  size: number;
  drawnById: number | null;
  at: Date;
  days: readonly FrameDay[];
}

/**
 * Stores a sample with its items (序号 1…n in draw order), then runs `alsoDo` in the same transaction.
 * Returns the new sample's id, or null (nothing written) when the year and scope already have one: the
 * unique key decides between two draws at once, not a read before.
 */
export async function createSurveySample(
  db: DbOrTx,
  input: NewSurveySample,
  alsoDo: (tx: DbOrTx) => Promise<void>,
): Promise<number | null> {
  const { days, ...sample } = input;
  return unlessDuplicate(db, async (tx) => {
    const created = await tx.surveySample.create({ data: sample });
    await tx.surveySampleItem.createMany({
      data: days.map((day, index) => ({
        sampleId: created.id,
        position: index + 1,
        serviceDayId: day.id,
        institutionId: day.institutionId,
        regionPath: day.regionPath,
        serviceDate: day.serviceDate,
      })),
    });
    await alsoDo(tx);
    return created.id;
  });
}

const CALLS_OLDEST_FIRST = { calls: { orderBy: { revision: 'asc' } } } as const;

/** The sample of a year and scope with every item (by 序号) and its calls (oldest first), or null. */
export function findSurveySample(db: DbOrTx, year: string, scopeKey: string) {
  return db.surveySample.findUnique({
    where: { year_scopeKey: { year, scopeKey } },
    include: { items: { include: CALLS_OLDEST_FIRST, orderBy: { position: 'asc' } } },
  });
}

/** A full sample as stored. */
export type StoredSurveySample = NonNullable<Awaited<ReturnType<typeof findSurveySample>>>;

/** One sampled item with its sample and calls, or null. */
export function findSurveyItem(db: DbOrTx, itemId: number) {
  return db.surveySampleItem.findUnique({ where: { id: itemId }, include: { ...CALLS_OLDEST_FIRST, sample: true } });
}

/** The service days of these ids with clinic and physician names, by id. */
export async function surveyDayNames(
  db: DbOrTx,
  serviceDayIds: readonly number[],
): Promise<Map<number, { clinic: string; physician: string }>> {
  const days = await db.serviceDay.findMany({
    where: { id: { in: [...serviceDayIds] } },
    select: { id: true, institution: { select: { name: true } }, physician: { select: { name: true } } },
  });
  return new Map(days.map((day) => [day.id, { clinic: day.institution.name, physician: day.physician.name }]));
}

/**
 * Records the clinic head's answer for a sampled day once, then runs `alsoDo` in the same transaction: a
 * conditional update, so of two presses (or two heads) only the first is stored. Returns whether this one was.
 */
export async function answerSurveyContact(
  db: DbOrTx,
  itemId: number,
  answer: { reply: string; byId: number; at: Date },
  alsoDo: (tx: DbOrTx) => Promise<void>,
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const { count } = await tx.surveySampleItem.updateMany({
      where: { id: itemId, contactReply: null },
      data: { contactReply: answer.reply, contactById: answer.byId, contactAt: answer.at },
    });
    if (count === 1) await alsoDo(tx);
    return count === 1;
  });
}

/**
 * Appends a call's result as the item's next revision, then runs `alsoDo` in the same transaction.
 * Returns the revision, or null when someone else appended that revision at the same moment.
 */
export async function appendSurveyCall(
  db: DbOrTx,
  call: { itemId: number; result: string; note: string; byId: number; at: Date },
  alsoDo: (tx: DbOrTx, revision: number) => Promise<void>,
): Promise<number | null> {
  return unlessDuplicate(db, async (tx) => {
    const revision = (await tx.surveyCallResult.count({ where: { itemId: call.itemId } })) + 1;
    await tx.surveyCallResult.create({ data: { ...call, revision } });
    await alsoDo(tx, revision);
    return revision;
  });
}
