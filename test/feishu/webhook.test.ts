import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import { FEISHU_CARD_PATH, FEISHU_EVENT_PATH, feishuWebhookRoutes } from '../../src/platforms/feishu/webhook-routes.js';
import { systemClock } from '../../src/time/clock.js';
import {
  botAddedEvent,
  botMenuEvent,
  cardActionEvent,
  createEventPusher,
  messageReceiveEvent,
  sealEnvelope,
  signBody,
  urlVerification,
  type EventPusher,
  type SealedRequest,
} from '../emulator/feishu/index.js';
import { postChunked } from '../support/post-chunked.js';
import { APP, RecordingCore, feishuEnv, listen, memoryLogger, type LogLine } from './support.js';

const BODY_LIMIT = 8192;
const wang = { open_id: 'ou_wang', union_id: 'on_wang', name: '王医生' };
const p2p = { chat_id: 'oc_p2p_wang', chat_type: 'p2p' as const };

describe('Feishu webhook routes', () => {
  const core = new RecordingCore();
  const { log, lines } = memoryLogger();
  let metrics: Metrics;
  let server: { baseUrl: string; close: () => Promise<void> };
  let eventUrl: string;
  let cardUrl: string;
  let pusher: EventPusher;
  let mark = 0;
  /** What the adapter knows of the bot's open_id (unknown until bot info answered). */
  let botId: string | undefined = APP.botOpenId;

  beforeAll(async () => {
    metrics = createMetrics();
    const routes = feishuWebhookRoutes({
      bot: core,
      config: feishuEnv({ WEBHOOK_BODY_LIMIT_BYTES: String(BODY_LIMIT) }),
      log,
      metrics,
      clock: systemClock,
      botOpenId: () => botId,
    });
    server = await listen([routes], log);
    eventUrl = `${server.baseUrl}${FEISHU_EVENT_PATH}`;
    cardUrl = `${server.baseUrl}${FEISHU_CARD_PATH}`;
    pusher = createEventPusher({ encryptKey: APP.encryptKey, retrySchedule: [] });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    core.accepted.length = 0;
    core.duplicates = 0;
    mark = lines.length;
  });

  const newLines = (): LogLine[] => lines.slice(mark);
  const warnings = (): LogLine[] => newLines().filter((l) => l.level >= 40);
  const rejected = async (reason: string): Promise<number> =>
    (await metrics.eventsRejected.get()).values.find((v) => v.labels.reason === reason)?.value ?? 0;
  const text = (body: string, eventId?: string) =>
    messageReceiveEvent(
      APP,
      { sender: wang, chat: p2p, body: { type: 'text', text: body } },
      eventId ? { eventId } : {},
    );

  /** Asserts one refusal: nothing accepted, exactly one warn line naming the reason, no body in it, counted. */
  async function expectRefused(reason: string, before: number): Promise<void> {
    expect(core.accepted).toHaveLength(0);
    const warns = warnings();
    expect(warns).toHaveLength(1);
    expect(warns[0]).toMatchObject({ msg: 'feishu push refused', reason, platform: 'FEISHU' });
    expect(JSON.stringify(warns[0])).not.toMatch(/encrypt|schema|ou_wang/);
    expect(await rejected(reason)).toBe(before + 1);
  }

  async function post(url: string, sealed: SealedRequest, headers: Record<string, string> = {}) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...sealed.headers, ...headers },
      body: sealed.body,
    });
    return { status: response.status, text: await response.text() };
  }

  describe('accepted pushes', () => {
    it('answers the url_verification challenge within 1 s', async () => {
      const result = await pusher.verifyUrl(eventUrl, urlVerification(APP, 'challenge-123'));
      expect(result.ok).toBe(true);
      expect(result.attempt.durationMs).toBeLessThan(1000);
      expect(JSON.parse(result.attempt.responseText ?? '')).toEqual({ challenge: 'challenge-123' });
      expect(warnings()).toHaveLength(0);
    });

    it('answers an unsigned challenge too (Feishu does not sign it) when it carries our token', async () => {
      const sealed = sealEnvelope(urlVerification(APP, 'c-unsigned'), { encryptKey: APP.encryptKey });
      const {
        'X-Lark-Signature': _s,
        'X-Lark-Request-Timestamp': _t,
        'X-Lark-Request-Nonce': _n,
        ...headers
      } = sealed.headers;
      const response = await post(eventUrl, { body: sealed.body, headers });
      expect(response).toEqual({ status: 200, text: '{"challenge":"c-unsigned"}' });
    });

    it('accepts a text event once, however often it is pushed', async () => {
      const envelope = text('/签到 城关卫生院');
      for (let i = 0; i < 3; i++) {
        const result = await pusher.push(eventUrl, envelope);
        expect(result.ok).toBe(true);
        expect(result.attempts[0]?.durationMs).toBeLessThan(3000);
      }
      expect(core.accepted).toHaveLength(1);
      expect(core.duplicates).toBe(2);
      expect(core.accepted[0]).toMatchObject({
        platform: 'FEISHU',
        eventId: envelope.header.event_id,
        messageId: envelope.event.message.message_id,
        sender: { userId: 'ou_wang' },
        chat: { id: p2p.chat_id, type: 'p2p' },
        body: { kind: 'text', text: '/签到 城关卫生院' },
      });
      expect(warnings()).toHaveLength(0);
    });

    // Unknown: bot info has not answered yet; a mentioned group message is then taken as addressed to it.
    it.each([
      ['known', APP.botOpenId],
      ['unknown', undefined],
    ])('sees the bot’s own @-mention in a group, its open_id %s', async (_, known) => {
      botId = known;
      try {
        const envelope = messageReceiveEvent(APP, {
          sender: wang,
          chat: { chat_id: 'oc_group', chat_type: 'group' },
          body: { type: 'text', text: '/帮助', mentionBot: true, mentionUsers: [{ open_id: 'ou_li', name: '李医生' }] },
        });
        expect((await pusher.push(eventUrl, envelope)).ok).toBe(true);
        expect(core.accepted[0]).toMatchObject({
          mentionsBot: true,
          chat: { type: 'group' },
          body: { text: '/帮助 @李医生', mentions: [{ userId: 'ou_li', name: '李医生' }] },
        });
      } finally {
        botId = APP.botOpenId;
      }
    });

    it('accepts location, file, menu and bot-added events', async () => {
      const pushes = [
        messageReceiveEvent(APP, {
          sender: wang,
          chat: p2p,
          body: { type: 'location', name: '城关卫生院', latitude: '26.1', longitude: '119.3' },
        }),
        messageReceiveEvent(APP, {
          sender: wang,
          chat: p2p,
          body: { type: 'file', fileKey: 'file_v3_1', fileName: '排班.xlsx' },
        }),
        botMenuEvent(APP, { operator: wang, eventKey: 'today' }),
        botAddedEvent(APP, { chatId: 'oc_new', name: '巡诊群', operator: wang }),
      ];
      for (const envelope of pushes) expect((await pusher.push(eventUrl, envelope)).ok).toBe(true);
      expect(core.accepted.map((e) => e.body.kind)).toEqual(['location', 'file', 'menu', 'botAdded']);
    });

    it('acknowledges event types it does not handle, storing nothing', async () => {
      const image = messageReceiveEvent(APP, { sender: wang, chat: p2p, body: { type: 'image', imageKey: 'img_1' } });
      const unsubscribed = {
        ...text('x'),
        header: { ...text('x').header, event_type: 'im.message.reaction.created_v1' },
      };
      for (const envelope of [image, unsubscribed]) {
        const result = await pusher.push(eventUrl, envelope);
        expect(result.ok).toBe(true);
      }
      expect(core.accepted).toHaveLength(0);
    });

    it('answers a card click with {} at once and hands the action to the core', async () => {
      const envelope = cardActionEvent(APP, {
        operator: wang,
        messageId: 'om_card',
        chatId: p2p.chat_id,
        value: { action: 'confirm_day', id: 7 },
        formValue: { note: 'ok' },
      });
      const result = await pusher.push(cardUrl, envelope);
      expect(result.ok).toBe(true);
      expect(result.cardReply).toEqual({});
      expect(result.attempts[0]?.durationMs).toBeLessThan(3000);
      expect(core.accepted[0]).toMatchObject({
        eventId: envelope.header.event_id,
        body: {
          kind: 'cardAction',
          action: 'confirm_day',
          value: { id: 7 },
          formValue: { note: 'ok' },
          cardMessageId: 'om_card',
        },
      });
    });

    it('answers 500 when the core cannot record the event, and accepts Feishu’s retry', async () => {
      core.failNext = true;
      const envelope = text('/日志');
      const first = await pusher.push(eventUrl, envelope, { once: true });
      expect(first.attempts[0]?.status).toBe(500);
      expect(
        newLines()
          .filter((l) => l.level >= 50)
          .map((l) => l.msg),
      ).toEqual(['feishu event not recorded']);
      // The same bytes again: a retry must not be refused as a replay.
      const retry = await pusher.replay(eventUrl, first.lastRequest);
      expect(retry.status).toBe(200);
      expect(core.accepted).toHaveLength(1);
    });
  });

  describe('refused pushes: nothing stored, one warn line each', () => {
    it('refuses a forged signature (401)', async () => {
      const before = await rejected('signature_invalid');
      const result = await pusher.push(eventUrl, text('forged'), { forgeSignature: true, once: true });
      expect(result.attempts[0]?.status).toBe(401);
      await expectRefused('signature_invalid', before);
    });

    it('refuses a wrong Verification Token (401)', async () => {
      const before = await rejected('token_invalid');
      const result = await pusher.push(eventUrl, text('x'), { verificationToken: 'someone-else', once: true });
      expect(result.attempts[0]?.status).toBe(401);
      await expectRefused('token_invalid', before);
    });

    it('refuses a challenge with a wrong token (401)', async () => {
      const before = await rejected('token_invalid');
      const result = await pusher.verifyUrl(eventUrl, { ...urlVerification(APP), token: 'wrong' });
      expect(result.attempt.status).toBe(401);
      await expectRefused('token_invalid', before);
    });

    it('refuses stale and future timestamps (401)', async () => {
      for (const [offset, reason] of [
        [-301, 'timestamp_stale'],
        [301, 'timestamp_future'],
      ] as const) {
        mark = lines.length;
        const before = await rejected(reason);
        const result = await pusher.push(eventUrl, text('late'), { timestampOffsetSec: offset, once: true });
        expect(result.attempts[0]?.status).toBe(401);
        await expectRefused(reason, before);
      }
    });

    it('refuses a replayed request, byte for byte (401)', async () => {
      const first = await pusher.push(eventUrl, text('once'));
      expect(first.ok).toBe(true);
      core.accepted.length = 0;
      mark = lines.length;
      const before = await rejected('replayed');
      const replay = await pusher.replay(eventUrl, first.lastRequest);
      expect(replay.status).toBe(401);
      await expectRefused('replayed', before);
      expect(core.duplicates).toBe(0);
    });

    it('refuses an oversize body (413), by Content-Length', async () => {
      const before = await rejected('body_too_large');
      const result = await pusher.push(eventUrl, text('big'), { padToBytes: BODY_LIMIT * 2, once: true });
      expect(result.attempts[0]?.status).toBe(413);
      await expectRefused('body_too_large', before);
    });

    it('refuses an oversize chunked body (413), by counting bytes', async () => {
      const before = await rejected('body_too_large');
      const sealed = sealEnvelope(
        { ...text('big'), _padding: 'x'.repeat(BODY_LIMIT * 2) },
        { encryptKey: APP.encryptKey },
      );
      const status = await postChunked(eventUrl, sealed);
      expect(status).toBe(413);
      await expectRefused('body_too_large', before);
    });

    it('refuses a truncated body (401: the signature no longer matches)', async () => {
      const before = await rejected('signature_invalid');
      const result = await pusher.push(eventUrl, text('cut'), { truncateToBytes: 100, once: true });
      expect(result.attempts[0]?.status).toBe(401);
      await expectRefused('signature_invalid', before);
    });

    it('refuses malformed JSON, even correctly signed (400)', async () => {
      const before = await rejected('malformed_json');
      const body = '{"encrypt": broken';
      const headers = {
        'Content-Type': 'application/json',
        'X-Lark-Request-Timestamp': String(Math.floor(Date.now() / 1000)),
        'X-Lark-Request-Nonce': 'n1',
      };
      const signature = signBody(APP.encryptKey ?? '', headers['X-Lark-Request-Timestamp'], 'n1', body);
      const response = await post(eventUrl, { body, headers: { ...headers, 'X-Lark-Signature': signature } });
      expect(response.status).toBe(400);
      await expectRefused('malformed_json', before);
    });

    it('refuses a wrong content type (415)', async () => {
      const before = await rejected('content_type');
      const sealed = sealEnvelope(text('x'), { encryptKey: APP.encryptKey });
      const response = await post(eventUrl, sealed, { 'Content-Type': 'text/plain' });
      expect(response.status).toBe(415);
      await expectRefused('content_type', before);
    });

    it('refuses an event for another app id (401)', async () => {
      const before = await rejected('unknown_app');
      const stranger = messageReceiveEvent(
        { ...APP, appId: 'cli_fedcba9876543210' },
        { sender: wang, chat: p2p, body: { type: 'text', text: 'x' } },
      );
      const result = await pusher.push(eventUrl, stranger, { once: true });
      expect(result.attempts[0]?.status).toBe(401);
      await expectRefused('unknown_app', before);
    });

    it('refuses an unsigned event (401)', async () => {
      const before = await rejected('signature_missing');
      const sealed = sealEnvelope(text('x'), { encryptKey: APP.encryptKey });
      const { 'X-Lark-Signature': _s, ...headers } = sealed.headers;
      const response = await post(eventUrl, { body: sealed.body, headers });
      expect(response.status).toBe(401);
      await expectRefused('signature_missing', before);
    });

    it('refuses a card callback with a tampered value (400)', async () => {
      const before = await rejected('bad_card_action');
      const envelope = cardActionEvent(APP, {
        operator: wang,
        messageId: 'om_card',
        chatId: p2p.chat_id,
        value: { id: 7 },
      });
      const result = await pusher.push(cardUrl, envelope);
      expect(result.attempts[0]?.status).toBe(400);
      await expectRefused('bad_card_action', before);
    });
  });

  afterEach(() => {
    // Refusals must never reach the service's 500 handler.
    expect(newLines().filter((l) => l.msg === 'http request failed')).toHaveLength(0);
  });
});
