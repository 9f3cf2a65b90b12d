import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawWeightedSample } from '../../src/spot-check/draw-sample.js';
import { ManualClock } from '../../src/time/clock.js';
import { DEMO_COORDINATORS, WORLD_START } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import type { ServiceHarness } from '../support/service-harness.js';
import { startDemoSession, type FeishuSession } from './feishu-session.js';

/** Issue #17 part 2 (the draw of `/抽查`), from outside: weighted, reproducible, and told to nobody else. */
describe.each(testProviders())('/抽查 through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let session: FeishuSession;
  const clock = new ManualClock(WORLD_START);

  beforeAll(async () => {
    ({ harness, session } = await startDemoSession(provider, clock));
  }, 120_000);
  afterAll(() => harness.stop());

  it('draws this week’s planned visits for the inspector only, redrawable from the audit entry', async () => {
    const sentBefore = harness.emulator.state.sent.length;
    const card = await session.say(DEMO_COORDINATORS.county, '/抽查 3 本周');
    expect(card).toContain('抽查名单（仅您可见）');
    expect(harness.emulator.state.sent.length - sentBefore).toBe(1);
    const entry = await harness.service.database.db.auditLog.findFirst({ where: { action: 'spotCheck.draw' } });
    const details = entry?.details as {
      seed: string;
      candidates: { plannedDateId: number; weight: number }[];
      sampled: number[];
    };
    expect(card).toContain(details.seed);
    expect(details.sampled).toHaveLength(Math.min(3, details.candidates.length));
    const redrawn = drawWeightedSample(details.candidates, details.sampled.length, details.seed);
    expect(redrawn.map((c) => c.plannedDateId)).toEqual(details.sampled);
  });

  it('is for region coordinators, and answers a bad count politely', async () => {
    expect(await session.say(DEMO_COORDINATORS.hospital('zhangping_hospital'), '/抽查')).not.toContain('抽查名单');
    expect(await session.say(DEMO_COORDINATORS.county, '/抽查 99')).toContain('人数请写 1 到 20 之间');
  });
});
