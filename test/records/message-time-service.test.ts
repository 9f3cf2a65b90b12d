import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { messageReceiveEvent } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { testProviders } from '../support/db.js';
import {
  addFeishuPerson,
  clockedPusher,
  seedProgramWorld,
  startServiceHarness,
  type ServiceHarness,
} from '../support/service-harness.js';

const TZ = 'Asia/Shanghai';
const local = (date: string, time: string, seconds = 0) =>
  new Date(zonedInstant(date, time, TZ).getTime() + seconds * 1000);

/**
 * Issue #11 item 2 from outside: Feishu messages go in over HTTP with their own `create_time`, the
 * service handles them later (a redelivery, a slow night), and the record carries the time the
 * physician sent it — bounded — while replies come out through the emulator.
 */
describe.each(testProviders())('the time a record carries, through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let physicianId: number;
  let clinicId: number;
  const clock = new ManualClock(local('2026-03-02', '08:00'));
  const WANG = 'ou_time_wang';

  /** A text from 王医生 created at `sentAt`, pushed (and handled) at the clock's time. */
  const send = async (text: string, sentAt: Date) => {
    const envelope = messageReceiveEvent(
      APP,
      {
        sender: { open_id: WANG },
        chat: { chat_id: `oc_p2p_${WANG}`, chat_type: 'p2p' },
        body: { type: 'text', text },
      },
      { at: sentAt.getTime() },
    );
    const result = await clockedPusher(harness, clock).push(harness.eventUrl, envelope);
    expect(result.attempts.at(-1)?.status).toBe(200);
    await harness.settle();
    return harness.repliesTo(envelope.event.message.message_id).join('\n');
  };
  const day = (date: string) => findServiceDay(harness.service.database.db, physicianId, clinicId, date);

  beforeAll(async () => {
    harness = await startServiceHarness({ provider, clock });
    const { db, fixture, program } = await seedProgramWorld(harness);
    const clinic = await upsertInstitutionByCode(db, {
      code: fixture.clinic.code,
      name: fixture.clinic.name,
      kind: 'TOWNSHIP_HEALTH_CENTER',
      regionCode: fixture.township.code,
      latitude: 25.29,
      longitude: 117.42,
    });
    clinicId = clinic.id;
    physicianId = await addFeishuPerson(harness, {
      name: '王医生',
      openId: WANG,
      phone: '13900007701',
      role: 'PHYSICIAN',
      at: clock.now(),
    });
    await createAssignment(db, {
      programId: program.id,
      physicianId,
      institutionId: clinic.id,
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      plannedDates: [],
      createdById: null,
      at: clock.now(),
    });
  });
  afterAll(() => harness.stop());

  it('a check-in sent at 21:59:50 and handled at 22:05:20 is inside the window, at its own time', async () => {
    clock.set(local('2026-03-02', '22:05', 20));
    const receipt = await send('/签到', local('2026-03-02', '21:59', 50));
    expect(receipt).toContain('签到成功');
    expect(await day('2026-03-02')).toMatchObject({
      checkInAt: local('2026-03-02', '21:59', 50),
      checkInSentAt: local('2026-03-02', '21:59', 50),
      checkInReceivedAt: local('2026-03-02', '22:05', 20),
      checkInLate: false,
    });
  });

  it('a check-out sent at 23:59:50 and handled after midnight closes the day it was sent, and says which', async () => {
    clock.set(local('2026-03-03', '00:00', 20));
    const reply = await send('/签退', local('2026-03-02', '23:59', 50));
    expect(reply).toContain('已在');
    expect(reply).toContain('已记为 2026-03-02 的服务日');
    expect(await day('2026-03-02')).toMatchObject({
      checkOutAt: local('2026-03-02', '23:59', 50),
      checkOutLate: false,
    });
  });

  it('a message time older than the bound is not trusted: handling time recorded, marked late, the date said', async () => {
    clock.set(local('2026-03-04', '14:00'));
    const receipt = await send('/签到', local('2026-03-04', '09:00'));
    expect(receipt).toContain('延迟记录');
    expect(receipt).toContain('2026-03-04 09:00');
    expect(await day('2026-03-04')).toMatchObject({
      checkInAt: local('2026-03-04', '14:00'),
      checkInSentAt: local('2026-03-04', '09:00'),
      checkInLate: true,
    });
  });
});
