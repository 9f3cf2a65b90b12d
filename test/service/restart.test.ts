import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { countOutboundByStatus } from '../../src/db/queries/outbound-messages.js';
import { FEISHU_EVENT_PATH } from '../../src/platforms/feishu/webhook-routes.js';
import {
  createEventPusher,
  messageReceiveEvent,
  startFeishuEmulator,
  type FeishuEmulator,
} from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { createEmptyDatabase, testProviders } from '../support/db.js';

/** Starts `npm start`'s entry point as a real process and waits until it is healthy. */
async function startProcess(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: process.env.RESTART_TEST_LOG ?? 'warn' },
    stdio: ['ignore', process.env.RESTART_TEST_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the service did not become healthy');
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(testProviders())('kill -9 with pending messages, then restart (%s)', (provider) => {
  let emulator: FeishuEmulator;
  let database: { url: string; drop: () => Promise<void> };
  let child: ChildProcess | undefined;
  const port = 20_000 + Math.floor(Math.random() * 20_000);

  beforeAll(async () => {
    emulator = await startFeishuEmulator({ apps: [APP] });
    database = await createEmptyDatabase(provider);
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await emulator.close();
    await database.drop();
  });

  it('delivers every reply exactly once after the restart', async () => {
    const env = {
      DATABASE_URL: database.url,
      FEISHU_APP_ID: APP.appId,
      FEISHU_APP_SECRET: APP.appSecret,
      FEISHU_ENCRYPT_KEY: APP.encryptKey ?? '',
      FEISHU_VERIFICATION_TOKEN: APP.verificationToken,
      FEISHU_BASE_URL: emulator.baseUrl,
      // A killed replica's claims are taken over when their lease runs out: short here, so the test is.
      DELIVERY_LEASE_SECONDS: '2',
    };
    child = await startProcess(env, port);
    // The first reply is carried out by Feishu but its answer is lost (the crash window); every other
    // attempt fails, so the replies are still pending when the process is killed.
    emulator.faults.next('reply', 1, { kind: 'server_error', afterCommit: true });
    emulator.faults.probability('reply', 1, { kind: 'server_error' });
    const pusher = createEventPusher({ encryptKey: APP.encryptKey, state: emulator.state, retrySchedule: [] });
    const messageIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const envelope = messageReceiveEvent(APP, {
        sender: { open_id: `ou_restart_${i}` },
        chat: { chat_id: `oc_restart_${i}`, chat_type: 'p2p' },
        body: { type: 'text', text: '/帮助' },
      });
      expect((await pusher.push(`http://127.0.0.1:${port}${FEISHU_EVENT_PATH}`, envelope)).ok).toBe(true);
      messageIds.push(envelope.event.message.message_id);
    }
    const { db, close } = openDatabase(database.url);
    try {
      await waitFor(async () => {
        const counts = await countOutboundByStatus(db);
        return counts.PENDING + counts.SENDING === 5;
      }, 'five pending replies');
      child.kill('SIGKILL');
      await new Promise((resolve) => child?.once('exit', resolve));

      emulator.faults.clear();
      child = await startProcess(env, port);
      await waitFor(async () => (await countOutboundByStatus(db)).SENT === 5, 'five sent replies');
    } finally {
      await close();
    }
    for (const id of messageIds) expect(emulator.state.sent.filter((m) => m.replyTo === id)).toHaveLength(1);
    expect(emulator.state.dedupHits.length).toBeGreaterThanOrEqual(1);
  });
});
