import type { JobRun } from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import type { DbOrTx } from '../client.js';
import { unlessDuplicate } from './transaction.js';

/**
 * Scheduled-job bookkeeping. A run is claimed by inserting the unique pair (job, slot): the database
 * decides which of several replicas (or a restarted process) runs a slot, and it runs once.
 */

/** A claim on one slot of a job, e.g. `duty-reminder` / `2023-08-15`. */
export interface JobClaim {
  job: string;
  slot: string;
  /** Who claims it (replica id), for the operator view. */
  claimedBy: string;
  at: Date;
}

/** Claims a slot; true only for the first claimer, false when the slot was already claimed. */
export async function claimJobSlot(db: DbOrTx, claim: JobClaim): Promise<boolean> {
  const { job, slot, claimedBy, at } = claim;
  const run = await unlessDuplicate(db, (tx) => tx.jobRun.create({ data: { job, slot, claimedBy, startedAt: at } }));
  return run !== null;
}

/** How a claimed run ended. */
export interface JobRunEnd {
  job: string;
  slot: string;
  status: 'DONE' | 'FAILED' | 'SKIPPED';
  detail?: string;
  at: Date;
}

/** Records how a claimed run ended. An unclaimed slot is NOT_FOUND. */
export async function finishJobRun(db: DbOrTx, end: JobRunEnd): Promise<JobRun> {
  const { job, slot } = end;
  const run = await db.jobRun.findUnique({ where: { job_slot: { job, slot } }, select: { id: true } });
  if (!run) throw new QueryRefusal('JOB_RUN_NOT_FOUND', { job, slot });
  return db.jobRun.update({
    where: { id: run.id },
    data: { status: end.status, detail: end.detail ?? '', finishedAt: end.at },
  });
}

/** The latest claimed run of a job, or null when it never ran. */
export function findLastJobRun(db: DbOrTx, job: string): Promise<JobRun | null> {
  return db.jobRun.findFirst({ where: { job }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }] });
}

/** The most recent runs, newest first, optionally of one job. */
export function listRecentJobRuns(db: DbOrTx, limit: number, filter: { job?: string } = {}): Promise<JobRun[]> {
  return db.jobRun.findMany({ where: filter, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take: limit });
}

/**
 * Takes over a slot still RUNNING since before `staleBefore` (the replica running it died): the run
 * becomes this claimer's, started at `at`. True only for the one claimer whose update matched; the
 * update's condition makes concurrent takeovers of one slot exclusive.
 */
export async function takeOverStaleJobRun(db: DbOrTx, claim: JobClaim & { staleBefore: Date }): Promise<boolean> {
  const { job, slot, claimedBy, at, staleBefore } = claim;
  const { count } = await db.jobRun.updateMany({
    where: { job, slot, status: 'RUNNING', startedAt: { lt: staleBefore } },
    data: { claimedBy, startedAt: at },
  });
  return count === 1;
}

/** How long finished job runs are kept: long enough for `/任务` and for any catch-up to see a slot's run. */
export const JOB_RUN_RETENTION_DAYS = 30;

/**
 * Deletes runs that finished (DONE, FAILED, SKIPPED) more than the retention period before `now`; a
 * RUNNING one is never touched. Returns how many were deleted.
 */
export async function pruneFinishedJobRuns(db: DbOrTx, now: Date): Promise<number> {
  const before = new Date(now.getTime() - JOB_RUN_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.jobRun.deleteMany({ where: { status: { not: 'RUNNING' }, startedAt: { lt: before } } });
  return count;
}
