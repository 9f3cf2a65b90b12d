import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as lark from '@larksuiteoapi/node-sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  attachWsEmulation,
  botAddedEvent,
  botMenuEvent,
  cardActionEvent,
  createEventPusher,
  createManualClock,
  decryptPayload,
  encryptPayload,
  messageReceiveEvent,
  sealEnvelope,
  signBody,
  startFeishuEmulator,
  urlVerification,
  type FeishuEmulator,
  type ManualClock,
} from './feishu/index.js';

const APP = {
  appId: 'cli_0123456789abcdef',
  appSecret: 'secret-one',
  encryptKey: 'encrypt-key-one',
  verificationToken: 'verification-one',
};
const OTHER_APP = { appId: 'cli_fedcba9876543210', appSecret: 'secret-two' };

/** The SDK treats `LoggerLevel.fatal` (0) as unset, so silence it with a logger that drops everything. */
const silent = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** An SDK client against the emulator, with its own token cache and quiet logs. */
function sdkClient(emulator: FeishuEmulator, app: { appId: string; appSecret: string } = APP): lark.Client {
  return new lark.Client({
    appId: app.appId,
    appSecret: app.appSecret,
    domain: emulator.baseUrl,
    cache: new lark.DefaultCache(),
    logger: silent,
  });
}

interface RawAnswer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

/** A raw OpenAPI call, for checks the SDK would hide (and for speed in the rate-limit loops). */
async function call(
  emulator: FeishuEmulator,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<RawAnswer> {
  const response = await fetch(emulator.baseUrl + path, {
    method,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      ...(options.token !== undefined && { Authorization: `Bearer ${options.token}` }),
    },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

async function tokenOf(emulator: FeishuEmulator, app: { appId: string; appSecret: string } = APP): Promise<string> {
  const answer = await call(emulator, 'POST', '/open-apis/auth/v3/tenant_access_token/internal', {
    body: { app_id: app.appId, app_secret: app.appSecret },
  });
  return String(answer.json.tenant_access_token);
}

const textContent = (text: string) => JSON.stringify({ text });

/** A JSON 2.0 card whose content string is `bytes` long (roughly: one markdown element padded). */
function cardOfSize(bytes: number): string {
  const base = JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: '' }] } });
  return JSON.stringify({
    schema: '2.0',
    body: { elements: [{ tag: 'markdown', content: 'x'.repeat(bytes - base.length) }] },
  });
}

/** The AxiosError the SDK rethrows on a non-2xx answer (doc §7.9). */
interface SdkHttpError {
  response: { status: number; data: { code: number; msg: string }; headers: Record<string, string> };
}

async function sdkError(promise: Promise<unknown>): Promise<SdkHttpError['response']> {
  try {
    await promise;
  } catch (error) {
    return (error as SdkHttpError).response;
  }
  throw new Error('expected the SDK call to fail');
}

/** A local HTTP server answering pushes; `answer` decides per request. */
async function startReceiver(
  answer: (req: IncomingMessage, body: string, index: number) => Promise<{ status: number; body?: string }>,
): Promise<{ url: string; bodies: string[]; headers: IncomingMessage['headers'][]; close(): Promise<void> }> {
  const bodies: string[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    bodies.push(body);
    headers.push(req.headers);
    const reply = await answer(req, body, bodies.length - 1);
    res.statusCode = reply.status;
    res.end(reply.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    bodies,
    headers,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** An SDK webhook endpoint (`adaptDefault`) around a dispatcher, the way a Koa service would mount it. */
async function startSdkReceiver(dispatcher: lark.EventDispatcher) {
  const handler = lark.adaptDefault('/webhook', dispatcher, { autoChallenge: true });
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function quietDispatcher(): lark.EventDispatcher {
  return new lark.EventDispatcher({
    encryptKey: APP.encryptKey,
    verificationToken: APP.verificationToken,
    logger: silent,
  });
}

let clock: ManualClock;
let emulator: FeishuEmulator;

beforeEach(async () => {
  clock = createManualClock();
  emulator = await startFeishuEmulator({ apps: [APP, OTHER_APP], now: clock.now, seed: 7 });
});

afterEach(async () => {
  await emulator.close();
});

describe('tokens and auth', () => {
  it('reuses a token while more than 30 min remain, then issues a new one and keeps the old valid', async () => {
    const first = await call(emulator, 'POST', '/open-apis/auth/v3/tenant_access_token/internal', {
      body: { app_id: APP.appId, app_secret: APP.appSecret },
    });
    expect(first.json).toMatchObject({ code: 0, msg: 'ok', expire: 7200 });
    const token = String(first.json.tenant_access_token);
    expect(token).toMatch(/^t-/);

    clock.advance(89 * MINUTE);
    expect(await tokenOf(emulator)).toBe(token);

    clock.advance(2 * MINUTE); // 29 min left
    const renewed = await tokenOf(emulator);
    expect(renewed).not.toBe(token);
    const old = await call(emulator, 'GET', '/open-apis/contact/v3/users/nobody', { token });
    expect(old.json.code).toBe(41050); // authenticated, just an unknown user

    clock.advance(30 * MINUTE); // the old one has expired
    const expired = await call(emulator, 'GET', '/open-apis/contact/v3/users/nobody', { token });
    expect(expired).toMatchObject({ status: 400, json: { code: 99991663 } });
  });

  it('refuses a wrong secret, a missing token and a foreign token format', async () => {
    const wrong = await call(emulator, 'POST', '/open-apis/auth/v3/tenant_access_token/internal', {
      body: { app_id: APP.appId, app_secret: 'nope' },
    });
    expect(wrong.json).toMatchObject({ code: 99991543 });
    expect(wrong.json.tenant_access_token).toBeUndefined();

    const missing = await call(emulator, 'POST', '/open-apis/im/v1/messages?receive_id_type=open_id', { body: {} });
    expect(missing).toMatchObject({ status: 400, json: { code: 99991661 } });
    const format = await call(emulator, 'POST', '/open-apis/im/v1/messages?receive_id_type=open_id', {
      token: 'abc',
      body: {},
    });
    expect(format.json.code).toBe(99991671);
    expect(emulator.state.rejectionCounts()).toMatchObject({
      token_bad_credentials: 1,
      missing_token: 1,
      token_format: 1,
    });
  });

  it('can revoke tokens, which the Node SDK does not recover from by itself (doc §7.1)', async () => {
    const alice = emulator.state.addUser();
    const client = sdkClient(emulator);
    const send = () =>
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: alice.open_id, msg_type: 'text', content: textContent('x') },
      });
    expect((await send()).code).toBe(0);
    emulator.tokens.revoke(APP.appId);
    expect(await sdkError(send())).toMatchObject({ status: 400, data: { code: 99991663 } });
    expect(emulator.state.callCounts.get('token')).toBe(1);
  });

  it('makes the SDK fail clearly when the secret is wrong', async () => {
    const client = sdkClient(emulator, { appId: APP.appId, appSecret: 'wrong' });
    await expect(
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: 'ou_x', msg_type: 'text', content: textContent('hi') },
      }),
    ).rejects.toThrow(/99991543/);
  });
});

