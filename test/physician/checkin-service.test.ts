import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
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
});
