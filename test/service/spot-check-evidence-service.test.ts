import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { findSampledVisit } from '../../src/db/queries/spot-checks.js';
import { ManualClock } from '../../src/time/clock.js';
import { APP } from '../feishu/support.js';
import { DEMO_COORDINATORS, WORLD_START } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import type { ServiceHarness } from '../support/service-harness.js';
import { startDemoSession, type FeishuSession } from './feishu-session.js';

/**
 * Issue #17 part 2, the outcome's evidence, from outside: the draw card's 附位置 opens the check-in page
 * for the inspector (only), the reading is kept as SPOT_CHECK with the visit's key, the outcome line on
 * the card and `/抽查 结果` show the distance — and the physician's day, record chain and evidence stay
 * as they were.
 */
describe.each(testProviders())('spot-check evidence through the check-in page (%s)', (provider) => {
  let harness: ServiceHarness;
  let session: FeishuSession;
  const clock = new ManualClock(WORLD_START);
  const inspector = DEMO_COORDINATORS.county;
  let seed = '';
  let drawCardId = '';
  let checked = 0;
  /** The draw's sampled planned dates; the first is the one the inspector attaches a location to. */
  let sampled: number[] = [];
  let visit: NonNullable<Awaited<ReturnType<typeof findSampledVisit>>>;
  let physicianOpenId = '';

  const db = () => harness.service.database.db;
  const drawCard = () => JSON.stringify(harness.emulator.state.currentCard(drawCardId));
  const codeFor = (openId: string) => harness.emulator.state.issueAuthCode(APP.appId, openId);
  const entryLinks = () => [...drawCard().matchAll(/https?:\/\/[^"\\]+\/app\/checkin\/open\?e=[A-Za-z0-9_.-]+/g)];
  /** Opens a 附位置 entry as the in-app browser would: the redirect's single-use page link token. */
  const open = async (entry: string) => {
    const res = await fetch(entry, { redirect: 'manual' });
    return new URL(res.headers.get('location') ?? '').searchParams.get('t') ?? '';
  };
  /** A reading `northM` metres north of the sampled clinic, in the clinic's own system. */
  const post = async (t: string, code: string, northM = 120) => {
    const clinic = visit.planned.assignment.institution;
    const res = await fetch(`${harness.service.url}/app/checkin/reading`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        t,
        code,
        latitude: (clinic.latitude ?? 0) + northM / 111_195,
        longitude: clinic.longitude,
        system: clinic.coordinateSystem,
        accuracy: 15,
        source: 'FEISHU_JSAPI',
      }),
    });
    return (await res.json()) as { kind: string; title: string; message: string };
  };
  const dayNow = () => db().serviceDay.findUnique({ where: { id: visit.serviceDay?.id ?? 0 } });
  const chainOf = (personId: number) => db().recordChainLink.count({ where: { physicianId: personId } });

  beforeAll(async () => {
    ({ harness, session } = await startDemoSession(provider, clock));
    await session.say(inspector, '/抽查 3');
    drawCardId = harness.emulator.state.sent.at(-1)?.messageId ?? '';
    const entry = await db().auditLog.findFirst({ where: { action: 'spotCheck.draw' }, orderBy: { id: 'desc' } });
    ({ seed, sampled } = entry?.details as { seed: string; sampled: number[] });
    checked = sampled[0] ?? 0;
    const first = await findSampledVisit(db(), checked);
    if (!first) throw new Error('the draw sampled nothing');
    const { assignment } = first.planned;
    // The physician checked in by text (未核验) before the inspector came.
    await recordCheckIn(db(), {
      programId: assignment.programId,
      assignmentId: assignment.id,
      physicianId: assignment.physicianId,
      institutionId: assignment.institutionId,
      serviceDate: first.planned.date,
      at: clock.now(),
      method: 'TEXT',
      verification: 'UNVERIFIED',
      sourceId: null,
    });
    visit = (await findSampledVisit(db(), checked)) ?? first;
    physicianOpenId =
      (await db().chatIdentity.findFirst({ where: { personId: assignment.physicianId, platform: 'FEISHU' } }))
        ?.platformUserId ?? '';
  }, 120_000);
  afterAll(() => harness.stop());

  it('puts a 附位置 link on each sampled visit, opening the page for the inspector at that visit', async () => {
    expect(drawCard()).toContain('附位置');
    expect(entryLinks()).toHaveLength(3);
    const t = await open(entryLinks()[0]?.[0] ?? '');
    const html = await (await fetch(`${harness.service.url}/app/checkin?t=${t}`)).text();
    expect(html).toContain('抽查附位置');
    expect(html).toContain(visit.planned.assignment.institution.name);
    expect(html).toContain(visit.planned.assignment.physician.name);
  });

  it("refuses the inspector's link opened by the physician, and a spot-check link minted for the physician", async () => {
    const t = await open(entryLinks()[0]?.[0] ?? '');
    expect(await post(t, codeFor(physicianOpenId))).toMatchObject({ kind: 'REFUSED', title: '不是您的链接' });
    const physicianLink = harness.service.checkinLinks.mint({
      personId: visit.planned.assignment.physicianId,
      purpose: 'SPOT_CHECK',
      platform: 'FEISHU',
      userId: physicianOpenId,
      spotCheckKey: `${seed}:${checked}`,
    });
    const page = await (await fetch(physicianLink)).text();
    expect(page).toContain('只有抽取这份名单的人');
    const own = new URL(physicianLink).searchParams.get('t') ?? '';
    expect(await post(own, codeFor(physicianOpenId))).toMatchObject({ kind: 'REFUSED' });
    expect(await db().locationReading.count({ where: { purpose: 'SPOT_CHECK' } })).toBe(0);
  });

  it('keeps the inspector’s reading inside the fence as SPOT_CHECK evidence; the day stays as it was', async () => {
    const dayBefore = await dayNow();
    const physicianChain = await chainOf(visit.planned.assignment.physicianId);
    const t = await open(entryLinks()[0]?.[0] ?? '');
    expect(await post(t, codeFor(inspector))).toMatchObject({ kind: 'DONE', title: '位置已附到抽查' });
    expect(await post(t, codeFor(inspector))).toMatchObject({ kind: 'REFUSED', title: '链接已使用' });
    const readings = await db().locationReading.findMany({ where: { purpose: 'SPOT_CHECK' } });
    expect(readings).toEqual([
      expect.objectContaining({ serviceDayId: null, spotCheckKey: `${seed}:${checked}`, verdict: 'WITHIN_FENCE' }),
    ]);
    expect(await dayNow()).toEqual(dayBefore);
    expect(dayBefore).toMatchObject({ checkInVerification: 'UNVERIFIED', locationVerifiedAt: null });
    expect(await chainOf(visit.planned.assignment.physicianId)).toBe(physicianChain);
    expect(await chainOf(readings[0]?.personId ?? 0)).toBe(0);
    expect(await db().locationReading.count({ where: { serviceDayId: visit.serviceDay?.id ?? 0 } })).toBe(0);
  });

  it('shows the distance on the outcome line of the card and on /抽查 结果; 无 without a reading', async () => {
    await session.press(inspector, 'spotCheck.record', {
      pick: (value) => value.plannedDateId === checked,
      formValue: { outcome: '在岗' },
    });
    expect(drawCard()).toContain('附位置：距受援单位 120 米（范围内）');
    expect(entryLinks()).toHaveLength(2);
    const other = sampled[1] ?? 0;
    await session.press(inspector, 'spotCheck.record', {
      pick: (value) => value.plannedDateId === other,
      formValue: { outcome: '其他' },
    });
    expect(drawCard()).toContain('附位置：无');
    const results = await session.say(inspector, '/抽查 结果');
    expect(results).toContain('附位置：距受援单位 120 米（范围内）');
    expect(results).toContain('附位置：无');
  });
});