describe('messages through the SDK', () => {
  it('fetches one token and sends, replies and patches', async () => {
    const alice = emulator.state.addUser({ name: 'Alice' });
    const client = sdkClient(emulator);

    const sent = await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: alice.open_id, msg_type: 'text', content: textContent('你好'), uuid: 'u-1' },
    });
    expect(sent.code).toBe(0);
    expect(sent.data).toMatchObject({
      msg_type: 'text',
      sender: { id: APP.appId, id_type: 'app_id', sender_type: 'app' },
      body: { content: textContent('你好') },
    });

    const inbound = emulator.state.recordUserMessage({
      app_id: APP.appId,
      chat_id: emulator.state.p2pChat(APP.appId, alice.open_id).chat_id,
      chat_type: 'p2p',
      sender: alice,
      message_type: 'text',
      content: textContent('签到'),
    });
    const reply = await client.im.message.reply({
      path: { message_id: inbound.message_id },
      data: { msg_type: 'text', content: textContent('已签到') },
    });
    expect(reply.data).toMatchObject({ parent_id: inbound.message_id, root_id: inbound.message_id });

    const group = emulator.state.addGroup({ name: '卫生院群' });
    const card = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'v1' }] } };
    const cardMessage = await client.im.message.create({
      params: { receive_id_type: 'chat_id' },
      data: { receive_id: group.chat_id, msg_type: 'interactive', content: JSON.stringify(card) },
    });
    const cardId = cardMessage.data?.message_id ?? '';
    const updated = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'v2' }] } };
    const patch = await client.im.message.patch({
      path: { message_id: cardId },
      data: { content: JSON.stringify(updated) },
    });
    expect(patch.code).toBe(0);

    const { state } = emulator;
    expect(state.callCounts.get('token')).toBe(1);
    expect(state.sent.map((m) => [m.via, m.msgType, m.chatType])).toEqual([
      ['send', 'text', 'p2p'],
      ['reply', 'text', 'p2p'],
      ['send', 'interactive', 'group'],
    ]);
    expect(state.sentTo(alice.open_id)).toHaveLength(2);
    expect(state.sent[0]).toMatchObject({ receiveIdType: 'open_id', uuid: 'u-1', content: { text: '你好' } });
    expect(state.sent[1]?.replyTo).toBe(inbound.message_id);
    expect(state.currentCard(cardId)).toEqual(updated);
    expect(state.patches).toMatchObject([{ messageId: cardId, content: updated }]);
  });

  it('validates receive_id_type, content against msg_type, receivers and patch targets', async () => {
    const token = await tokenOf(emulator);
    const alice = emulator.state.addUser();
    const send = (idType: string, body: object) =>
      call(emulator, 'POST', `/open-apis/im/v1/messages?receive_id_type=${idType}`, { token, body });

    expect(
      (await send('phone', { receive_id: alice.open_id, msg_type: 'text', content: textContent('x') })).json.code,
    ).toBe(230001);
    expect(
      (await send('open_id', { receive_id: alice.open_id, msg_type: 'text', content: '{"image_key":"i"}' })).json,
    ).toMatchObject({ code: 230001 });
    expect(
      (await send('open_id', { receive_id: alice.open_id, msg_type: 'text', content: { text: 'x' } })).status,
    ).toBe(400);
    expect(
      (await send('open_id', { receive_id: 'ou_unknown', msg_type: 'text', content: textContent('x') })).json.code,
    ).toBe(230013);
    const foreignGroup = emulator.state.addGroup({ name: 'no bot', botAppIds: [] });
    expect(
      (await send('chat_id', { receive_id: foreignGroup.chat_id, msg_type: 'text', content: textContent('x') })).json
        .code,
    ).toBe(230002);
    expect(
      (
        await send('open_id', {
          receive_id: alice.open_id,
          msg_type: 'text',
          content: textContent('x'),
          uuid: 'u'.repeat(51),
        })
      ).json.code,
    ).toBe(230001);

    const text = await send('user_id', { receive_id: alice.user_id, msg_type: 'text', content: textContent('x') });
    const textId = String((text.json.data as { message_id: string }).message_id);
    const patchText = await call(emulator, 'PATCH', `/open-apis/im/v1/messages/${textId}`, {
      token,
      body: { content: cardOfSize(200) },
    });
    expect(patchText.json.code).toBe(230054);

    const oldCard = JSON.stringify({ config: { wide_screen_mode: true }, elements: [] });
    const card = await send('open_id', { receive_id: alice.open_id, msg_type: 'interactive', content: oldCard });
    const cardId = String((card.json.data as { message_id: string }).message_id);
    const notShared = await call(emulator, 'PATCH', `/open-apis/im/v1/messages/${cardId}`, {
      token,
      body: { content: cardOfSize(200) },
    });
    expect(notShared.json.code).toBe(230001);
    const byOtherApp = await call(emulator, 'PATCH', `/open-apis/im/v1/messages/${cardId}`, {
      token: await tokenOf(emulator, OTHER_APP),
      body: { content: cardOfSize(200) },
    });
    expect(byOtherApp.json.code).toBe(230017);
    expect(emulator.state.sent).toHaveLength(2);
  });

  it('refuses patches of cards older than 14 days', async () => {
    const token = await tokenOf(emulator);
    const group = emulator.state.addGroup({ name: 'g' });
    const sent = await call(emulator, 'POST', '/open-apis/im/v1/messages?receive_id_type=chat_id', {
      token,
      body: { receive_id: group.chat_id, msg_type: 'interactive', content: cardOfSize(300) },
    });
    const id = String((sent.json.data as { message_id: string }).message_id);
    clock.advance(15 * 24 * 60 * MINUTE);
    const fresh = await tokenOf(emulator);
    const patch = await call(emulator, 'PATCH', `/open-apis/im/v1/messages/${id}`, {
      token: fresh,
      body: { content: cardOfSize(300) },
    });
    expect(patch.json.code).toBe(230031);
  });

  it('enforces the 30 KB card and 150 KB text limits on the request body (230025)', async () => {
    const group = emulator.state.addGroup({ name: 'g' });
    const client = sdkClient(emulator);
    const sendCard = (content: string) =>
      client.im.message.create({
        params: { receive_id_type: 'chat_id' },
        data: { receive_id: group.chat_id, msg_type: 'interactive', content },
      });
    // The request body wraps the content in {"receive_id":…,"msg_type":…,"content":"…"} with escaping.
    expect((await sendCard(cardOfSize(25 * 1024))).code).toBe(0);
    const tooBig = await sdkError(sendCard(cardOfSize(30 * 1024)));
    expect(tooBig).toMatchObject({ status: 400, data: { code: 230025 } });

    const sendText = (text: string) =>
      client.im.message.create({
        params: { receive_id_type: 'chat_id' },
        data: { receive_id: group.chat_id, msg_type: 'text', content: textContent(text) },
      });
    expect((await sendText('字'.repeat(40_000))).code).toBe(0); // 120 KB of UTF-8
    expect((await sdkError(sendText('字'.repeat(52_000)))).data.code).toBe(230025);
    expect(emulator.state.rejectionCounts().content_too_long).toBe(2);
  });
});

