import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { listChainLinks } from '../../src/db/queries/record-chain.js';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { offsetPoint } from '../../src/demo/geo.js';
import type { RoleName } from '../../src/core/context.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { APP } from '../feishu/support.js';
import { messageReceiveEvent } from '../emulator/feishu/index.js';
import { testProviders } from '../support/db.js';
import {
  addFeishuPerson,
  clockedPusher,
  seedProgramWorld,
  startServiceHarness,
  type ServiceHarness,
} from '../support/service-harness.js';

const CLINIC = { latitude: 25.29, longitude: 117.42 };

describe.each(testProviders())('check-in through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let physicianId: number;
  let clinicId: number;
  const clock = new ManualClock(zonedInstant('2026-03-02', '09:00', 'Asia/Shanghai'));

  beforeAll(async () => {
    harness = await startServiceHarness({ provider, clock });
    const { db, fixture, program } = await seedProgramWorld(harness);
    const clinic = await upsertInstitutionByCode(db, {
      code: fixture.clinic.code,
      name: fixture.clinic.name,
      kind: 'TOWNSHIP_HEALTH_CENTER',
      regionCode: fixture.township.code,
      ...CLINIC,
    });
    clinicId = clinic.id;
    const person = (name: string, openId: string, phone: string, role: RoleName, institutionId?: number) =>
      addFeishuPerson(harness, { name, openId, phone, role, institutionId, at: clock.now() });
    physicianId = await person('王医生', 'ou_svc_wang', '13900009901', 'PHYSICIAN');
    await person('李院长', 'ou_svc_head', '13900009902', 'CLINIC_HEAD', clinic.id);
    await createAssignment(db, {
      programId: program.id,
      physicianId,
      institutionId: clinic.id,
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      plannedDates: ['2026-03-02'],
      createdById: null,
      at: clock.now(),
    });
  });
  afterAll(() => harness.stop());

  it('a Feishu location message checks in once, verified; receipt and confirmation request go out', async () => {
    const point = offsetPoint(CLINIC, 200, 45);
    // Signed at the service's (manual) time, so the replay guard accepts the timestamps.
    const pusher = clockedPusher(harness, clock);
    const envelope = messageReceiveEvent(
      APP,
      {
        sender: { open_id: 'ou_svc_wang' },
        chat: { chat_id: 'oc_p2p_ou_svc_wang', chat_type: 'p2p' },
        body: { type: 'location', name: '石门镇卫生院', ...point },
      },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.eventUrl, envelope)).attempts.at(-1)?.status).toBe(200);
    // Feishu redelivers when it doubts the first delivery arrived.
    await pusher.push(harness.eventUrl, envelope);
    await harness.settle();

    const day = await findServiceDay(harness.service.database.db, physicianId, clinicId, '2026-03-02');
    expect(day).toMatchObject({
      checkInMethod: 'LOCATION',
      checkInVerification: 'VERIFIED',
      checkInDistanceM: 200,
      checkInSourceId: envelope.event.message.message_id,
    });
    expect(await harness.service.database.db.serviceDay.count()).toBe(1);
    // The message is the day's evidence, stored with it once: the day's link, then the reading's at its arrival.
    const db = harness.service.database.db;
    const readings = await db.locationReading.findMany({ where: { personId: physicianId } });
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({
      serviceDayId: day?.id,
      purpose: 'CHECK_IN',
      source: 'LOCATION_MESSAGE',
      verdict: 'WITHIN_FENCE',
      distanceM: 200,
      sourceId: envelope.event.message.message_id,
    });
    const links = await listChainLinks(db, physicianId);
    expect(links.map((link) => [link.kind, link.entityId])).toEqual([
      ['day', day?.id],
      ['reading', readings[0]?.id],
    ]);
    expect(links[1]?.at).toEqual(readings[0]?.receivedAt);
    const receipts = harness.repliesTo(envelope.event.message.message_id);
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toContain('签到成功');
    expect(receipts[0]).toContain('位置消息（距受援单位 200 米');
    expect(receipts[0]).toContain('"behaviors":[{"type":"open_url","default_url":"http://127.0.0.1:');
    expect(receipts[0]).toContain('/app/checkin?t=');
    const toHead = harness.emulator.state.sent.filter((m) => m.userOpenId === 'ou_svc_head');
    expect(toHead).toHaveLength(1);
    expect(toHead[0]?.msgType).toBe('interactive');
  });

  // Issue #11 item 2: the record carries the time the physician sent the message (Feishu's create_time),
  // bounded, with both times stored; replies name the date when it is not the day handled.
  describe('the time a record carries', () => {
    const local = (date: string, time: string, seconds = 0) =>
      new Date(zonedInstant(date, time, 'Asia/Shanghai').getTime() + seconds * 1000);
    const day = (date: string) => findServiceDay(harness.service.database.db, physicianId, clinicId, date);
    /** A text from 王医生 created at `sentAt`, pushed (and handled) at the clock's time; the replies. */
    const send = async (text: string, sentAt: Date) => {
      const envelope = messageReceiveEvent(
        APP,
        {
          sender: { open_id: 'ou_svc_wang' },
          chat: { chat_id: 'oc_p2p_ou_svc_wang', chat_type: 'p2p' },
          body: { type: 'text', text },
        },
        { at: sentAt.getTime() },
      );
      expect((await clockedPusher(harness, clock).push(harness.eventUrl, envelope)).attempts.at(-1)?.status).toBe(200);
      await harness.settle();
      return harness.repliesTo(envelope.event.message.message_id).join('\n');
    };

    it('a check-in sent at 21:59:50 and handled at 22:05:20 is inside the window, at its own time', async () => {
      clock.set(local('2026-03-03', '22:05', 20));
      expect(await send('/签到', local('2026-03-03', '21:59', 50))).toContain('签到成功');
      expect(await day('2026-03-03')).toMatchObject({
        checkInAt: local('2026-03-03', '21:59', 50),
        checkInSentAt: local('2026-03-03', '21:59', 50),
        checkInReceivedAt: local('2026-03-03', '22:05', 20),
        checkInLate: false,
      });
    });

    it('a check-out sent at 23:59:50 and handled after midnight closes the day it was sent, and says which', async () => {
      clock.set(local('2026-03-04', '00:00', 20));
      expect(await send('/签退', local('2026-03-03', '23:59', 50))).toContain('已记为 2026-03-03 的服务日');
      expect(await day('2026-03-03')).toMatchObject({
        checkOutAt: local('2026-03-03', '23:59', 50),
        checkOutLate: false,
      });
    });

    it('a second check-out of that day handled after midnight is refused naming that day, not 今天', async () => {
      clock.set(local('2026-03-04', '00:01'));
      const refusal = await send('/签退', local('2026-03-03', '23:59', 58));
      expect(refusal).toContain('您在 2026-03-03 已经在');
      expect(refusal).toContain('签退过了（23:59）');
      expect(refusal).not.toContain('今天');
    });

    it('a message time older than the bound is not trusted: handling time recorded, marked late, the date said', async () => {
      clock.set(local('2026-03-05', '14:00'));
      const receipt = await send('/签到', local('2026-03-05', '09:00'));
      expect(receipt).toContain('延迟记录');
      expect(receipt).toContain('2026-03-05 09:00');
      expect(await day('2026-03-05')).toMatchObject({
        checkInAt: local('2026-03-05', '14:00'),
        checkInSentAt: local('2026-03-05', '09:00'),
        checkInLate: true,
      });
    });
  });
});
