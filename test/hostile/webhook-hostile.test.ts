import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cardActionEvent,
  encryptPayload,
  messageReceiveEvent,
  sealEnvelope,
  signBody,
  type SealedRequest,
} from '../emulator/feishu/index.js';
import { APP, type LogLine } from '../feishu/support.js';
import { testProviders } from '../support/db.js';
import { postChunked } from '../support/post-chunked.js';
import { startServiceHarness, type ServiceHarness } from '../support/service-harness.js';
import { findServiceDayCorrectionById } from '../../src/db/queries/service-day-corrections.js';
import { findServiceDayById } from '../../src/db/queries/service-days.js';
import { platformSideEffects, storedRows } from './service-effects.js';
import { buildHostileWorld, WORLD_USERS, type HostileWorld } from './service-world.js';

const BODY_LIMIT = 8192;
const zhao = { open_id: 'ou_hostile_zhao', name: '赵医生' };
const p2p = { chat_id: `oc_p2p_${zhao.open_id}`, chat_type: 'p2p' as const };

/**
 * Hostile pushes against the whole service (`startService` in front of the Feishu emulator, a real
 * database): each is refused with the right status, stores no row, makes no platform call and is
 * logged exactly once. test/feishu/webhook.test.ts checks the same refusals on the routes alone, with a
 * stand-in core; this proves nothing behind the routes is reached either.
 */
