import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotCore } from '../../src/core/bot.js';
import { createBot } from '../../src/create-bot.js';
import { countOutboundByStatus, countOutboundQueued } from '../../src/db/queries/outbound-messages.js';
import { Dispatcher } from '../../src/delivery/dispatcher.js';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import type { PlatformAdapter } from '../../src/platforms/adapter.js';
import { FeishuAdapter } from '../../src/platforms/feishu/adapter.js';
import { FEISHU_EVENT_PATH, feishuWebhookRoutes } from '../../src/platforms/feishu/webhook-routes.js';
import { systemClock } from '../../src/time/clock.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import {
  createEventPusher,
  messageReceiveEvent,
  startFeishuEmulator,
  type EventPusher,
  type FeishuEmulator,
} from '../emulator/feishu/index.js';
import { APP, feishuEnv, listen, memoryLogger } from './support.js';

/**
 * The whole Feishu path with the real core and ledger: emulator pushes → webhook routes → core →
 * delivery dispatcher → FeishuAdapter → emulator.
 */
describe.each(testProviders())('Feishu end to end (%s)', (provider) => {
  const { log, lines } = memoryLogger();
  let database: TestDatabase;
  let emulator: FeishuEmulator;
  let dispatcher: Dispatcher;
  let core: BotCore;
  let metrics: Metrics;
  let server: { baseUrl: string; close: () => Promise<void> };
  let pusher: EventPusher;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    emulator = await startFeishuEmulator({ apps: [APP] });
    metrics = createMetrics();
    const adapter = new FeishuAdapter(
      { appId: APP.appId, appSecret: APP.appSecret, baseUrl: emulator.baseUrl },
      { log, locale: 'zh-CN' },
    );
    const adapters = new Map<'FEISHU', PlatformAdapter>([['FEISHU', adapter]]);
    dispatcher = new Dispatcher({ database, adapters, logger: log, metrics, pollIntervalMs: 20 });
    dispatcher.start();
    core = createBot({
      db: database.db,
      journal: database.journal,
      clock: systemClock,
      log,
      metrics,
      adapters,
      dispatcher,
      config: { locale: 'zh-CN', timeZone: 'Asia/Shanghai', adminUserIds: [] },
    });
    const routes = feishuWebhookRoutes({
      bot: core,
      config: feishuEnv(),
      log,
      metrics,
      clock: systemClock,
      botOpenId: () => APP.botOpenId,
    });
    server = await listen([routes], log);
    pusher = createEventPusher({ encryptKey: APP.encryptKey, state: emulator.state, retrySchedule: [] });
  });
  afterAll(async () => {
    await core.drain();
    await dispatcher.stop();
    await server.close();
    await emulator.close();
    await database.destroy();
  });

  /** Waits until the core is idle and the ledger empty. */
  async function settle(): Promise<void> {
    const deadline = Date.now() + 10_000;
    do {
      await core.drain();
      if ((await countOutboundQueued(database.db)) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    } while (Date.now() < deadline);
    throw new Error('the ledger did not drain');
  }

  it('acts on a message pushed three times exactly once, and the reply reaches Feishu once', async () => {
    const envelope = messageReceiveEvent(APP, {
      sender: { open_id: 'ou_e2e_wang', name: '王医生' },
      chat: { chat_id: 'oc_e2e_p2p', chat_type: 'p2p' },
      body: { type: 'text', text: '/帮助' },
    });
    for (let i = 0; i < 3; i++)
      expect((await pusher.push(`${server.baseUrl}${FEISHU_EVENT_PATH}`, envelope)).ok).toBe(true);
    await settle();

    const replies = emulator.state.sent.filter((m) => m.replyTo === envelope.event.message.message_id);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.chatId).toBe('oc_e2e_p2p');
    expect((await metrics.eventsDuplicated.get()).values[0]?.value).toBe(2);
    expect(await countOutboundByStatus(database.db)).toMatchObject({ SENT: 1 });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('stores nothing for a forged push', async () => {
    const before = emulator.state.sent.length;
    const envelope = messageReceiveEvent(APP, {
      sender: { open_id: 'ou_e2e_li' },
      chat: { chat_id: 'oc_e2e_p2p_li', chat_type: 'p2p' },
      body: { type: 'text', text: '/帮助' },
    });
    const result = await pusher.push(`${server.baseUrl}${FEISHU_EVENT_PATH}`, envelope, {
      forgeSignature: true,
      once: true,
    });
    expect(result.attempts[0]?.status).toBe(401);
    await settle();
    expect(emulator.state.sent).toHaveLength(before);
    const received = (await metrics.eventsReceived.get()).values.reduce((sum, v) => sum + v.value, 0);
    expect(received).toBe(1);
  });
});
