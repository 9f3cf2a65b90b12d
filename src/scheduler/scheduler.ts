import cron from 'node-cron';
import type { Notifier } from '../core/create-context.js';
import type { Db } from '../db/client.js';
import { claimJobSlot, finishJobRun, takeOverStaleJobRun } from '../db/queries/job-runs.js';
import type { Logger } from '../log/logger.js';
import type { Clock } from '../time/clock.js';
import type { Calendar } from './calendar.js';
import { assertSupportedCron, nextFire, previousFire } from './cron-times.js';
import type { ScheduledJob } from './job.js';

/** The part of node-cron the scheduler uses (tests pass a recorder). */
export interface CronApi {
  schedule(expression: string, fn: () => void, options: { timezone: string; name: string }): { destroy(): unknown };
}

/** What the scheduler needs. */
export interface SchedulerOptions {
  db: Db;
  clock: Clock;
  log: Logger;
  /** BOT_TIMEZONE: cron expressions and slots are read in it. */
  timeZone: string;
  /** Writes jobs' messages to the delivery ledger. */
  notifier: Notifier;
  calendar: Calendar;
  jobs: readonly ScheduledJob[];
  /** This replica's id, recorded on the slots it claims. */
  replicaId: string;
  /**
   * A slot still RUNNING after this long was left by a dead process and is run again. Safe because
   * jobs only enqueue with idempotency keys from job, slot and recipient: a rerun queues nothing twice.
   */
  staleAfterMs?: number;
  cron?: CronApi;
}

/** Default age after which a RUNNING slot is taken over. */
export const STALE_RUN_MS = 15 * 60_000;
/**
 * How often missed slots are looked for while running: slots left RUNNING by a dead replica become
 * stale, and a replica that was paused (or a clock that jumped) may have skipped a fire.
 */
export const SWEEP_CRON = '*/5 * * * *';

/** Why a slot is being run: its fire is now, or it was missed and is caught up. */
type Occasion = 'due' | 'catchUp';

/**
 * Runs the scheduled jobs: node-cron fires each job in the bot's time zone; the slot is claimed in the
 * job-runs table first, so across replicas and restarts each slot runs once. On start, and every five
 * minutes, the latest slot of each job is caught up if nobody ran it and it is still useful (a missed
 * slot that is not is recorded SKIPPED). A job's failure is logged and recorded FAILED, never thrown.
 */
