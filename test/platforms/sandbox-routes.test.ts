import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app.js';
import { isLoopback, sandboxRoutes } from '../../src/platforms/sandbox/routes.js';
import type { SandboxMessage } from '../../src/platforms/sandbox/outbox.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';

/** A non-loopback address of this machine, if it has one. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

describe('sandbox routes', () => {
  let bot: BotHarness;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    bot = await createBotHarness();
    const log = pino({ level: 'silent' });
    const app = createHttpApp([sandboxRoutes({ core: bot.core, adapter: bot.adapter, log, maxWaitMs: 3000 })], log);
    server = app.listen(0, lanAddress ? '0.0.0.0' : '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await bot.close();
  });

  const post = (body: unknown, url = base) =>
    fetch(`${url}/sandbox/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const poll = async (chat: string, after = 0, wait = 3000) => {
    const response = await fetch(
      `${base}/sandbox/messages?chat=${encodeURIComponent(chat)}&after=${after}&wait=${wait}`,
    );
    return (await response.json()) as { messages: SandboxMessage[]; cursor: number };
  };

  it('takes a text event and long-polls the reply', async () => {
    const waiting = poll('p2p:ou_cli');
    const response = await post({ type: 'text', user: 'ou_cli', text: '/帮助' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'accepted', chatId: 'p2p:ou_cli' });
    const { messages, cursor } = await waiting;
    expect(messages).toHaveLength(1);
    expect(messages[0]?.kind).toBe('card');
    expect(messages[0]?.text).toContain('/帮助');
    expect(cursor).toBe(messages[0]?.seq);
    expect((await poll('p2p:ou_cli', cursor, 0)).messages).toEqual([]);
  });

  it('refuses malformed events and unknown buttons with 400', async () => {
    expect((await post({ type: 'text', user: 'ou_cli' })).status).toBe(400);
    expect((await post({ type: 'press', user: 'ou_cli', cardMessageId: 'sbm_nope', button: 1 })).status).toBe(400);
    const notJson = await fetch(`${base}/sandbox/events`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    expect((await fetch(`${base}/sandbox/messages`)).status).toBe(400);
  });

  it('answers loopback clients only', async () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('10.0.0.5')).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
    if (!lanAddress) return;
    const port = (server.address() as AddressInfo).port;
    const response = await post({ type: 'text', user: 'ou_cli', text: '/帮助' }, `http://${lanAddress}:${port}`);
    expect(response.status).toBe(403);
  });
});
