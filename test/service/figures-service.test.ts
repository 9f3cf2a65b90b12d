import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/time/clock.js';
import { cardActionEvent, messageReceiveEvent, type EventPusher } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { callbackValues } from '../support/card-callbacks.js';
import { DEMO_COORDINATORS, WORLD_START } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { startDemoService } from '../support/demo-service.js';
import type { ServiceHarness } from '../support/service-harness.js';

const HOSPITAL = DEMO_COORDINATORS.hospital('zhangping_hospital');
const COUNTY = DEMO_COORDINATORS.county;

describe.each(testProviders())('figures, targets and 催办 through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let pusher: EventPusher;
  const clock = new ManualClock(WORLD_START);

  beforeAll(async () => {
    ({ harness, pusher } = await startDemoService(provider, clock));
  }, 120_000);
  afterAll(() => harness.stop());

  /** Sends a text as a user and returns the replies to it, as JSON text, with the first one's message id. */
  async function say(openId: string, text: string): Promise<{ json: string; messageId: string }> {
    const envelope = messageReceiveEvent(
      APP,
      {
        sender: { open_id: openId },
        chat: { chat_id: `oc_p2p_${openId}`, chat_type: 'p2p' },
        body: { type: 'text', text },
      },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.eventUrl, envelope)).ok).toBe(true);
    await harness.settle();
    const replies = harness.emulator.state.sent.filter((m) => m.replyTo === envelope.event.message.message_id);
    return { json: JSON.stringify(replies.map((m) => m.content)), messageId: replies[0]?.messageId ?? '' };
  }

  it('a hospital has no targets of its own until /目标 sets one, and /进度 names its period', async () => {
    const before = await say(HOSPITAL, '/进度');
    expect(before.json).toContain('本级未设目标');
    expect(before.json).toContain('统计期：项目开始至今');
    expect((await say(HOSPITAL, '/目标 诊疗人次 5000')).json).toContain('已设定 漳平市医院 的目标');
    expect((await say(HOSPITAL, '/进度')).json).toContain('本级目标');
  });

  it('/逾期 separates overdue from at risk, and a button reaches as many people as it says', async () => {
    const card = await say(COUNTY, '/逾期');
    expect(card.json).toContain('期限已过、到岗天数未达最低要求');
    expect(card.json).toContain('有风险：到岗天数可能达不到最低要求');
    const content = harness.emulator.state.sent.find((m) => m.messageId === card.messageId)?.content;
    const worklogs = callbackValues(content).find((value) => value.reason === 'worklogs');
    expect(worklogs).toBeDefined();
    const count = /催办（(\d+) 人）/.exec(card.json.slice(card.json.indexOf('未填日志的服务日')))?.[1];
    const press = cardActionEvent(
      APP,
      { operator: { open_id: COUNTY }, messageId: card.messageId, chatId: `oc_p2p_${COUNTY}`, value: worklogs },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.cardUrl, press)).ok).toBe(true);
    await harness.settle();
    const receipt = JSON.stringify(harness.emulator.state.sent.map((m) => m.content));
    expect(receipt).toContain(`已向 ${count} 人发送催办`);
  });
});
