import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleName } from '../../src/core/context.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { ensureProgramParticipant } from '../../src/db/queries/programs.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { cardActionEvent, messageReceiveEvent, type EventPusher } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { callbackValues } from '../support/card-callbacks.js';
import { testProviders } from '../support/db.js';
import {
  addFeishuPerson,
  clockedPusher,
  seedProgramWorld,
  startServiceHarness,
  type ServiceHarness,
} from '../support/service-harness.js';

const WANG = 'ou_audit_wang';
const COORD = 'ou_audit_coord';
const HEAD = 'ou_audit_head';
const COUNTY = 'ou_audit_county';

/**
 * Issue #11 item 7, from outside: a hospital coordinator's `/审计` shows their own 新建指派, 取消指派 and
 * 批准补卡 and what the clinic head did about their physician's day, in words.
 */
describe.each(testProviders())('/审计 a coordinator can read, through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let pusher: EventPusher;
  const clock = new ManualClock(zonedInstant('2026-03-10', '10:00', 'Asia/Shanghai'));

  /** Sends a text and returns the raw contents of the replies. */
  const say = async (from: string, text: string) => {
    // Feishu's per-chat limit counts on the service clock: each message a second after the last.
    clock.advance(1000);
    const envelope = messageReceiveEvent(
      APP,
      {
        sender: { open_id: from },
        chat: { chat_id: harness.emulator.state.p2pChat(APP.appId, from).chat_id, chat_type: 'p2p' },
        body: { type: 'text', text },
      },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.eventUrl, envelope)).ok).toBe(true);
    await harness.settle();
    return harness.repliesTo(envelope.event.message.message_id).join('\n');
  };
  /** Presses the button `action` of the latest card sent to `openId`. */
  const press = async (openId: string, action: string) => {
    clock.advance(1000);
    const card = harness.emulator.state.sent
      .filter((m) => m.userOpenId === openId && m.msgType === 'interactive')
      .at(-1);
    const value = callbackValues(card?.content).find((v) => v.action === action);
    expect(value).toBeDefined();
    const event = cardActionEvent(
      APP,
      { operator: { open_id: openId }, messageId: card?.messageId ?? '', chatId: card?.chatId ?? '', value },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.cardUrl, event)).ok).toBe(true);
    await harness.settle();
  };

  beforeAll(async () => {
    harness = await startServiceHarness({ provider, clock, emulatorOnServiceClock: true });
    pusher = clockedPusher(harness, clock);
    const { db, fixture, program } = await seedProgramWorld(harness);
    await ensureProgramParticipant(db, { programId: program.id, institutionId: fixture.clinic.id, side: 'RECIPIENT' });
    await ensureProgramParticipant(db, {
      programId: program.id,
      institutionId: fixture.hospital.id,
      side: 'SUPPORTING',
    });
    const person = (name: string, openId: string, phone: string, role: RoleName, scope: object = {}) =>
      addFeishuPerson(harness, {
        name,
        openId,
        phone,
        role,
        ...scope,
        homeInstitutionId: fixture.hospital.id,
        at: clock.now(),
      });
    const wang = await person('王医生', WANG, '13900007711', 'PHYSICIAN');
    await db.person.update({ where: { id: wang }, data: { title: 'ATTENDING' } });
    await person('陈科长', COORD, '13900007712', 'HOSPITAL_COORDINATOR', { institutionId: fixture.hospital.id });
    await person('李院长', HEAD, '13900007713', 'CLINIC_HEAD', { institutionId: fixture.clinic.id });
    await createAssignment(db, {
      programId: program.id,
      physicianId: wang,
      institutionId: fixture.clinic.id,
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      plannedDates: ['2026-03-05'],
      createdById: null,
      at: clock.now(),
    });
  }, 120_000);
  afterAll(() => harness.stop());

  it('lists their own assignments, the approved correction and the clinic head’s confirmation, in words', async () => {
    expect(await say(COORD, '/指派 王医生 石门镇卫生院 04-02 04-09')).toContain('指派成功');
    const created = await harness.service.database.db.assignment.findFirst({
      where: { startDate: { gte: '2026-04-01' } },
    });
    expect(await say(COORD, `/取消指派 ${created?.id}`)).toContain('取消');
    expect(await say(WANG, '/补卡 3月5日 石门镇卫生院 手机没电忘记签到')).toContain('审批');
    await press(COORD, 'correction.approve');
    // An approved 补卡 day owes no confirmation (the state model): the clinic head confirms a checked-in day.
    expect(await say(WANG, '/签到 石门镇卫生院')).toContain('签到');
    await press(HEAD, 'visit.confirm');

    const audit = await say(COORD, '/审计');
    for (const action of ['新建指派', '取消指派', '申请补卡', '批准补卡', '已确认到岗'])
      expect(audit).toContain(action);
    expect(audit).toContain('王医生，石门镇卫生院，2026-04-01 至 2026-04-30，计划 04-02、04-09（医师下基层 2026）');
    expect(audit).toContain('王医生 2026-03-05，石门镇卫生院');
    expect(audit).toContain('2026-03-05，石门镇卫生院，原因：手机没电忘记签到');
    expect(audit).toContain('：已确认（原为待确认）');
    expect(audit).toContain('李院长');
    expect(audit).not.toMatch(/[A-Za-z]+=/);
    expect(audit).not.toMatch(/CONFIRMED|physicianId|programId/);
  });

  it('refuses someone who coordinates nothing', async () => {
    await addFeishuPerson(harness, { name: '无权限', openId: COUNTY, phone: '13900007714', at: clock.now() });
    expect(await say(COUNTY, '/审计')).not.toContain('王医生');
  });
});