describe('uuid dedup', () => {
  it('answers a repeated uuid with the first message for one hour without sending again', async () => {
    const alice = emulator.state.addUser();
    const client = sdkClient(emulator);
    const send = (text: string) =>
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: alice.open_id, msg_type: 'text', content: textContent(text), uuid: 'reminder-42' },
      });
    const first = await send('a');
    const again = await send('b');
    expect(again.data?.message_id).toBe(first.data?.message_id);
    expect(again.data?.body?.content).toBe(textContent('a'));
    expect(emulator.state.deliveredByUuid().get('reminder-42')).toBe(1);
    expect(emulator.state.dedupHits).toHaveLength(1);

    clock.advance(60 * MINUTE);
    const later = await send('c');
    expect(later.data?.message_id).not.toBe(first.data?.message_id);
    expect(emulator.state.deliveredByUuid().get('reminder-42')).toBe(2);
  });

  it('keeps uuids per app and shares them between send and reply', async () => {
    const alice = emulator.state.addUser();
    const body = { receive_id: alice.open_id, msg_type: 'text', content: textContent('x'), uuid: 'same' };
    const one = await sdkClient(emulator).im.message.create({ params: { receive_id_type: 'open_id' }, data: body });
    const two = await sdkClient(emulator, OTHER_APP).im.message.create({
      params: { receive_id_type: 'open_id' },
      data: body,
    });
    expect(two.data?.message_id).not.toBe(one.data?.message_id);
    const reply = await sdkClient(emulator).im.message.reply({
      path: { message_id: one.data?.message_id ?? '' },
      data: { msg_type: 'text', content: textContent('y'), uuid: 'same' },
    });
    expect(reply.data?.message_id).toBe(one.data?.message_id);
  });
});

