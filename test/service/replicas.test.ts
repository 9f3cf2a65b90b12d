import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.js';
import { countOutboundByStatus } from '../../src/db/queries/outbound-messages.js';
import { FEISHU_EVENT_PATH } from '../../src/platforms/feishu/webhook-routes.js';
import { startService, type RunningService } from '../../src/service.js';
import { systemClock } from '../../src/time/clock.js';
import {
  createEventPusher,
  messageReceiveEvent,
  startFeishuEmulator,
  type FeishuEmulator,
} from '../emulator/feishu/index.js';
import { APP, appServiceEnv, memoryLogger } from '../feishu/support.js';
import { createEmptyDatabase, testProviders } from '../support/db.js';

const providers = testProviders().filter((p) => p === 'postgresql');

describe.skipIf(providers.length === 0)('two service instances on one PostgreSQL database', () => {
  let emulator: FeishuEmulator;
  let database: { url: string; drop: () => Promise<void> };
  const instances: RunningService[] = [];

  beforeAll(async () => {
    emulator = await startFeishuEmulator({ apps: [APP] });
    database = await createEmptyDatabase('postgresql');
    const env = loadEnv({
      ...appServiceEnv(database.url, emulator.baseUrl),
    });
    // Started one after the other: the second finds the migrations applied.
    for (let i = 0; i < 2; i++) {
      const { log } = memoryLogger();
      instances.push(
        await startService({
          env,
          clock: systemClock,
          log,
          port: 0,
          host: '127.0.0.1',
          dispatcher: { pollIntervalMs: 20 },
        }),
      );
    }
  });
  afterAll(async () => {
    for (const instance of instances) await instance.stop();
    await emulator.close();
    await database.drop();
  });

  it('acts on each event once and sends each reply once, whichever instance gets it', async () => {
    const pusher = createEventPusher({ encryptKey: APP.encryptKey, state: emulator.state, retrySchedule: [] });
    const messageIds: string[] = [];
    for (let i = 0; i < 20; i++) {
      const envelope = messageReceiveEvent(APP, {
        sender: { open_id: `ou_replica_${i}` },
        chat: { chat_id: `oc_replica_${i}`, chat_type: 'p2p' },
        body: { type: 'text', text: '/帮助' },
      });
      messageIds.push(envelope.event.message.message_id);
      // Feishu's redelivery may reach either replica: push every event to both, concurrently.
      const results = await Promise.all(
        instances.map((instance) => pusher.push(`${instance.url}${FEISHU_EVENT_PATH}`, envelope)),
      );
      for (const result of results) expect(result.ok).toBe(true);
    }
    const deadline = Date.now() + 20_000;
    while ((await countOutboundByStatus(instances[0]!.database.db)).SENT < 20 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const id of messageIds) expect(emulator.state.sent.filter((m) => m.replyTo === id)).toHaveLength(1);
    expect(await countOutboundByStatus(instances[0]!.database.db)).toMatchObject({ SENT: 20, PENDING: 0, FAILED: 0 });
  });
});
