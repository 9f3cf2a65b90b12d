import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { countOutboundByStatus } from '../../src/db/queries/outbound-messages.js';
import { FEISHU_EVENT_PATH } from '../../src/platforms/feishu/webhook-routes.js';
import {
  createEventPusher,
  messageReceiveEvent,
  startFeishuEmulator,
  type FeishuEmulator,
} from '../emulator/feishu/index.js';
import { APP, appServiceEnv } from '../feishu/support.js';
import { createEmptyDatabase, testProviders } from '../support/db.js';
import { killHard, randomPort, startServiceProcess, waitFor } from '../support/service-process.js';

/** Feishu redelivers after 15 s, 5 min …; here the same steps, shortened. */
const FAST_REDELIVERY = [300, 600, 1_000, 2_000, 3_000, 5_000, 8_000];

describe.each(testProviders())('kill -9 of the service (%s)', (provider) => {
  let emulator: FeishuEmulator;
  let database: { url: string; drop: () => Promise<void> };
  let child: ChildProcess | undefined;
  const port = randomPort();
  const env = () => ({
    ...appServiceEnv(database.url, emulator.baseUrl),
    // A killed process's claims and events are taken over quickly here, so the test is quick.
    DELIVERY_LEASE_SECONDS: '2',
    RESUME_AFTER_SECONDS: '1',
    SCHEDULER_ENABLED: 'false',
  });

  beforeAll(async () => {
    emulator = await startFeishuEmulator({ apps: [APP] });
  });
  afterAll(() => emulator.close());
  afterEach(async () => {
    if (child) await killHard(child);
    emulator.faults.clear();
    await database.drop();
  });

  const helpEvent = (tag: string, i: number) =>
    messageReceiveEvent(APP, {
      sender: { open_id: `ou_${tag}_${i}` },
      chat: { chat_id: `oc_${tag}_${i}`, chat_type: 'p2p' },
      body: { type: 'text', text: '/帮助' },
    });

  const repliesTo = (messageId: string) => emulator.state.sent.filter((m) => m.replyTo === messageId);

  it('with replies pending (one already carried out by Feishu) delivers each exactly once after the restart', async () => {
    database = await createEmptyDatabase(provider);
    child = await startServiceProcess(env(), port);
    // The first reply is carried out by Feishu but its answer is lost (the crash window); every other
    // attempt fails, so the replies are still pending when the process is killed.
    emulator.faults.next('reply', 1, { kind: 'server_error', afterCommit: true });
    emulator.faults.probability('reply', 1, { kind: 'server_error' });
    const pusher = createEventPusher({ encryptKey: APP.encryptKey, state: emulator.state, retrySchedule: [] });
    const messageIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const envelope = helpEvent('pending', i);
      expect((await pusher.push(`http://127.0.0.1:${port}${FEISHU_EVENT_PATH}`, envelope)).ok).toBe(true);
      messageIds.push(envelope.event.message.message_id);
    }
    const { db, close } = openDatabase(database.url);
    try {
      await waitFor(async () => {
        const counts = await countOutboundByStatus(db);
        return counts.PENDING + counts.SENDING === 5;
      }, 'five pending replies');
      await killHard(child);
      emulator.faults.clear();
      child = await startServiceProcess(env(), port);
      await waitFor(async () => (await countOutboundByStatus(db)).SENT === 5, 'five sent replies');
    } finally {
      await close();
    }
    for (const id of messageIds) expect(repliesTo(id)).toHaveLength(1);
    expect(emulator.state.dedupHits.length).toBeGreaterThanOrEqual(1);
  });

  it('in the middle of a burst answers every event exactly once after the restart', async () => {
    database = await createEmptyDatabase(provider);
    child = await startServiceProcess(env(), port);
    const pusher = createEventPusher({
      encryptKey: APP.encryptKey,
      state: emulator.state,
      retrySchedule: FAST_REDELIVERY,
    });
    const url = `http://127.0.0.1:${port}${FEISHU_EVENT_PATH}`;
    const envelopes = Array.from({ length: 120 }, (_, i) => helpEvent('burst', i));
    // Every 5 ms a new event, as a month-start rush would; the kill lands in the middle of it.
    const pushes = envelopes.map(
      (envelope, i) =>
        new Promise<boolean>((resolve) => {
          setTimeout(() => void pusher.push(url, envelope).then((r) => resolve(r.ok)), i * 5);
        }),
    );
    await waitFor(() => emulator.state.sent.length >= 30, 'the first replies');
    await killHard(child);
    expect(emulator.state.sent.length, 'the kill came before the burst was answered').toBeLessThan(envelopes.length);
    child = await startServiceProcess(env(), port);
    expect(await Promise.all(pushes)).toEqual(envelopes.map(() => true));
    const ids = envelopes.map((e) => e.event.message.message_id);
    await waitFor(() => ids.every((id) => repliesTo(id).length >= 1), 'a reply to every event', 30_000);
    // Give a duplicate, if there were one, the time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const id of ids) expect(repliesTo(id), id).toHaveLength(1);
  });
});