describe('fault injection', () => {
  it('surfaces an injected 429 with the ogw headers through the SDK', async () => {
    const alice = emulator.state.addUser();
    emulator.faults.next('send', 1, { kind: 'rate_limit', resetSec: 7, limit: 50 });
    const client = sdkClient(emulator);
    const send = () =>
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: alice.open_id, msg_type: 'text', content: textContent('x') },
      });
    const limited = await sdkError(send());
    expect(limited.status).toBe(429);
    expect(limited.data).toEqual({ code: 99991400, msg: 'request trigger frequency limit' });
    expect(limited.headers['x-ogw-ratelimit-reset']).toBe('7');
    expect(limited.headers['x-ogw-ratelimit-limit']).toBe('50');
    expect((await send()).code).toBe(0);
    expect(emulator.state.rejectionCounts()).toEqual({ fault_429: 1 });
  });

  it('injects 5xx before the call, or after it took effect (so a retry must rely on uuid)', async () => {
    const alice = emulator.state.addUser();
    const client = sdkClient(emulator);
    const send = () =>
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: alice.open_id, msg_type: 'text', content: textContent('x'), uuid: 'once' },
      });
    emulator.faults.next('send', 1, { kind: 'server_error', status: 503 });
    expect((await sdkError(send())).status).toBe(503);
    expect(emulator.state.sent).toHaveLength(0);

    emulator.faults.next('send', 1, { kind: 'server_error', afterCommit: true });
    expect((await sdkError(send())).status).toBe(500);
    expect(emulator.state.sent).toHaveLength(1);
    expect((await send()).code).toBe(0); // the retry is answered from the uuid index
    expect(emulator.state.deliveredByUuid().get('once')).toBe(1);
  });

  it('delays answers and drops connections', async () => {
    const token = await tokenOf(emulator);
    emulator.faults.next('user_get', 1, { kind: 'delay', ms: 120 });
    const started = Date.now();
    await call(emulator, 'GET', '/open-apis/contact/v3/users/x', { token });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);

    emulator.faults.next('*', 1, { kind: 'disconnect' });
    await expect(call(emulator, 'GET', '/open-apis/contact/v3/users/x', { token })).rejects.toThrow();
    expect(emulator.state.faults.map((f) => f.fault.kind)).toEqual(['delay', 'disconnect']);
  });

  it('draws random faults from a seeded PRNG, so the same seed gives the same pattern', async () => {
    const pattern = async (seed: number) => {
      const emu = await startFeishuEmulator({ apps: [APP], seed });
      emu.faults.probability('token', 0.5, { kind: 'server_error' });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const answer = await fetch(`${emu.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`, {
          method: 'POST',
          body: JSON.stringify({ app_id: APP.appId, app_secret: APP.appSecret }),
        });
        statuses.push(answer.status);
      }
      await emu.close();
      return statuses;
    };
    const first = await pattern(42);
    expect(await pattern(42)).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });
});

describe('rate limits on the fake clock', () => {
  it('allows 5 messages per second into one chat (230020), per user and per group', async () => {
    const token = await tokenOf(emulator);
    const alice = emulator.state.addUser();
    const send = () =>
      call(emulator, 'POST', '/open-apis/im/v1/messages?receive_id_type=open_id', {
        token,
        body: { receive_id: alice.open_id, msg_type: 'text', content: textContent('x') },
      });
    for (let i = 0; i < 5; i++) expect((await send()).status).toBe(200);
    expect(await send()).toMatchObject({ status: 400, json: { code: 230020 } });
    clock.advance(SECOND);
    expect((await send()).status).toBe(200);

    // A group's 5/s is shared by every bot in it.
    const group = emulator.state.addGroup({ name: 'shared' });
    const other = await tokenOf(emulator, OTHER_APP);
    const toGroup = (t: string) =>
      call(emulator, 'POST', '/open-apis/im/v1/messages?receive_id_type=chat_id', {
        token: t,
        body: { receive_id: group.chat_id, msg_type: 'text', content: textContent('x') },
      });
    for (let i = 0; i < 3; i++) await toGroup(token);
    for (let i = 0; i < 2; i++) expect((await toGroup(other)).status).toBe(200);
    expect((await toGroup(other)).json.code).toBe(230020);
  });

  it('allows 50 calls per second per app and API, answering 429 with ogw headers', async () => {
    const token = await tokenOf(emulator);
    const users = Array.from({ length: 11 }, () => emulator.state.addUser());
    const send = (i: number) =>
      call(emulator, 'POST', '/open-apis/im/v1/messages?receive_id_type=open_id', {
        token,
        body: { receive_id: users[i % users.length]?.open_id, msg_type: 'text', content: textContent('x') },
      });
    for (let i = 0; i < 50; i++) expect((await send(i)).status).toBe(200);
    const limited = await send(50);
    expect(limited).toMatchObject({ status: 429, json: { code: 99991400 } });
    expect(limited.headers.get('x-ogw-ratelimit-limit')).toBe('50');
    expect(limited.headers.get('x-ogw-ratelimit-reset')).toBe('1');
    // Other APIs and other apps have their own budget.
    expect((await call(emulator, 'GET', '/open-apis/contact/v3/users/x', { token })).status).toBe(400);
    clock.advance(SECOND);
    expect((await send(51)).status).toBe(200);
  });

  it('allows 1000 calls per minute per app and API', async () => {
    const token = await tokenOf(emulator);
    const users = Array.from({ length: 10 }, () => emulator.state.addUser());
    const send = (i: number) =>
      call(emulator, 'POST', '/open-apis/im/v1/messages?receive_id_type=open_id', {
        token,
        body: { receive_id: users[i % 10]?.open_id, msg_type: 'text', content: textContent('x') },
      });
    // 25 seconds of 40 calls each: under 50/s per app and 5/s per user, so only the minute window bites.
    for (let second = 0; second < 25; second++) {
      const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => send(i)));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      clock.advance(SECOND);
    }
    const limited = await send(0);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-ogw-ratelimit-limit')).toBe('1000');
    // The first 40 calls leave the window 60 s after they were made, 35 s from now.
    expect(limited.headers.get('x-ogw-ratelimit-reset')).toBe('35');
    clock.advance(35 * SECOND);
    expect((await send(0)).status).toBe(200);
  });

  it('limits updates of one card to 5 per second', async () => {
    const token = await tokenOf(emulator);
    const group = emulator.state.addGroup({ name: 'g' });
    const sent = await call(emulator, 'POST', '/open-apis/im/v1/messages?receive_id_type=chat_id', {
      token,
      body: { receive_id: group.chat_id, msg_type: 'interactive', content: cardOfSize(300) },
    });
    const id = String((sent.json.data as { message_id: string }).message_id);
    const patch = () =>
      call(emulator, 'PATCH', `/open-apis/im/v1/messages/${id}`, { token, body: { content: cardOfSize(300) } });
    for (let i = 0; i < 5; i++) expect((await patch()).status).toBe(200);
    expect((await patch()).json.code).toBe(230020);
  });
});

