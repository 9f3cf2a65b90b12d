import type { Notifier } from '../core/create-context.js';
import type { Calendar } from './calendar.js';

/**
 * What a scheduled job gets: a notifier (writes to the delivery ledger, keyed so the same notice for
 * the same reason is queued once), the working-day calendar, and the slot it runs for.
 */
export interface JobContext extends Notifier {
  readonly calendar: Calendar;
  /** The slot being run, e.g. `2026-11-23` or `2026-11-23T07:30`. */
  readonly slot: string;
}

/**
 * A scheduled job: one file per job under src/scheduler/jobs/, listed in src/scheduler/jobs/index.ts.
 * The scheduler fires it on `cron` (in BOT_TIMEZONE), computes the slot, claims `(name, slot)` in the
 * job-runs table (so a slot runs once across restarts and replicas), and runs it. Jobs only enqueue
 * into the delivery ledger, with idempotency keys derived from job, slot and recipient.
 */
export interface ScheduledJob {
  /** Stable name, e.g. `duty-reminder-morning`; part of every idempotency key. */
  name: string;
  /** node-cron expression evaluated in BOT_TIMEZONE (program-specific times are checked in `run`). */
  cron: string;
  /** The slot an instant belongs to (usually its local date, or date+time for sub-daily jobs). */
  slotOf(now: Date, timeZone: string): string;
  /**
   * Whether a slot missed while the service was down is still worth running at `now` (a morning
   * reminder at 14:00 is not). Asked only for catch-up (on start and in the scheduler's five-minute
   * sweep) about the job's latest fire before `now`; a slot not worth it is recorded SKIPPED.
   */
  stillUseful(slot: string, now: Date, timeZone: string): boolean;
  run(ctx: JobContext): Promise<void>;
}
