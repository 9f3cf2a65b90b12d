import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleName } from '../../src/core/context.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { APP } from '../feishu/support.js';
import { cardActionEvent, messageReceiveEvent, type EventPusher } from '../emulator/feishu/index.js';
import { testProviders } from '../support/db.js';
import {
  addFeishuPerson,
  clockedPusher,
  seedProgramWorld,
  startServiceHarness,
  type ServiceHarness,
} from '../support/service-harness.js';
import { callbackValues } from '../support/card-callbacks.js';

const WANG = 'ou_svc_wang';
const COORD = 'ou_svc_coord';
const HEAD = 'ou_svc_head';

describe.each(testProviders())('/补卡 through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let pusher: EventPusher;
  let physicianId: number;
  const clock = new ManualClock(zonedInstant('2026-03-10', '10:00', 'Asia/Shanghai'));

  beforeAll(async () => {
    harness = await startServiceHarness({ provider, clock });
    pusher = clockedPusher(harness, clock);
    const { db, fixture, program } = await seedProgramWorld(harness);
    const person = (name: string, openId: string, phone: string, role: RoleName, institutionId?: number) =>
      addFeishuPerson(harness, {
        name,
        openId,
        phone,
        role,
        institutionId,
        homeInstitutionId: fixture.hospital.id,
        at: clock.now(),
      });
    physicianId = await person('王医生', WANG, '13900009911', 'PHYSICIAN');
    await person('陈科长', COORD, '13900009912', 'HOSPITAL_COORDINATOR', fixture.hospital.id);
    await person('李院长', HEAD, '13900009913', 'CLINIC_HEAD', fixture.clinic.id);
    await createAssignment(db, {
      programId: program.id,
      physicianId,
      institutionId: fixture.clinic.id,
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      plannedDates: ['2026-03-05'],
      createdById: null,
      at: clock.now(),
    });
  });
  afterAll(() => harness.stop());

  it('a request goes to the coordinator as a card; 批准 records a complete 补卡 day and updates the card', async () => {
    const envelope = messageReceiveEvent(
      APP,
      {
        sender: { open_id: WANG },
        chat: { chat_id: `oc_p2p_${WANG}`, chat_type: 'p2p' },
        body: { type: 'text', text: '/补卡 3月5日 石门镇卫生院 手机没电忘记签到' },
      },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.eventUrl, envelope)).ok).toBe(true);
    await harness.settle();
    const [reply] = harness.repliesTo(envelope.event.message.message_id);
    expect(reply).toContain('已发送给陈科长审批');

    const [card] = harness.emulator.state.sent.filter((m) => m.userOpenId === COORD);
    expect(card?.msgType).toBe('interactive');
    const approve = callbackValues(card?.content).find((value) => value.action === 'correction.approve');
    expect(approve).toBeDefined();
    const press = cardActionEvent(
      APP,
      { operator: { open_id: COORD }, messageId: card?.messageId ?? '', chatId: card?.chatId ?? '', value: approve },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.cardUrl, press)).ok).toBe(true);
    await harness.settle();

    const db = harness.service.database.db;
    expect(await db.serviceDay.findMany({ where: { physicianId } })).toMatchObject([
      { serviceDate: '2026-03-05', checkInMethod: 'CORRECTION', checkInVerification: 'UNVERIFIED' },
    ]);
    expect(JSON.stringify(harness.emulator.state.currentCard(card?.messageId ?? ''))).toContain('已批准');
    const toWang = harness.emulator.state.sent.filter((m) => m.userOpenId === WANG && m.via === 'send');
    expect(toWang.map((m) => m.rawContent).join()).toContain('已由陈科长批准');
    // An approved 补卡 is a complete day that owes no clinic-head confirmation: nothing goes to the head.
    expect(harness.emulator.state.sent.filter((m) => m.userOpenId === HEAD)).toHaveLength(0);
  });
});