describe('files', () => {
  it('uploads through the SDK, sends the file and downloads user files as message resources', async () => {
    const client = sdkClient(emulator);
    const alice = emulator.state.addUser({ name: 'Alice' });
    const csv = Buffer.from('姓名,天数\n张三,18\n', 'utf8');
    const uploaded = await client.im.file.create({ data: { file_type: 'stream', file_name: '报表.csv', file: csv } });
    const fileKey = uploaded?.file_key ?? '';
    expect(fileKey).toMatch(/^file_v3_/);
    expect(emulator.state.uploads[0]).toMatchObject({ fileType: 'stream', fileName: '报表.csv', bytes: csv });

    const sent = await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: alice.open_id, msg_type: 'file', content: JSON.stringify({ file_key: fileKey }) },
    });
    expect(sent.code).toBe(0);
    const asAudio = await sdkError(
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: alice.open_id, msg_type: 'audio', content: JSON.stringify({ file_key: fileKey }) },
      }),
    );
    expect(asAudio.data.code).toBe(230055);

    // A user sends an .xlsx: the bytes are registered, the message event names the key.
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const key = emulator.state.addUserFile({ bytes: xlsx, fileName: '八月工作量.xlsx' });
    const event = messageReceiveEvent(emulator.app(), {
      sender: alice,
      chat: { chat_id: emulator.state.p2pChat(APP.appId, alice.open_id).chat_id, chat_type: 'p2p' },
      body: { type: 'file', fileKey: key, fileName: '八月工作量.xlsx' },
    });
    const receiver = await startReceiver(async () => ({ status: 200, body: '{}' }));
    await createEventPusher({ state: emulator.state, encryptKey: APP.encryptKey }).push(receiver.url, event);
    await receiver.close();

    const resource = await client.im.messageResource.get({
      path: { message_id: event.event.message.message_id, file_key: key },
      params: { type: 'file' },
    });
    const chunks: Buffer[] = [];
    for await (const chunk of resource.getReadableStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(xlsx);
    expect(String(resource.headers['content-disposition'])).toContain(encodeURIComponent('八月工作量.xlsx'));

    const wrongType = await sdkError(
      client.im.messageResource.get({
        path: { message_id: event.event.message.message_id, file_key: key },
        params: { type: 'image' },
      }),
    );
    expect(wrongType.status).toBe(400);
    const notInMessage = await sdkError(
      client.im.messageResource.get({
        path: { message_id: event.event.message.message_id, file_key: fileKey },
        params: { type: 'file' },
      }),
    );
    expect(notInMessage.status).toBe(400);
  });

  it('refuses empty uploads and unknown file types', async () => {
    const client = sdkClient(emulator);
    const empty = await sdkError(
      client.im.file.create({ data: { file_type: 'stream', file_name: 'a.csv', file: Buffer.alloc(0) } }),
    );
    expect(empty.data.code).toBe(234010);
    const badType = await sdkError(
      client.im.file.create({ data: { file_type: 'exe' as 'stream', file_name: 'a.exe', file: Buffer.from('x') } }),
    );
    expect(badType.data.code).toBe(234001);
  });
});

describe('contacts', () => {
  it('looks users up by id (with mobile) and ids up by mobile', async () => {
    const alice = emulator.state.addUser({ name: '李医生', mobile: '+8613800000001', email: 'li@example.com' });
    const client = sdkClient(emulator);
    const byOpenId = await client.contact.user.get({ path: { user_id: alice.open_id } });
    expect(byOpenId.data?.user).toMatchObject({ open_id: alice.open_id, name: '李医生', mobile: '+8613800000001' });
    const byUserId = await client.contact.user.get({
      path: { user_id: alice.user_id },
      params: { user_id_type: 'user_id' },
    });
    expect(byUserId.data?.user?.union_id).toBe(alice.union_id);

    const ids = await client.contact.user.batchGetId({
      params: { user_id_type: 'open_id' },
      data: { mobiles: ['13800000001', '13900000000'], emails: ['li@example.com'] },
    });
    expect(ids.data?.user_list).toEqual([
      expect.objectContaining({ user_id: alice.open_id, mobile: '13800000001' }),
      { mobile: '13900000000' },
      expect.objectContaining({ user_id: alice.open_id, email: 'li@example.com' }),
    ]);
    expect((await sdkError(client.contact.user.get({ path: { user_id: 'ou_nobody' } }))).data.code).toBe(41050);
  });
});

