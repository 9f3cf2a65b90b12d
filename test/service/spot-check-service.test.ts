import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSampledVisit } from '../../src/db/queries/spot-checks.js';
import { drawWeightedSample } from '../../src/spot-check/draw-sample.js';
import { APP } from '../feishu/support.js';
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
    // One message, to the inspector's own chat: no physician or clinic hears of the draw.
    const inspectorChat = harness.emulator.state.p2pChat(APP.appId, DEMO_COORDINATORS.county).chat_id;
    expect(harness.emulator.state.sent.slice(sentBefore).map((m) => m.chatId)).toEqual([inspectorChat]);
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

  it('narrows to a clinic in the region by name, and refuses a place outside it politely', async () => {
    const db = harness.service.database.db;
    const first = await db.auditLog.findFirst({ where: { action: 'spotCheck.draw' }, orderBy: { id: 'asc' } });
    const [someId = 0] = (first?.details as { sampled: number[] }).sampled;
    const clinic = (await findSampledVisit(db, someId))?.planned.assignment.institution;
    const card = await session.say(DEMO_COORDINATORS.county, `/抽查 20 本周 ${clinic?.name ?? '?'}`);
    expect(card).toContain(`· ${clinic?.name ?? '?'}`);
    const entry = await db.auditLog.findFirst({ where: { action: 'spotCheck.draw' }, orderBy: { id: 'desc' } });
    const details = entry?.details as { scope: string; sampled: number[] };
    expect(details.scope).toBe(clinic?.name);
    const visits = await Promise.all(details.sampled.map((id) => findSampledVisit(db, id)));
    expect(new Set(visits.map((v) => v?.planned.assignment.institutionId))).toEqual(new Set([clinic?.id]));
    expect(await session.say(DEMO_COORDINATORS.county, '/抽查 2 鼓楼区')).toContain('“鼓楼区”不在您的辖区内');
    expect(await session.say(DEMO_COORDINATORS.county, '/抽查 火星镇')).toContain('没有找到名为“火星镇”');
    expect(await session.say(DEMO_COORDINATORS.county, '/抽查 1 今天')).toMatch(/抽查名单|无可抽查/);
  });

  it('is for region coordinators, and answers a bad count politely', async () => {
    expect(await session.say(DEMO_COORDINATORS.hospital('zhangping_hospital'), '/抽查')).not.toContain('抽查名单');
    expect(await session.say(DEMO_COORDINATORS.county, '/抽查 99')).toContain('人数请写 1 到 20 之间');
  });
});