describe.each(testProviders())('hostile webhooks against the whole service (%s)', (provider) => {
  let harness: ServiceHarness;
  let rowsBefore: Awaited<ReturnType<typeof storedRows>>;
  let effectsBefore: ReturnType<typeof platformSideEffects>;
  let mark = 0;

  beforeAll(async () => {
    harness = await startServiceHarness({ provider, env: { WEBHOOK_BODY_LIMIT_BYTES: String(BODY_LIMIT) } });
  });
  afterAll(() => harness.stop());
  beforeEach(async () => {
    await harness.settle();
    rowsBefore = await storedRows(harness.service.database.db);
    effectsBefore = platformSideEffects(harness.emulator);
    mark = harness.logs.length;
  });

  const text = (body: string) =>
    messageReceiveEvent(APP, { sender: zhao, chat: p2p, body: { type: 'text', text: body } });
  const warnings = (): LogLine[] => harness.logs.slice(mark).filter((l) => l.level >= 40);

  /** The refusal contract: the status, no row, no platform call, one warn line naming the reason. */
  async function expectRefused(status: number | undefined, expected: number, reason: string): Promise<void> {
    expect(status).toBe(expected);
    await harness.settle();
    expect(await storedRows(harness.service.database.db)).toEqual(rowsBefore);
    expect(platformSideEffects(harness.emulator)).toEqual(effectsBefore);
    const warns = warnings();
    expect(warns).toHaveLength(1);
    expect(warns[0]).toMatchObject({ msg: 'feishu push refused', reason });
    expect(harness.logs.slice(mark).filter((l) => l.level >= 50)).toEqual([]);
  }

  async function post(url: string, sealed: SealedRequest, headers: Record<string, string> = {}): Promise<number> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...sealed.headers, ...headers },
      body: sealed.body,
    });
    await response.arrayBuffer();
    return response.status;
  }

  it('a genuine push is stored and answered (the baseline the refusals are measured against)', async () => {
    const { messageId, status } = await harness.sendText(zhao.open_id, '/帮助');
    expect(status).toBe(200);
    await harness.settle();
    expect(harness.repliesTo(messageId)).toHaveLength(1);
    const after = await storedRows(harness.service.database.db);
    expect(after.inboundEvents).toBe(rowsBefore.inboundEvents + 1);
    expect(after.outboundMessages).toBe(rowsBefore.outboundMessages + 1);
  });

  it('records and answers a message holding NUL and a lone surrogate half (no 500, no redelivery loop)', async () => {
    const { messageId, status } = await harness.sendText(zhao.open_id, '/帮助 \u0000\uD83D');
    expect(status).toBe(200);
    await harness.settle();
    expect(harness.repliesTo(messageId)).toHaveLength(1);
    expect(harness.logs.slice(mark).filter((l) => l.level >= 50)).toEqual([]);
  });

  it('refuses a forged signature (401)', async () => {
    const result = await harness.pusher.push(harness.eventUrl, text('/帮助'), { forgeSignature: true, once: true });
    await expectRefused(result.attempts[0]?.status, 401, 'signature_invalid');
  });

  it('refuses a wrong verification token (401)', async () => {
    const result = await harness.pusher.push(harness.eventUrl, text('/帮助'), {
      verificationToken: 'vt-of-someone-else',
      once: true,
    });
    await expectRefused(result.attempts[0]?.status, 401, 'token_invalid');
  });

  it.each([
    [-301, 'timestamp_stale'],
    [-86_400, 'timestamp_stale'],
    // Feishu's timestamp has whole seconds and the service compares in milliseconds: a push stamped
    // +301 s is only 300.x s ahead once the fraction of the second it was made in has passed.
    [302, 'timestamp_future'],
    [86_400, 'timestamp_future'],
  ] as const)('refuses a timestamp %i s off (401, %s)', async (offset, reason) => {
    const result = await harness.pusher.push(harness.eventUrl, text('/帮助'), {
      timestampOffsetSec: offset,
      once: true,
    });
    await expectRefused(result.attempts[0]?.status, 401, reason);
  });

  it('refuses a replayed request, byte for byte, after the original was answered (401)', async () => {
    const { lastRequest } = await harness.pusher.push(harness.eventUrl, text('/帮助'), { once: true });
    await harness.settle();
    rowsBefore = await storedRows(harness.service.database.db);
    effectsBefore = platformSideEffects(harness.emulator);
    mark = harness.logs.length;
    const replay = await harness.pusher.replay(harness.eventUrl, lastRequest);
    await expectRefused(replay.status, 401, 'replayed');
  });

  it('refuses a truncated body (401: the signature no longer matches)', async () => {
    const result = await harness.pusher.push(harness.eventUrl, text('/帮助'), { truncateToBytes: 120, once: true });
    await expectRefused(result.attempts[0]?.status, 401, 'signature_invalid');
  });

  it('refuses an oversize body by Content-Length (413)', async () => {
    const result = await harness.pusher.push(harness.eventUrl, text('/帮助'), {
      padToBytes: BODY_LIMIT * 4,
      once: true,
    });
    await expectRefused(result.attempts[0]?.status, 413, 'body_too_large');
  });

  it('refuses an oversize chunked body, by counting bytes (413)', async () => {
    const sealed = sealEnvelope(
      { ...text('/帮助'), _padding: 'x'.repeat(BODY_LIMIT * 4) },
      { encryptKey: APP.encryptKey },
    );
    await expectRefused(await postChunked(harness.eventUrl, sealed), 413, 'body_too_large');
  });

  it.each([
    ['{"encrypt": broken', 'malformed_json'],
    ['', 'malformed_json'],
    ['[', 'malformed_json'],
    ['null', 'malformed_json'],
    ['"just a string"', 'malformed_json'],
    ['{"encrypt":"bm90IGEgY2lwaGVydGV4dA=="}', 'decrypt_failed'],
    ['{"encrypt":42}', 'not_encrypted'],
    ['{}', 'not_encrypted'],
    [JSON.stringify({ encrypt: encryptPayload(APP.encryptKey ?? '', '{"schema": "2.0", broken') }), 'malformed_json'],
    [JSON.stringify({ encrypt: encryptPayload(APP.encryptKey ?? '', '{"schema":"2.0","header":7}') }), 'bad_envelope'],
  ])('refuses a broken body even when correctly signed (400): %j', async (body, reason) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = `n-${Math.random()}`;
    const headers = {
      'Content-Type': 'application/json',
      'X-Lark-Request-Timestamp': timestamp,
      'X-Lark-Request-Nonce': nonce,
      'X-Lark-Signature': signBody(APP.encryptKey ?? '', timestamp, nonce, body),
    };
    await expectRefused(await post(harness.eventUrl, { body, headers }), 400, reason);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/html'])(
    'refuses content type %s (415)',
    async (contentType) => {
      const sealed = sealEnvelope(text('/帮助'), { encryptKey: APP.encryptKey });
      await expectRefused(await post(harness.eventUrl, sealed, { 'Content-Type': contentType }), 415, 'content_type');
    },
  );

  it('refuses an event for an unknown app id (401)', async () => {
    const stranger = messageReceiveEvent(
      { ...APP, appId: 'cli_fedcba9876543210' },
      { sender: zhao, chat: p2p, body: { type: 'text', text: '/帮助' } },
    );
    const result = await harness.pusher.push(harness.eventUrl, stranger, { once: true });
    await expectRefused(result.attempts[0]?.status, 401, 'unknown_app');
  });

  it.each([
    ['no action at all', { serviceDayId: 1 }],
    ['an action that is not a string', { action: 42, serviceDayId: 1 }],
    ['a value that is not an object', 'checkout'],
  ])('refuses a card callback with %s (400)', async (_name, value) => {
    const envelope = cardActionEvent(APP, { operator: zhao, messageId: 'om_forged', chatId: p2p.chat_id, value });
    const result = await harness.pusher.push(harness.cardUrl, envelope, { once: true });
    await expectRefused(result.attempts[0]?.status, 400, 'bad_card_action');
  });

  it.each([
    ['signed with a forged key', { forgeSignature: true }, 'signature_invalid'],
    ['with a wrong verification token', { verificationToken: 'vt-of-someone-else' }, 'token_invalid'],
    ['with a stale timestamp', { timestampOffsetSec: -600 }, 'timestamp_stale'],
    ['with a future timestamp', { timestampOffsetSec: 600 }, 'timestamp_future'],
    ['cut short', { truncateToBytes: 150 }, 'signature_invalid'],
  ] as const)('refuses a card callback %s (401)', async (_name, options, reason) => {
    const envelope = cardActionEvent(APP, {
      operator: zhao,
      messageId: 'om_forged',
      chatId: p2p.chat_id,
      value: { action: 'checkout', serviceDayId: 1 },
    });
    const result = await harness.pusher.push(harness.cardUrl, envelope, { ...options, once: true });
    await expectRefused(result.attempts[0]?.status, 401, reason);
  });

  /**
   * Well-signed clicks whose values point at someone else's records: Feishu delivers them (200), the
   * service answers the clicker politely once and writes nothing but the inbound record and that answer.
   */
  describe('tampered values in physician card callbacks', () => {
    let world: HostileWorld;
    beforeAll(async () => {
      world = await buildHostileWorld(harness.service.database.db, new Date());
      // Cards are clicked in chats the bot already talks in: each user has written to it once.
      for (const openId of Object.values(WORLD_USERS)) await harness.sendText(openId, '/帮助');
      await harness.settle();
    });

    async function click(
      openId: string,
      value: Record<string, unknown>,
      formValue?: Record<string, unknown>,
    ): Promise<string[]> {
      const envelope = cardActionEvent(APP, {
        operator: { open_id: openId },
        messageId: `om_tampered_${openId}`,
        chatId: `oc_p2p_${openId}`,
        value,
        ...(formValue ? { formValue } : {}),
      });
      const result = await harness.pusher.push(harness.cardUrl, envelope, { once: true });
      expect(result.attempts[0]?.status).toBe(200);
      await harness.settle();
      return harness.emulator.state.sent
        .slice(effectsBefore.sent)
        .filter((m) => m.chatId === `oc_p2p_${openId}` || m.receiveId === openId || m.userOpenId === openId)
        .map((m) => m.rawContent);
    }

    /**
     * The click was recorded and answered once; nothing else was written; one warn line naming the
     * refusal's code, no error.
     */
    async function expectPoliteRefusal(answers: string[], code: string): Promise<void> {
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatch(/请|无法|不是/);
      const after = await storedRows(harness.service.database.db);
      expect(after).toEqual({
        ...rowsBefore,
        inboundEvents: rowsBefore.inboundEvents + 1,
        outboundMessages: rowsBefore.outboundMessages + 1,
      });
      expect(platformSideEffects(harness.emulator)).toEqual({
        ...effectsBefore,
        sent: effectsBefore.sent + 1,
        callbackReplies: effectsBefore.callbackReplies + 1,
      });
      expect(warnings().map((l) => [l.msg, l.code])).toEqual([['request refused', code]]);
      expect(harness.logs.slice(mark).filter((l) => l.level >= 50)).toEqual([]);
      const day = await findServiceDayById(harness.service.database.db, world.wangDay.id);
      expect(day?.checkOutAt).toBeNull();
    }

    it('refuses a checkout button carrying another physician’s service day id', async () => {
      const answers = await click(WORLD_USERS.zhao, { action: 'checkout', serviceDayId: world.wangDay.id });
      await expectPoliteRefusal(answers, 'FORBIDDEN');
    });

    it.each([
      // Not yours and not there read the same, so ids cannot be probed; malformed ids are a stale card.
      ['a day id that does not exist', 987_654, 'FORBIDDEN'],
      ['a negative day id', -1, 'NOT_FOUND'],
      ['a day id beyond 2^53', '9007199254740993', 'NOT_FOUND'],
      ['a day id that is SQL', '1; DROP TABLE service_days;--', 'NOT_FOUND'],
    ])('refuses a checkout button with %s', async (_name, serviceDayId, code) => {
      await expectPoliteRefusal(await click(WORLD_USERS.wang, { action: 'checkout', serviceDayId }), code);
    });

    it('refuses 确认到岗 by the clinic head of another clinic', async () => {
      const answers = await click(WORLD_USERS.shuangyangHead, {
        action: 'visit.confirm',
        serviceDayId: world.wangDay.id,
      });
      await expectPoliteRefusal(answers, 'FORBIDDEN');
    });

    it('refuses 确认到岗 pressed by the physician themself', async () => {
      await expectPoliteRefusal(
        await click(WORLD_USERS.wang, { action: 'visit.confirm', serviceDayId: world.wangDay.id }),
        'FORBIDDEN',
      );
    });

    it.each([
      ['worklog.open', {}],
      ['worklog.submit', { patients: '5', note: '代填' }],
      ['worklog.confirm', {}],
    ])('refuses %s on another physician’s service day', async (action, formValue) => {
      const value = { action, serviceDayId: world.wangDay.id, baseVersion: 0, patients: 5 };
      await expectPoliteRefusal(await click(WORLD_USERS.zhao, value, formValue), 'FORBIDDEN');
    });

    it('a replayed click (same bytes) is refused, not acted on twice', async () => {
      const envelope = cardActionEvent(APP, {
        operator: { open_id: WORLD_USERS.zhao },
        messageId: 'om_replayed',
        chatId: `oc_p2p_${WORLD_USERS.zhao}`,
        value: { action: 'checkout', serviceDayId: world.wangDay.id },
      });
      const first = await harness.pusher.push(harness.cardUrl, envelope, { once: true });
      await harness.settle();
      rowsBefore = await storedRows(harness.service.database.db);
      effectsBefore = platformSideEffects(harness.emulator);
      mark = harness.logs.length;
      await expectRefused((await harness.pusher.replay(harness.cardUrl, first.lastRequest)).status, 401, 'replayed');
    });

    it.each(['correction.approve', 'correction.reject'])(
      'refuses %s by a coordinator of another county',
      async (action) => {
        const answers = await click(WORLD_USERS.otherCountyCoordinator, {
          action,
          correctionId: world.wangCorrection.id,
        });
        await expectPoliteRefusal(answers, 'FORBIDDEN');
        const correction = await findServiceDayCorrectionById(harness.service.database.db, world.wangCorrection.id);
        expect(correction?.status).toBe('PENDING');
      },
    );

    it('refuses an action name no card carries', async () => {
      await expectPoliteRefusal(await click(WORLD_USERS.zhao, { action: '__proto__', serviceDayId: 1 }), 'NOT_FOUND');
    });
  });
});
