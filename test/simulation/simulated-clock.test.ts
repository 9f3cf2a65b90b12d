import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.js';
import { createNotifier } from '../../src/core/create-context.js';
import { SandboxAdapter } from '../../src/platforms/sandbox/adapter.js';
import { createCalendar } from '../../src/scheduler/calendar.js';
import type { ScheduledJob } from '../../src/scheduler/job.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { advanceSimulatedClock } from '../../src/simulation/advance.js';
import { simulationRoutes } from '../../src/simulation/routes.js';
import { simulationOf } from '../../src/simulation/settings.js';
import { SimulatedClock } from '../../src/time/simulated-clock.js';
import { localDate } from '../../src/time/local.js';
import { at, cronRecorder, TZ } from '../scheduler/scheduler-support.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';

describe('the simulated clock', () => {
  it('runs at the process pace from its start and only ever moves forward', () => {
    let processNow = 1_000_000;
    const clock = new SimulatedClock(at('2026-11-01', '17:00'), () => processNow);
    processNow += 1_500;
    expect(clock.now()).toEqual(new Date(at('2026-11-01', '17:00').getTime() + 1_500));
    clock.jumpTo(at('2026-11-02', '07:30'));
    expect(clock.now()).toEqual(at('2026-11-02', '07:30'));
    clock.jumpTo(at('2026-11-01', '08:00'));
    expect(clock.now()).toEqual(at('2026-11-02', '07:30'));
  });

  it('is refused in production and needs its token', () => {
    const env = (extra: Record<string, string>) =>
      loadEnv({ SIMULATED_CLOCK_START: '2026-11-01T17:00:00+08:00', ...extra });
    expect(() => simulationOf(env({ SIMULATED_CLOCK_TOKEN: 'x'.repeat(16) }), 'production')).toThrow(
      /SIMULATED_CLOCK_START/,
    );
    expect(() => simulationOf(env({}), undefined)).toThrow(/SIMULATED_CLOCK_TOKEN/);
    expect(simulationOf(loadEnv({}), 'production')).toBeUndefined();
    const simulation = simulationOf(env({ SIMULATED_CLOCK_TOKEN: 'x'.repeat(16) }), 'development');
    expect(simulation?.clock.now().getTime()).toBeGreaterThanOrEqual(at('2026-11-01', '17:00').getTime());
  });
});

describe('the simulation route', () => {
  it('answers 404 without its token, 400 to a bad instant, and moves the clock with it', async () => {
    const clock = new SimulatedClock(at('2026-11-01', '17:00'), () => 0);
    const pending = async () => ({ inboundUnhandled: 0, outboundQueued: 0 });
    const router = simulationRoutes({ clock, token: 't'.repeat(16), scheduler: undefined, pending });
    const server = new Koa().use(router.routes()).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/simulation/clock`;
      const auth = { authorization: `Bearer ${'t'.repeat(16)}` };
      expect((await fetch(url)).status).toBe(404);
      expect((await fetch(`${url}?to=2026-11-02T08:00:00+08:00`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${url}?to=soon`, { method: 'POST', headers: auth })).status).toBe(400);
      const moved = await fetch(`${url}?to=${at('2026-11-02', '08:00').toISOString()}`, {
        method: 'POST',
        headers: auth,
      });
      expect(await moved.json()).toEqual({
        now: at('2026-11-02', '08:00').toISOString(),
        inboundUnhandled: 0,
        outboundQueued: 0,
      });
    } finally {
      server.close();
    }
  });
});

describe.each(testProviders())('advancing a simulated clock (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  it('runs every fire on the way once, with the clock at the fire', async () => {
    // The process clock stands still here, so the simulated one shows exactly the fires.
    const clock = new SimulatedClock(at('2026-11-01', '17:00'), () => 0);
    const runs: string[] = [];
    const job = (name: string, cron: string): ScheduledJob => ({
      name,
      cron,
      slotOf: (now, timeZone) => `${localDate(now, timeZone)}@${now.toISOString()}`,
      stillUseful: () => false,
      async run(ctx) {
        runs.push(`${name} ${ctx.now().toISOString()}`);
      },
    });
    const log = pino({ level: 'silent' });
    const deps = {
      db: database.db,
      clock,
      dispatcher: { wake() {} },
      config: { locale: 'zh-CN' as const, timeZone: TZ },
    };
    const scheduler = new Scheduler({
      db: database.db,
      clock,
      log,
      timeZone: TZ,
      notifier: createNotifier(deps, new SandboxAdapter(clock), log),
      calendar: createCalendar({ timeZone: TZ }),
      jobs: [job('morning', '30 7 * * *'), job('evening', '0 18 * * *')],
      replicaId: 'sim',
      cron: cronRecorder().api,
    });
    await advanceSimulatedClock(clock, scheduler, at('2026-11-02', '19:00'));
    await advanceSimulatedClock(clock, scheduler, at('2026-11-02', '18:30'));
    expect(runs).toEqual([
      `evening ${at('2026-11-01', '18:00').toISOString()}`,
      `morning ${at('2026-11-02', '07:30').toISOString()}`,
      `evening ${at('2026-11-02', '18:00').toISOString()}`,
    ]);
    expect(clock.now()).toEqual(at('2026-11-02', '19:00'));
  });
});
