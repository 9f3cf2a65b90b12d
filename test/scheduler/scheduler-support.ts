import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createNotifier } from '../../src/core/create-context.js';
import type { Db } from '../../src/db/client.js';
import { SandboxAdapter } from '../../src/platforms/sandbox/adapter.js';
import { createCalendar } from '../../src/scheduler/calendar.js';
import type { ScheduledJob } from '../../src/scheduler/job.js';
import { Scheduler, type CronApi } from '../../src/scheduler/scheduler.js';
import { ManualClock } from '../../src/time/clock.js';
import { localDate, localParts } from '../../src/time/local.js';
import type { LogRecord } from '../support/bot-harness.js';

export const TZ = 'Asia/Shanghai';

/** A local instant in Asia/Shanghai, e.g. `at('2026-03-02', '07:30')`. */
export const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

/** A daily 07:30 job that counts its runs per slot; a missed slot stays useful until 10:00 that day. */
export function countingJob(name: string, runs: string[], options: { fail?: boolean } = {}): ScheduledJob {
  return {
    name,
    cron: '30 7 * * *',
    slotOf: (now, timeZone) => localDate(now, timeZone),
    stillUseful: (slot, now, timeZone) => {
      const local = localParts(now, timeZone);
      return local.date === slot && local.time < '10:00';
    },
    async run(ctx) {
      runs.push(ctx.slot);
      if (options.fail) throw new Error(`boom in ${ctx.slot}`);
    },
  };
}

/** node-cron stand-in recording what `start` registers. */
export function cronRecorder() {
  const registered: { expression: string; timezone: string; name: string; destroyed: boolean }[] = [];
  const api: CronApi = {
    schedule(expression, _fn, options) {
      const entry = { expression, ...options, destroyed: false };
      registered.push(entry);
      return { destroy: () => (entry.destroyed = true) };
    },
  };
  return { api, registered };
}

/** A scheduler over a test database with a manual clock, a sandbox notifier and captured logs. */
export function testScheduler(
  db: Db,
  jobs: readonly ScheduledJob[],
  options: { replicaId?: string; start?: Date } = {},
) {
  const clock = new ManualClock(options.start ?? at('2026-03-02', '07:00'));
  const logs: LogRecord[] = [];
  const log = pino(
    { level: 'debug' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(JSON.parse(chunk.toString('utf8')) as LogRecord);
        done();
      },
    }),
  );
  const deps = { db, clock, dispatcher: { wake() {} }, config: { locale: 'zh-CN' as const, timeZone: TZ } };
  const notifier = createNotifier(deps, new SandboxAdapter(clock), log);
  const cron = cronRecorder();
  const scheduler = new Scheduler({
    db,
    clock,
    log,
    timeZone: TZ,
    notifier,
    calendar: createCalendar({ timeZone: TZ }),
    jobs,
    replicaId: options.replicaId ?? 'replica-a',
    cron: cron.api,
  });
  return { scheduler, clock, logs, cron };
}
