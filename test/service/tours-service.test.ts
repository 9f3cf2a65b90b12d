import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';
import { ManualClock } from '../../src/time/clock.js';
import { cardActionEvent, messageReceiveEvent, type EventPusher } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { callbackValues } from '../support/card-callbacks.js';
import { DEMO_COORDINATORS, WORLD_START, WORLD_TIME_ZONE, WORLD_TODAY } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { startDemoService } from '../support/demo-service.js';
import type { ServiceHarness } from '../support/service-harness.js';

const PROVINCE = DEMO_COORDINATORS.province;
const P2P = `oc_p2p_${PROVINCE}`;

describe.each(testProviders())('/巡回 through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let pusher: EventPusher;
  const clock = new ManualClock(WORLD_START);

  beforeAll(async () => {
    ({ harness, pusher } = await startDemoService(provider, clock, (db) =>
      loadDemoTours(db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE }),
    ));
  }, 180_000);
  afterAll(() => harness.stop());

  it('answers the province with every team × county under 30 KB; 看 <医院> opens the team', async () => {
    const envelope = messageReceiveEvent(
      APP,
      {
        sender: { open_id: PROVINCE },
        chat: { chat_id: P2P, chat_type: 'p2p' },
        body: { type: 'text', text: '/巡回' },
      },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.eventUrl, envelope)).ok).toBe(true);
    await harness.settle();
    const [card] = harness.emulator.state.sent.filter((m) => m.replyTo === envelope.event.message.message_id);
    expect(card?.msgType).toBe('interactive');
    expect(cardRequestBytes(card?.content as Record<string, unknown>)).toBeLessThan(30 * 1024);
    const text = JSON.stringify(card?.content);
    for (const county of ['连江县', '柘荣县', '漳平市']) expect(text).toContain(county);

    const drill = callbackValues(card?.content).find((value) => value.action === 'tours.team');
    expect(drill).toBeDefined();
    const press = cardActionEvent(
      APP,
      { operator: { open_id: PROVINCE }, messageId: card?.messageId ?? '', chatId: P2P, value: drill ?? {} },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.cardUrl, press)).ok).toBe(true);
    await harness.settle();
    const team = JSON.stringify(harness.emulator.state.sent.at(-1)?.content);
    expect(team).toContain('福建省儿童医院 医疗队');
    expect(team).toContain('规则检查');
  });
});