describe('crypto and the SDK dispatcher', () => {
  it('encrypts so that the SDK AESCipher decrypts, and decrypts back', () => {
    const plaintext = JSON.stringify({ hello: '世界', n: 1 });
    const encrypted = encryptPayload(APP.encryptKey, plaintext);
    expect(new lark.AESCipher(APP.encryptKey).decrypt(encrypted)).toBe(plaintext);
    expect(decryptPayload(APP.encryptKey, encrypted)).toBe(plaintext);
    expect(encryptPayload(APP.encryptKey, plaintext)).not.toBe(encrypted); // random IV
  });

  it('seals events the SDK EventDispatcher accepts, and it rejects a forged signature', async () => {
    const app = emulator.app();
    const alice = emulator.state.addUser({ name: 'Alice' });
    const event = messageReceiveEvent(app, {
      sender: alice,
      chat: { chat_id: 'oc_group', chat_type: 'group' },
      body: { type: 'text', text: '签到', mentionBot: true },
    });
    const seen: unknown[] = [];
    const dispatcher = quietDispatcher().register({
      'im.message.receive_v1': async (data) => {
        seen.push(data);
        return 'ok';
      },
    });
    const { body, headers } = sealEnvelope(event, { encryptKey: APP.encryptKey });
    expect(headers['X-Lark-Signature']).toBe(
      signBody(APP.encryptKey, headers['X-Lark-Request-Timestamp'] ?? '', headers['X-Lark-Request-Nonce'] ?? '', body),
    );
    const lowerCased = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    // The SDK adapters pass the parsed body with the headers on its prototype (doc §3.3).
    const request = (h: Record<string, string>) => Object.assign(Object.create({ headers: h }), JSON.parse(body));

    expect(await dispatcher.invoke(request(lowerCased))).toBe('ok');
    expect(seen[0]).toMatchObject({
      event_id: event.header.event_id,
      app_id: APP.appId,
      message: { chat_type: 'group', content: JSON.stringify({ text: '@_user_1 签到' }) },
    });

    const forged = { ...lowerCased, 'x-lark-signature': 'f'.repeat(64) };
    expect(await dispatcher.invoke(request(forged))).toBeUndefined();
    expect(seen).toHaveLength(1);
  });
});

describe('event builders', () => {
  it('builds unique v2 envelopes with the documented time units', () => {
    const app = emulator.app();
    const user = emulator.state.addUser({ name: '王医生' });
    const at = Date.UTC(2024, 0, 15, 1, 0, 0);
    const text = messageReceiveEvent(
      app,
      {
        sender: user,
        chat: { chat_id: 'oc_1', chat_type: 'p2p' },
        body: { type: 'text', text: '指派', mentionBot: true, mentionUsers: [user] },
      },
      { at },
    );
    expect(text.header).toMatchObject({
      event_type: 'im.message.receive_v1',
      create_time: String(at),
      token: APP.verificationToken,
      app_id: APP.appId,
    });
    expect(JSON.parse(text.event.message.content)).toEqual({ text: '@_user_1 指派 @_user_2' });
    expect(text.event.message.mentions?.map((m) => [m.key, m.id.open_id])).toEqual([
      ['@_user_1', app.botOpenId],
      ['@_user_2', user.open_id],
    ]);

    const location = messageReceiveEvent(app, {
      sender: user,
      chat: { chat_id: 'oc_1', chat_type: 'p2p' },
      body: { type: 'location', name: '卫生院', latitude: 25.29, longitude: 117.42 },
    });
    expect(JSON.parse(location.event.message.content)).toEqual({
      name: '卫生院',
      latitude: '25.29',
      longitude: '117.42',
    });
    expect(location.header.event_id).not.toBe(text.header.event_id);

    const card = cardActionEvent(
      app,
      { operator: user, messageId: 'om_1', chatId: 'oc_1', value: { action: 'confirm' }, formValue: { n: '3' } },
      { at },
    );
    expect(card.header.create_time).toBe(String(at * 1000));
    expect(card.event).toMatchObject({
      token: expect.stringMatching(/^c-/),
      action: { tag: 'button', value: { action: 'confirm' }, form_value: { n: '3' } },
      context: { open_message_id: 'om_1', open_chat_id: 'oc_1' },
      operator: { open_id: user.open_id },
    });

    expect(botMenuEvent(app, { operator: user, eventKey: 'checkin' }, { at }).event).toMatchObject({
      event_key: 'checkin',
      timestamp: at / 1000,
      operator: { operator_name: '王医生', operator_id: { open_id: user.open_id } },
    });
    expect(botAddedEvent(app, { chatId: 'oc_9', name: '群', operator: user }).event).toMatchObject({
      chat_id: 'oc_9',
      name: '群',
      operator_id: { open_id: user.open_id },
    });
    expect(urlVerification(app, 'abc')).toEqual({
      challenge: 'abc',
      token: APP.verificationToken,
      type: 'url_verification',
    });
  });
});