export class Scheduler {
  private readonly tasks: { destroy(): unknown }[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  /** The slot runs of this replica, one after another (see `serially`). */
  private queue: Promise<void> = Promise.resolve();
  private readonly log: Logger;

  /** @throws BotError CONFIG_INVALID when a job's cron expression cannot be evaluated. */
  constructor(private readonly options: SchedulerOptions) {
    options.jobs.forEach((job) => assertSupportedCron(job.cron));
    this.log = options.log.child({ component: 'scheduler', replicaId: options.replicaId });
  }

  /** Registers one cron task per job (and the sweep), then catches up missed slots. */
  async start(): Promise<void> {
    const api = this.options.cron ?? cron;
    const timezone = this.options.timeZone;
    for (const job of this.options.jobs) {
      const fire = () => this.track(this.fire(job, this.options.clock.now()));
      this.tasks.push(api.schedule(job.cron, fire, { timezone, name: `job:${job.name}` }));
    }
    const sweep = () => this.track(this.catchUp(this.options.clock.now()));
    this.tasks.push(api.schedule(SWEEP_CRON, sweep, { timezone, name: 'job:sweep' }));
    await this.catchUp(this.options.clock.now());
  }

  /** Stops firing and waits for runs in flight. */
  async stop(): Promise<void> {
    for (const task of this.tasks.splice(0)) await task.destroy();
    await Promise.all(this.inFlight);
  }

  /**
   * Runs every job whose cron fires in the minute of `now` (what the cron tasks do; tests call it).
   * Jobs read the time from the clock, so `now` should be the clock's (the default).
   */
  async tick(now: Date = this.options.clock.now()): Promise<void> {
    await Promise.all(this.options.jobs.map((job) => this.fire(job, now)));
  }

  /**
   * The instants after `after` and up to `upTo` at which some job fires, earliest first, each once: what
   * a simulated clock jumping over that span must run (src/simulation/advance.ts).
   */
  firesBetween(after: Date, upTo: Date): Date[] {
    const instants = new Set<number>();
    for (const job of this.options.jobs) {
      for (let fire = nextFire(job.cron, after, this.options.timeZone); fire && fire <= upTo;) {
        instants.add(fire.getTime());
        fire = nextFire(job.cron, fire, this.options.timeZone);
      }
    }
    return [...instants].sort((a, b) => a - b).map((ms) => new Date(ms));
  }

  /** For each job, runs its latest slot before `now` if nobody has and it is still useful. */
  async catchUp(now: Date): Promise<void> {
    await Promise.all(
      this.options.jobs.map(async (job) => {
        const fire = previousFire(job.cron, now, this.options.timeZone);
        if (fire) await this.serially(() => this.runSlot(job, fire, now, 'catchUp'));
      }),
    );
  }

  private async fire(job: ScheduledJob, now: Date): Promise<void> {
    const fire = previousFire(job.cron, now, this.options.timeZone);
    if (fire && now.getTime() - fire.getTime() < 60_000) await this.serially(() => this.runSlot(job, fire, now, 'due'));
  }

  /**
   * Runs a replica's slots one at a time: jobs are short (they only enqueue), and one after another
   * they keep the load of a catch-up sweep flat. (The SQLite write lost between concurrent slots that
   * first motivated this is fixed for every caller in src/db/serialized-sqlite.ts.)
   */
  private serially(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work);
    this.queue = run;
    return run;
  }

  private track(run: Promise<void>): void {
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
  }

  /** Claims and runs one slot; never throws. */
  private async runSlot(job: ScheduledJob, fire: Date, now: Date, occasion: Occasion): Promise<void> {
    const { db, timeZone } = this.options;
    let slot: string | undefined;
    try {
      slot = job.slotOf(fire, timeZone);
      const useful = occasion === 'due' || job.stillUseful(slot, now, timeZone);
      if (!(await this.acquire(job.name, slot, now))) return;
      if (!useful) {
        await finishJobRun(db, { job: job.name, slot, status: 'SKIPPED', detail: 'missed', at: now });
        this.log.info({ job: job.name, slot }, 'missed slot no longer useful: skipped');
        return;
      }
      const detail = await this.execute(job, slot);
      const status = detail === undefined ? 'DONE' : 'FAILED';
      await finishJobRun(db, { job: job.name, slot, status, detail: detail ?? '', at: this.options.clock.now() });
    } catch (error) {
      this.log.error({ err: error, job: job.name, slot }, 'scheduler failed to run a slot');
    }
  }

  /** Runs the job; undefined when it succeeded, else what went wrong. */
  private async execute(job: ScheduledJob, slot: string): Promise<string | undefined> {
    try {
      await job.run({ ...this.options.notifier, calendar: this.options.calendar, slot });
      this.log.info({ job: job.name, slot }, 'job done');
      return undefined;
    } catch (error) {
      this.log.error({ err: error, job: job.name, slot }, 'job failed');
      return error instanceof Error ? error.message : String(error);
    }
  }

  /** Claims a slot, or takes over one a dead replica left RUNNING. */
  private async acquire(job: string, slot: string, now: Date): Promise<boolean> {
    const claim = { job, slot, claimedBy: this.options.replicaId, at: now };
    if (await claimJobSlot(this.options.db, claim)) return true;
    const staleBefore = new Date(now.getTime() - (this.options.staleAfterMs ?? STALE_RUN_MS));
    const tookOver = await takeOverStaleJobRun(this.options.db, { ...claim, staleBefore });
    if (tookOver) this.log.warn({ job, slot }, 'took over a slot left running by a dead process');
    return tookOver;
  }
}
