import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';
import { ManualClock } from '../../src/time/clock.js';
import { cardActionEvent, messageReceiveEvent, type EventPusher } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { callbackValues } from '../support/card-callbacks.js';
import { DEMO_COORDINATORS, WORLD_START } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { feishuChartProblems, feishuCharts } from '../support/feishu-chart-check.js';
import { startDemoService } from '../support/demo-service.js';
import type { ServiceHarness } from '../support/service-harness.js';

const COUNTY = DEMO_COORDINATORS.county;
const P2P = `oc_p2p_${COUNTY}`;

describe.each(testProviders())('/汇总 through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let pusher: EventPusher;
  const clock = new ManualClock(WORLD_START);

  beforeAll(async () => {
    ({ harness, pusher } = await startDemoService(provider, clock));
  }, 120_000);
  afterAll(() => harness.stop());

  it('replies with a card JSON 2.0 summary under 30 KB whose chart follows the schema; drill-down patches it', async () => {
    const envelope = messageReceiveEvent(
      APP,
      { sender: { open_id: COUNTY }, chat: { chat_id: P2P, chat_type: 'p2p' }, body: { type: 'text', text: '/汇总' } },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.eventUrl, envelope)).ok).toBe(true);
    await harness.settle();
    const [card] = harness.emulator.state.sent.filter((m) => m.replyTo === envelope.event.message.message_id);
    expect(card?.msgType).toBe('interactive');
    expect(cardRequestBytes(card?.content as Record<string, unknown>)).toBeLessThan(30 * 1024);
    const charts = feishuCharts(card?.content);
    expect(charts).toHaveLength(1);
    expect(feishuChartProblems(charts[0])).toEqual([]);

    const drill = callbackValues(card?.content).find((value) => value.action === 'summary.drill');
    expect(drill).toMatchObject({ month: '2026-11', scope: '漳平市医院', page: 1 });
    const press = cardActionEvent(
      APP,
      { operator: { open_id: COUNTY }, messageId: card?.messageId ?? '', chatId: P2P, value: drill },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.cardUrl, press)).ok).toBe(true);
    await harness.settle();
    const updated = JSON.stringify(harness.emulator.state.currentCard(card?.messageId ?? ''));
    expect(updated).toContain('漳平市医院 · 2026-11');
    expect(updated).toContain('按支援医师');
  });
});