describe('pusher', () => {
  it('redelivers on a scaled schedule until the receiver answers 200', async () => {
    const receiver = await startReceiver(async (_req, _body, index) => ({ status: index < 2 ? 500 : 200 }));
    const pusher = createEventPusher({
      encryptKey: APP.encryptKey,
      retrySchedule: [15_000, 300_000, 3_600_000],
      scale: 0.0002,
    });
    const event = botMenuEvent(emulator.app(), { operator: emulator.state.addUser(), eventKey: 'k' });
    const result = await pusher.push(receiver.url, event);
    await receiver.close();

    expect(result.ok).toBe(true);
    expect(result.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
    const second = result.attempts[1]?.startedAt ?? 0;
    const third = result.attempts[2]?.startedAt ?? 0;
    expect(second - (result.attempts[0]?.startedAt ?? 0)).toBeGreaterThanOrEqual(3); // 15 s × 0.0002
    expect(third - second).toBeGreaterThanOrEqual(55); // 5 min × 0.0002
    const decrypted = receiver.bodies.map((b) => JSON.parse(decryptPayload(APP.encryptKey, JSON.parse(b).encrypt)));
    expect(new Set(decrypted.map((d) => d.header.event_id)).size).toBe(1);
    expect(new Set(receiver.headers.map((h) => h['x-lark-request-nonce'])).size).toBe(3);
    expect(receiver.headers[0]?.['content-type']).toBe('application/json');
  });

  it('counts slow answers and non-200s as failures and gives up after the schedule', async () => {
    const receiver = await startReceiver(async (_req, _body, index) => {
      if (index === 0) await new Promise((resolve) => setTimeout(resolve, 600));
      return { status: 204 };
    });
    const pusher = createEventPusher({ retrySchedule: [1, 1], ackTimeoutMs: 250 });
    const result = await pusher.push(
      receiver.url,
      botMenuEvent(emulator.app(), { operator: emulator.state.addUser(), eventKey: 'k' }),
    );
    await receiver.close();
    expect(result.ok).toBe(false);
    expect(result.attempts.map((a) => a.error ?? a.status)).toEqual(['timeout', 204, 204]);
  });

  it('replays verbatim and spoils pushes on request', async () => {
    const receiver = await startReceiver(async () => ({ status: 200 }));
    const pusher = createEventPusher({ encryptKey: APP.encryptKey, now: clock.now });
    const event = botMenuEvent(emulator.app(), { operator: emulator.state.addUser(), eventKey: 'k' });
    const first = await pusher.push(receiver.url, event);
    await pusher.replay(receiver.url, first.lastRequest);
    await pusher.push(receiver.url, event, { forgeSignature: true, once: true });
    await pusher.push(receiver.url, event, { verificationToken: 'wrong', timestampOffsetSec: -3600 });
    await pusher.push(receiver.url, event, { padToBytes: 200_000 });
    await pusher.push(receiver.url, event, { truncateToBytes: 40 });
    await receiver.close();

    const [original, replayed, forged, wrongToken, padded, truncated] = receiver.bodies;
    expect(replayed).toBe(original);
    expect(receiver.headers[1]?.['x-lark-signature']).toBe(receiver.headers[0]?.['x-lark-signature']);
    const h = receiver.headers[2] ?? {};
    const expected = signBody(
      APP.encryptKey,
      String(h['x-lark-request-timestamp']),
      String(h['x-lark-request-nonce']),
      forged ?? '',
    );
    expect(h['x-lark-signature']).not.toBe(expected);
    const stale = JSON.parse(decryptPayload(APP.encryptKey, JSON.parse(wrongToken ?? '').encrypt));
    expect(stale.header.token).toBe('wrong');
    expect(Number(receiver.headers[3]?.['x-lark-request-timestamp'])).toBe(Math.floor(clock.now() / 1000) - 3600);
    expect(padded?.length).toBeGreaterThanOrEqual(200_000);
    expect(truncated).toHaveLength(40);
  });

  it('drives the SDK webhook: challenge, events, and what it does not check', async () => {
    const handled: string[] = [];
    const dispatcher = quietDispatcher().register({
      'application.bot.menu_v6': async (data) => {
        handled.push(String(data.event_key));
        return {};
      },
    });
    const receiver = await startSdkReceiver(dispatcher);
    const pusher = createEventPusher({ encryptKey: APP.encryptKey });
    const user = emulator.state.addUser();

    expect((await pusher.verifyUrl(receiver.url, urlVerification(emulator.app()))).ok).toBe(true);
    const menu = (key: string) => botMenuEvent(emulator.app(), { operator: user, eventKey: key });
    expect((await pusher.push(receiver.url, menu('good'))).ok).toBe(true);
    // The SDK answers a forged signature with HTTP 200 and an empty body (adaptDefault; Koa gives 204).
    expect((await pusher.push(receiver.url, menu('forged'), { forgeSignature: true })).ok).toBe(true);
    // Neither the timestamp nor the Verification Token is checked by the SDK (doc §3.3).
    await pusher.push(receiver.url, menu('stale'), { timestampOffsetSec: -86_400, verificationToken: 'x' });
    await receiver.close();
    expect(handled).toEqual(['good', 'stale']);
  });
});

describe('card callbacks', () => {
  it('applies a raw card answer and allows two delayed updates after the ack', async () => {
    const client = sdkClient(emulator);
    const alice = emulator.state.addUser();
    const original = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: '待确认' }] } };
    const sent = await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: alice.open_id, msg_type: 'interactive', content: JSON.stringify(original) },
    });
    const messageId = sent.data?.message_id ?? '';
    const chatId = sent.data?.chat_id ?? '';
    const answered = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: '处理中' }] } };
    const earlyUpdates: number[] = [];

    const dispatcher = quietDispatcher().register<{
      'card.action.trigger': (data: { token: string; action: { value: unknown } }) => Promise<unknown>;
    }>({
      'card.action.trigger': async (data) => {
        // An update sent before the callback is answered is not applied (doc §5.1).
        const early = await client.request<{ code: number }>({
          method: 'POST',
          url: '/open-apis/interactive/v1/card/update',
          data: { token: data.token, card: original },
        });
        earlyUpdates.push(early.code);
        return { toast: { type: 'info', content: '收到' }, card: { type: 'raw', data: answered } };
      },
    });
    const receiver = await startSdkReceiver(dispatcher);
    const pusher = createEventPusher({ encryptKey: APP.encryptKey, state: emulator.state });
    const event = cardActionEvent(emulator.app(), {
      operator: alice,
      messageId,
      chatId,
      value: { action: 'confirm', day: 3 },
    });
    const result = await pusher.push(receiver.url, event);
    await receiver.close();

    expect(result.cardReply).toMatchObject({ toast: { content: '收到' }, card: { type: 'raw' } });
    expect(emulator.state.currentCard(messageId)).toEqual(answered);
    expect(earlyUpdates).toEqual([0]);
    expect(emulator.state.cardUpdates[0]).toMatchObject({ applied: false, reason: 'before_ack' });

    const update = (content: string) =>
      client.request<{ code: number }>({
        method: 'POST',
        url: '/open-apis/interactive/v1/card/update',
        data: { token: event.event.token, card: { schema: '2.0', body: { elements: [{ tag: 'markdown', content }] } } },
      });
    expect((await update('已确认')).code).toBe(0);
    expect(emulator.state.currentCard(messageId)).toMatchObject({ body: { elements: [{ content: '已确认' }] } });
    expect((await sdkError(update('again'))).data.code).toBe(230001); // two uses per token
    expect(emulator.state.rejectionCounts().card_token_used_up).toBe(1);
  });

  it('expires the update token after 30 minutes', async () => {
    const alice = emulator.state.addUser();
    const group = emulator.state.addGroup({ name: 'g', members: [alice.open_id] });
    const token = await tokenOf(emulator);
    const sent = await call(emulator, 'POST', '/open-apis/im/v1/messages?receive_id_type=chat_id', {
      token,
      body: { receive_id: group.chat_id, msg_type: 'interactive', content: cardOfSize(300) },
    });
    const messageId = String((sent.json.data as { message_id: string }).message_id);
    const receiver = await startReceiver(async () => ({ status: 200, body: '{}' }));
    const event = cardActionEvent(emulator.app(), { operator: alice, messageId, chatId: group.chat_id });
    const result = await createEventPusher({ state: emulator.state }).push(receiver.url, event);
    await receiver.close();
    expect(result.cardReply).toEqual({});

    clock.advance(31 * MINUTE);
    const late = await call(emulator, 'POST', '/open-apis/interactive/v1/card/update', {
      token,
      body: { token: event.event.token, card: JSON.parse(cardOfSize(300)) },
    });
    expect(late.json.code).toBe(230001);
    expect(emulator.state.rejectionCounts().card_token_expired).toBe(1);
  });

  it('puts the bot into a group on bot.added, so it can post there', async () => {
    const receiver = await startReceiver(async () => ({ status: 200 }));
    const operator = emulator.state.addUser();
    const event = botAddedEvent(emulator.app(), { chatId: 'oc_new_group', name: '新群', operator });
    await createEventPusher({ state: emulator.state }).push(receiver.url, event);
    await receiver.close();
    const sent = await sdkClient(emulator).im.message.create({
      params: { receive_id_type: 'chat_id' },
      data: { receive_id: 'oc_new_group', msg_type: 'text', content: textContent('大家好') },
    });
    expect(sent.code).toBe(0);
    expect(emulator.state.sentTo('oc_new_group')).toHaveLength(1);
  });
});

