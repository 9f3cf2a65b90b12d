import { pino } from 'pino';
import { createNotifier } from '../../src/core/create-context.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { createCalendar, type CalendarOptions } from '../../src/scheduler/calendar.js';
import type { JobContext, ScheduledJob } from '../../src/scheduler/job.js';
import { dutyReminderEvening } from '../../src/scheduler/jobs/duty-reminder-evening.js';
import { dutyReminderMorning } from '../../src/scheduler/jobs/duty-reminder-morning.js';
import { nudgeMonthlyMinimum } from '../../src/scheduler/jobs/nudge-monthly-minimum.js';
import { nudgeNoCheckIn } from '../../src/scheduler/jobs/nudge-no-checkin.js';
import { nudgeNoWorkLog } from '../../src/scheduler/jobs/nudge-no-worklog.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { zonedInstant } from '../../src/time/local.js';
import { buildAttendanceWorld, type AttendanceWorld } from '../physician/attendance-world.js';
import type { BotHarness, HarnessMessage } from '../support/bot-harness.js';

const TZ = 'Asia/Shanghai';

/** The duty reminders and nudges. */
export const REMINDER_JOBS: readonly ScheduledJob[] = [
  dutyReminderEvening,
  dutyReminderMorning,
  nudgeNoCheckIn,
  nudgeNoWorkLog,
  nudgeMonthlyMinimum,
];

/**
 * The attendance world (王医生 assigned to 石门, 李院长 its head) with the reminder jobs on a real
 * Scheduler over the harness's database, sandbox adapter and ManualClock.
 */
export interface ReminderWorld extends AttendanceWorld, HarnessScheduler {
  /** The bot's messages in a user's private chat. */
  inbox(openId: string): HarnessMessage[];
}

/** A real Scheduler over a harness's database, sandbox adapter and ManualClock, with helpers to drive it. */
export interface HarnessScheduler {
  scheduler: Scheduler;
  /** Sets the clock to a local date and time and fires the jobs due in that minute. */
  tickAt(date: string, time: string): Promise<void>;
  /** Runs a job's `run` directly for a slot (bypassing the job-runs claim), at the clock's time. */
  runDirect(job: ScheduledJob, slot: string): Promise<void>;
  /** The context a job's run gets for a slot. */
  context(slot: string): JobContext;
  /** The messages the scheduler and its jobs logged at warn and above, oldest first. */
  warnings(): string[];
}

/** Builds a scheduler of `jobs` on a harness; `calendar` options replace the real calendar's defaults. */
export function harnessScheduler(
  bot: BotHarness,
  jobs: readonly ScheduledJob[],
  calendarOptions: Partial<CalendarOptions> = {},
): HarnessScheduler {
  const warnings: string[] = [];
  const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push(String(JSON.parse(line).msg)) });
  // The harness's dispatcher polls the ledger, so nothing needs waking.
  const deps = {
    db: bot.db,
    clock: bot.clock,
    dispatcher: { wake: () => undefined },
    config: { locale: 'zh-CN' as const, timeZone: TZ },
  };
  const notifier = createNotifier(deps, bot.adapter, log);
  const calendar = createCalendar({ timeZone: TZ, ...calendarOptions });
  const scheduler = new Scheduler({
    db: bot.db,
    clock: bot.clock,
    log,
    timeZone: TZ,
    notifier,
    calendar,
    jobs,
    replicaId: 'test',
  });
  const context = (slot: string): JobContext => ({ ...notifier, calendar, slot });
  return {
    scheduler,
    context,
    warnings: () => [...warnings],
    async tickAt(date, time) {
      bot.clock.set(zonedInstant(date, time, TZ));
      await scheduler.tick(bot.clock.now());
      await bot.settle();
    },
    async runDirect(job, slot) {
      await job.run(context(slot));
      await bot.settle();
    },
  };
}

/** Builds the world; `calendar` options replace the real calendar's defaults (quiet hours, cap, holidays). */
export async function buildReminderWorld(
  provider: DbProvider,
  calendarOptions: Partial<CalendarOptions> = {},
): Promise<ReminderWorld> {
  const world = await buildAttendanceWorld(provider);
  const { bot } = world;
  return {
    ...world,
    ...harnessScheduler(bot, REMINDER_JOBS, calendarOptions),
    inbox: (openId) => bot.outbox(bot.p2p(openId)),
  };
}
