import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { getWorkLogWithHistory } from '../../src/db/queries/work-logs.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { cardActionEvent, messageReceiveEvent, type EventPusher } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
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
const P2P = 'oc_p2p_ou_svc_wang';

describe.each(testProviders())('/日志 through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let pusher: EventPusher;
  let serviceDayId: number;
  const clock = new ManualClock(zonedInstant('2026-03-02', '17:00', 'Asia/Shanghai'));

  beforeAll(async () => {
    harness = await startServiceHarness({ provider, clock });
    pusher = clockedPusher(harness, clock);
    const { db, fixture, program } = await seedProgramWorld(harness);
    const physicianId = await addFeishuPerson(harness, {
      name: '王医生',
      openId: WANG,
      phone: '13900009911',
      role: 'PHYSICIAN',
      at: clock.now(),
    });
    const { day } = await recordCheckIn(db, {
      programId: program.id,
      assignmentId: null,
      physicianId,
      institutionId: fixture.clinic.id,
      serviceDate: '2026-03-02',
      at: zonedInstant('2026-03-02', '08:30', 'Asia/Shanghai'),
      method: 'TEXT',
      verification: 'UNVERIFIED',
      sourceId: null,
    });
    serviceDayId = day.id;
  });
  afterAll(() => harness.stop());

  const sendText = async (text: string) => {
    const envelope = messageReceiveEvent(
      APP,
      { sender: { open_id: WANG }, chat: { chat_id: P2P, chat_type: 'p2p' }, body: { type: 'text', text } },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.eventUrl, envelope)).ok).toBe(true);
    await harness.settle();
    return harness.emulator.state.sent.filter((m) => m.replyTo === envelope.event.message.message_id);
  };

  it('stores a log and replies with its echo; an implausible one is stored only after the card is confirmed', async () => {
    const [saved] = await sendText('/日志 诊疗23 讲座1');
    expect(saved?.rawContent).toContain('已保存今日日志');

    const [card] = await sendText('/日志 诊疗300');
    expect(card?.msgType).toBe('interactive');
    expect((await getWorkLogWithHistory(harness.service.database.db, serviceDayId))?.patients).toBe(23);
    const confirm = callbackValues(card?.content).find((value) => value.action === 'worklog.confirm');
    expect(confirm).toMatchObject({ serviceDayId, baseVersion: 1, patients: 300 });

    const press = cardActionEvent(
      APP,
      { operator: { open_id: WANG }, messageId: card?.messageId ?? '', chatId: P2P, value: confirm },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.cardUrl, press)).ok).toBe(true);
    await harness.settle();
    const log = await getWorkLogWithHistory(harness.service.database.db, serviceDayId);
    expect(log).toMatchObject({ patients: 300, lectures: 1, version: 2 });
    expect(log?.revisions).toHaveLength(2);
  });
});