describe('long connection (WebSocket)', () => {
  it('serves the SDK WSClient: endpoint, pings, events (also fragmented) and acks', async () => {
    const ws = attachWsEmulation(emulator, { seed: 3 });
    const alice = emulator.state.addUser({ name: 'Alice' });
    const card = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: '待确认' }] } };
    const sent = await sdkClient(emulator).im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: alice.open_id, msg_type: 'interactive', content: JSON.stringify(card) },
    });
    const answered = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: '已确认' }] } };
    const texts: string[] = [];
    const dispatcher = new lark.EventDispatcher({ logger: silent })
      .register({
        'im.message.receive_v1': async (data) => {
          texts.push(data.message.content);
          return { handled: true };
        },
      })
      .register<{ 'card.action.trigger': () => Promise<unknown> }>({
        'card.action.trigger': async () => ({ card: { type: 'raw', data: answered } }),
      });
    const client = new lark.WSClient({
      appId: APP.appId,
      appSecret: APP.appSecret,
      domain: emulator.baseUrl,
      logger: silent,
      autoReconnect: false,
    });
    await client.start({ eventDispatcher: dispatcher });
    try {
      await ws.waitForClients(1);
      expect(ws.connections(APP.appId)).toMatchObject([{ ready: true, pings: 1 }]);

      const chat = { chat_id: sent.data?.chat_id ?? '', chat_type: 'p2p' as const };
      const hello = messageReceiveEvent(emulator.app(), { sender: alice, chat, body: { type: 'text', text: '你好' } });
      expect(await ws.push(hello)).toMatchObject({ ok: true, code: 200, data: { handled: true } });
      const long = messageReceiveEvent(emulator.app(), {
        sender: alice,
        chat,
        body: { type: 'text', text: '长'.repeat(2000) },
      });
      expect((await ws.push(long, { fragments: 3 })).ok).toBe(true);
      expect(texts).toEqual([JSON.stringify({ text: '你好' }), JSON.stringify({ text: '长'.repeat(2000) })]);
      expect(emulator.state.messages.has(hello.event.message.message_id)).toBe(true);

      const click = cardActionEvent(emulator.app(), {
        operator: alice,
        messageId: sent.data?.message_id ?? '',
        chatId: chat.chat_id,
        value: { action: 'confirm' },
      });
      expect((await ws.push(click)).ok).toBe(true);
      expect(emulator.state.currentCard(sent.data?.message_id ?? '')).toEqual(answered);
      expect(await ws.push(click, { appId: OTHER_APP.appId })).toEqual({ ok: false, error: 'no_connection' });
    } finally {
      client.close({ force: true });
    }
  });

  it('refuses wrong credentials (514) and connections beyond the cap (1000040350)', async () => {
    const ws = attachWsEmulation(emulator, { maxConnectionsPerApp: 1 });
    const endpoint = (secret: string) =>
      call(emulator, 'POST', '/callback/ws/endpoint', { body: { AppID: APP.appId, AppSecret: secret } });
    expect((await endpoint('wrong')).json.code).toBe(514);
    const first = await endpoint(APP.appSecret);
    const url = String((first.json.data as { URL: string }).URL);
    expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/callback\/ws\/v1\?device_id=\w+&service_id=\d+$/);

    const client = new lark.WSClient({
      appId: APP.appId,
      appSecret: APP.appSecret,
      domain: emulator.baseUrl,
      logger: silent,
      autoReconnect: false,
    });
    await client.start({ eventDispatcher: new lark.EventDispatcher({ logger: silent }) });
    try {
      await ws.waitForClients(1);
      expect((await endpoint(APP.appSecret)).json.code).toBe(1000040350);
    } finally {
      client.close({ force: true });
    }
  });
});
