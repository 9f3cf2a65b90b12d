import { describe, expect, it } from 'vitest';
import { runMonthScenario } from '../../bench/scenarios/p6-month.js';
import { freePort, type BenchService } from '../../bench/support/service-process.js';
import { startFeishuEmulator } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { startServiceProcess } from '../support/service-process.js';

/** The service from source (tsx, as `npm run dev`), in the shape the bench's scenario drives. */
async function startFromSource(env: Record<string, string>): Promise<BenchService> {
  const port = await freePort();
  const began = performance.now();
  const child = await startServiceProcess(env, port);
  return {
    port,
    eventUrl: `http://127.0.0.1:${port}/webhook/feishu/event`,
    child,
    startMs: performance.now() - began,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('the simulated month (bench P6) at a small size', () => {
  it('delivers every message once and each planned reminder exactly once', async () => {
    const emulator = await startFeishuEmulator({ apps: [APP], limits: { appPerMinute: Number.POSITIVE_INFINITY } });
    try {
      // A Monday after a Sunday-evening start: ten physicians, two of them planned, one checking in late
      // (the midday nudge) and one logging late (the evening nudge); the Monday broadcast.
      const size = { physicians: 10, clinics: 3, days: 1, first: '2026-11-02' };
      const figures = await runMonthScenario('sqlite', emulator, size, startFromSource);
      expect(figures).toMatchObject({ p6_lost: 0, p6_duplicated: 0, p6_reminders_not_exactly_once: 0, p6_visits: 2 });
      // Two evening reminders and two clinic heads' notices, two morning reminders, two nudges.
      expect(figures.p6_reminders).toBe(8);
      // The week of the start (caught up as the service starts on Sunday evening) and the Monday's.
      expect(figures.p6_broadcasts).toBe(2);
    } finally {
      await emulator.close();
    }
  }, 120_000);
});
