import { WORK_LOG_METRICS, type WorkLogMetric, type WorkLogValues } from '../../domain/work-log.js';
import type { Prisma, WorkLog, WorkLogRevision } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { datesInMonth, underRegionPath } from './filters.js';
import { appendChainLinks } from './record-chain.js';
import { inTransaction } from './transaction.js';

/**
 * The day's work log (one per service day). Every write bumps `version` and appends a revision holding
 * that version's values, so an edited figure can always be traced.
 */

export { WORK_LOG_METRICS, type WorkLogMetric, type WorkLogValues };

/** A write to a day's log: the figures given replace the current ones; omitted figures stay. */
export interface WorkLogInput {
  serviceDayId: number;
  values: Partial<WorkLogValues>;
  note?: string;
  authorId: number;
  at: Date;
}

/** A log with its revisions, oldest first. */
export type WorkLogWithHistory = WorkLog & { revisions: WorkLogRevision[] };

function valuesOf(log: WorkLog): WorkLogValues & { note: string } {
  const values = Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, log[m]])) as WorkLogValues;
  return { ...values, note: log.note };
}

/**
 * Writes the day's log in one transaction: the first write creates version 1, a later one updates the
 * figures and bumps the version; either way a revision with the resulting values is appended.
 */
export function saveWorkLog(db: DbOrTx, input: WorkLogInput): Promise<{ log: WorkLog; created: boolean }> {
  const { serviceDayId, authorId, at } = input;
  const fields = { ...input.values, ...(input.note === undefined ? {} : { note: input.note }) };
  return inTransaction(db, async (tx) => {
    const existing = await tx.workLog.findUnique({ where: { serviceDayId }, select: { id: true } });
    const log = existing
      ? await tx.workLog.update({ where: { id: existing.id }, data: { ...fields, version: { increment: 1 } } })
      : await tx.workLog.create({ data: { ...fields, serviceDayId, authorId } });
    await tx.workLogRevision.create({
      data: { workLogId: log.id, version: log.version, values: valuesOf(log), editedById: authorId, editedAt: at },
    });
    const day = await tx.serviceDay.findUniqueOrThrow({ where: { id: serviceDayId }, select: { physicianId: true } });
    await appendChainLinks(tx, day.physicianId, [{ kind: 'log', id: log.id, row: log }], at);
    return { log, created: !existing };
  });
}

/** The log of a service day with its revisions, or null when none was written. */
export function getWorkLogWithHistory(db: DbOrTx, serviceDayId: number): Promise<WorkLogWithHistory | null> {
  return db.workLog.findUnique({ where: { serviceDayId }, include: { revisions: { orderBy: { version: 'asc' } } } });
}

/** Summed figures, and how many logs they come from. */
export type WorkLogTotals = WorkLogValues & { logs: number };

const SUM_ALL_METRICS = Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, true])) as Record<WorkLogMetric, true>;

/** Sums the figures of the logs of the matching service days in one SQL aggregate. */
async function sumWorkLogs(db: DbOrTx, days: Prisma.ServiceDayWhereInput): Promise<WorkLogTotals> {
  const result = await db.workLog.aggregate({
    where: { serviceDay: days },
    _sum: SUM_ALL_METRICS,
    _count: { _all: true },
  });
  const sums = Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, result._sum[m] ?? 0])) as WorkLogValues;
  return { ...sums, logs: result._count._all };
}

/** Totals over a set of service days. */
export function sumWorkLogsForServiceDays(db: DbOrTx, serviceDayIds: readonly number[]): Promise<WorkLogTotals> {
  return sumWorkLogs(db, { id: { in: [...serviceDayIds] } });
}

/** Totals of a physician's days in a month, optionally of one program. */
export function sumWorkLogsForPhysicianInMonth(
  db: DbOrTx,
  physicianId: number,
  month: string,
  filter: { programId?: number } = {},
): Promise<WorkLogTotals> {
  return sumWorkLogs(db, { physicianId, serviceDate: datesInMonth(month), ...filter });
}

/** Totals of the days at clinics in the subtree of a region path in a month, optionally of one program. */
export function sumWorkLogsInRegionForMonth(
  db: DbOrTx,
  regionPath: string,
  month: string,
  filter: { programId?: number } = {},
): Promise<WorkLogTotals> {
  return sumWorkLogs(db, {
    institution: { regionPath: underRegionPath(regionPath) },
    serviceDate: datesInMonth(month),
    ...filter,
  });
}
