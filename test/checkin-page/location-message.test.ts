import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVerifiedDay } from '../../src/coordinator/workload-figures.js';
import { listReadingsOfServiceDay, serviceDaysWithDeviceVerification } from '../../src/db/queries/location-readings.js';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { listServiceDayFacts } from '../../src/db/queries/workload-facts.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { messageReceiveEvent } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { testProviders } from '../support/db.js';
import { clockedPusher, startServiceHarness, type ServiceHarness } from '../support/service-harness.js';
import { northOfClinic, PAGE_USERS, seedPageWorld } from './page-world.js';

const DATE = '2026-03-02';
const WANG = PAGE_USERS.FEISHU.wang;

/**
 * Issue #15 item 5: a chat location message is evidence too — appended to the day's readings as
 * 位置消息 (no accuracy, no stated coordinate system, no link), once per message, never as 设备定位核验.
 */
describe.each(testProviders())('location messages as readings (%s)', (provider) => {
  let harness: ServiceHarness;
  let world: Awaited<ReturnType<typeof seedPageWorld>>;
  const clock = new ManualClock(zonedInstant(DATE, '09:00', 'Asia/Shanghai'));
  const send = async (body: Parameters<typeof messageReceiveEvent>[1]['body'], times = 1) => {
    // Seconds apart, as people type: replies to one chat stay inside Feishu's per-chat rate.
    clock.advance(2_000);
    const chat = harness.emulator.state.p2pChat(APP.appId, WANG);
    const envelope = messageReceiveEvent(
      APP,
      { sender: { open_id: WANG }, chat: { chat_id: chat.chat_id, chat_type: 'p2p' }, body },
      { at: clock.now().getTime() },
    );
    for (let i = 0; i < times; i++) await clockedPusher(harness, clock).push(harness.eventUrl, envelope);
    await harness.settle();
    return envelope.event.message.message_id;
  };
  const location = (metresNorth: number) => ({
    type: 'location' as const,
    name: '象湖镇',
    ...northOfClinic(metresNorth),
  });
  const evidenceOn = async (date: string) =>
    (
      await listServiceDayFacts(world.db, {
        scope: { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} },
        from: date,
        to: date,
      })
    ).map((f) => [f.evidence, isVerifiedDay(f)]);

  beforeAll(async () => {
    // Each message moves the clock on 2 s: the emulator's per-chat window follows it, not the machine's speed.
    harness = await startServiceHarness({
      provider,
      clock,
      emulatorOnServiceClock: true,
      env: { SCHEDULER_ENABLED: 'false' },
    });
    world = await seedPageWorld(harness.service.database.db, clock, DATE, (openId, name) =>
      harness.emulator.state.addUser({ open_id: openId, name }),
    );
  });
  afterAll(() => harness.stop());

  it('a check-in by location message appends one reading (redelivered twice), counted 位置消息', async () => {
    const messageId = await send(location(120), 3);
    const day = await findServiceDay(world.db, world.physicianId, world.clinicId, DATE);
    expect(day).toMatchObject({ checkInMethod: 'LOCATION', checkInVerification: 'VERIFIED', checkInDistanceM: 120 });
    expect(await listReadingsOfServiceDay(world.db, day?.id ?? 0)).toMatchObject([
      {
        source: 'LOCATION_MESSAGE',
        purpose: 'CHECK_IN',
        verdict: 'WITHIN_FENCE',
        distanceM: 120,
        radiusM: 500,
        accuracyM: null,
        coordinateSystem: null,
        linkId: null,
        sourceId: messageId,
        institutionId: world.clinicId,
      },
    ]);
    expect(await serviceDaysWithDeviceVerification(world.db, [day?.id ?? 0])).toEqual(new Set());
    expect(await evidenceOn(DATE)).toEqual([['LOCATION_MESSAGE', true]]);
  });

  it('a check-out by location message outside the fence appends a CHECK_OUT reading, OUTSIDE_FENCE', async () => {
    clock.advance(3 * 60 * 60_000);
    await send(location(2300));
    const day = await findServiceDay(world.db, world.physicianId, world.clinicId, DATE);
    expect(day).toMatchObject({ checkOutMethod: 'LOCATION', checkOutVerification: 'UNVERIFIED' });
    const readings = await listReadingsOfServiceDay(world.db, day?.id ?? 0);
    expect(readings.map((r) => [r.purpose, r.verdict, r.distanceM])).toEqual([
      ['CHECK_IN', 'WITHIN_FENCE', 120],
      ['CHECK_OUT', 'OUTSIDE_FENCE', 2300],
    ]);
    expect(await evidenceOn(DATE)).toEqual([['LOCATION_MESSAGE', true]]);
  });

  it('a location message raising a typed check-in to 已核验 is appended too; a refused one is not', async () => {
    clock.advance(21 * 60 * 60_000);
    await send({ type: 'text', text: '/签到' });
    const upgrade = await send(location(50));
    const day = await findServiceDay(world.db, world.physicianId, world.clinicId, '2026-03-03');
    expect(day).toMatchObject({ checkInMethod: 'TEXT', locationVerifiedSourceId: upgrade });
    expect(await evidenceOn('2026-03-03')).toEqual([['LOCATION_MESSAGE', true]]);
    // A second location within minutes is a double send: refused politely, nothing appended.
    clock.advance(5 * 60_000);
    await send(location(60));
    const readings = await listReadingsOfServiceDay(world.db, day?.id ?? 0);
    expect(readings.map((r) => [r.source, r.purpose, r.verdict, r.sourceId])).toEqual([
      ['LOCATION_MESSAGE', 'CHECK_IN', 'WITHIN_FENCE', upgrade],
    ]);
  });
});
