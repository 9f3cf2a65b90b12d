import { trustedMarkdown } from '../../src/core/card-text.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '../../src/core/card.js';
import { isBotError } from '../../src/core/errors.js';
import type { OutboundRequest } from '../../src/platforms/adapter.js';
import { FeishuAdapter, feishuUuid } from '../../src/platforms/feishu/adapter.js';
import { startFeishuEmulator, type EmulatedUser, type FeishuEmulator } from '../emulator/feishu/index.js';
import { APP, memoryLogger } from './support.js';

describe('FeishuAdapter against the emulator', () => {
  let emulator: FeishuEmulator;
  let adapter: FeishuAdapter;
  let wang: EmulatedUser;
  let key = 0;

  beforeAll(async () => {
    // The per-chat 5 QPS limit is not under test here (the dispatcher paces sends); one chat gets them all.
    emulator = await startFeishuEmulator({ apps: [APP], limits: { chatPerSecond: 1000 } });
    adapter = new FeishuAdapter(
      { appId: APP.appId, appSecret: APP.appSecret, baseUrl: emulator.baseUrl },
      { log: memoryLogger().log, locale: 'zh-CN', timeoutMs: 500 },
    );
    wang = emulator.state.addUser({ name: '王医生', mobile: '+8613800000001' });
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.faults.clear());

  const send = (
    content: { msgType: string; content: string },
    overrides: Partial<OutboundRequest> = {},
  ): OutboundRequest => ({
    idempotencyKey: `k-${++key}`,
    operation: 'SEND',
    receiveIdType: 'open_id',
    receiveId: wang.open_id,
    ...content,
    ...overrides,
  });
  const card = (title: string): Card => ({
    title,
    elements: [{ kind: 'markdown', text: trustedMarkdown(`**${title}**`) }],
  });

  it('sends with the idempotency key as uuid, and Feishu sends it only once', async () => {
    const request = send(adapter.renderText('您好'));
    const first = await adapter.deliver(request);
    const again = await adapter.deliver(request);
    expect(first).toMatchObject({ ok: true, platformMessageId: expect.stringMatching(/^om_/) });
    expect(again).toEqual(first);
    expect(emulator.state.sent.filter((m) => m.uuid === request.idempotencyKey)).toHaveLength(1);
    expect(emulator.state.sentTo(wang.open_id).at(-1)?.content).toEqual({ text: '您好' });
  });

  it('maps long idempotency keys to a stable uuid Feishu accepts', async () => {
    const long = `ntf:daily-reminder:${'x'.repeat(80)}`;
    expect(feishuUuid(long)).toHaveLength(43);
    expect(feishuUuid(long)).toBe(feishuUuid(long));
    expect(await adapter.deliver(send(adapter.renderText('提醒'), { idempotencyKey: long }))).toMatchObject({
      ok: true,
    });
  });

  it('replies to a user message', async () => {
    const message = emulator.state.recordUserMessage({
      app_id: APP.appId,
      chat_id: emulator.state.p2pChat(APP.appId, wang.open_id).chat_id,
      chat_type: 'p2p',
      sender: wang,
      message_type: 'text',
      content: '{"text":"/帮助"}',
    });
    const outcome = await adapter.deliver({
      ...send(adapter.renderText('帮助内容')),
      operation: 'REPLY',
      targetMessageId: message.message_id,
    });
    expect(outcome).toMatchObject({ ok: true });
    expect(emulator.state.sent.at(-1)).toMatchObject({ via: 'reply', replyTo: message.message_id });
  });

  it('sends a card and patches it', async () => {
    const sent = await adapter.deliver(send(adapter.renderCard(card('待确认'))));
    if (!sent.ok) throw new Error(sent.detail);
    const patched = await adapter.deliver({
      idempotencyKey: `k-${++key}`,
      operation: 'UPDATE_CARD',
      targetMessageId: sent.platformMessageId,
      ...adapter.renderCard(card('已确认')),
    });
    expect(patched).toEqual({ ok: true, platformMessageId: undefined });
    expect(JSON.stringify(emulator.state.currentCard(sent.platformMessageId ?? ''))).toContain('已确认');
  });

  it('renders an oversize table card cut to fit, with the note in the reader’s language', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ clinic: `第${i + 1}乡镇卫生院`, days: i % 9 }));
    const rendered = adapter.renderCard({
      title: '明细',
      elements: [
        {
          kind: 'table',
          columns: [
            { key: 'clinic', label: '受援单位' },
            { key: 'days', label: '天数' },
          ],
          rows,
        },
      ],
    });
    expect(rendered.msgType).toBe('interactive');
    expect(Buffer.byteLength(rendered.content)).toBeLessThan(30 * 1024);
    expect(rendered.content).toMatch(/…共 3000 行，仅显示前 \d+ 行/);
  });

  it('reports a rate limit with Feishu’s reset time', async () => {
    emulator.faults.next('send', 1, { kind: 'rate_limit', resetSec: 7 });
    expect(await adapter.deliver(send(adapter.renderText('x')))).toEqual({
      ok: false,
      kind: 'rateLimited',
      retryAfterMs: 7000,
      detail: '99991400 request trigger frequency limit',
    });
    emulator.faults.next('send', 1, { kind: 'rate_limit', status: 400, resetSec: 2 });
    expect(await adapter.deliver(send(adapter.renderText('x')))).toMatchObject({
      kind: 'rateLimited',
      retryAfterMs: 2000,
    });
  });

  it('calls 5xx, lost connections and timeouts retryable', async () => {
    emulator.faults.next('send', 1, { kind: 'server_error', status: 503 });
    expect(await adapter.deliver(send(adapter.renderText('x')))).toMatchObject({ ok: false, kind: 'retryable' });
    emulator.faults.next('send', 1, { kind: 'disconnect' });
    expect(await adapter.deliver(send(adapter.renderText('x')))).toMatchObject({ ok: false, kind: 'retryable' });
    emulator.faults.next('send', 1, { kind: 'delay', ms: 1500 });
    expect(await adapter.deliver(send(adapter.renderText('x')))).toMatchObject({ ok: false, kind: 'retryable' });
  });

  it('calls an oversize card and an unknown receiver permanent', async () => {
    const huge: Card = { title: '超长', elements: [{ kind: 'markdown', text: trustedMarkdown('字'.repeat(12_000)) }] };
    const tooLarge = await adapter.deliver(send(adapter.renderCard(huge)));
    expect(tooLarge).toMatchObject({ ok: false, kind: 'permanent', detail: expect.stringMatching(/^230025 /) });
    expect(await adapter.deliver(send(adapter.renderText('x'), { receiveId: 'ou_nobody' }))).toMatchObject({
      ok: false,
      kind: 'permanent',
    });
    expect(await adapter.deliver(send(adapter.renderText('x'), { receiveIdType: 'phone' }))).toMatchObject({
      kind: 'permanent',
      detail: expect.stringContaining('receiveIdType'),
    });
  });

  it('drops a rejected token, so the retry gets a fresh one', async () => {
    expect(await adapter.deliver(send(adapter.renderText('before')))).toMatchObject({ ok: true });
    emulator.tokens.revoke();
    expect(await adapter.deliver(send(adapter.renderText('rejected')))).toMatchObject({
      ok: false,
      kind: 'retryable',
      detail: expect.stringMatching(/^99991663 /),
    });
    expect(await adapter.deliver(send(adapter.renderText('after')))).toMatchObject({ ok: true });
  });

  it('uploads a file, sends it, and downloads it back', async () => {
    const bytes = Buffer.from('医师,天数\n王医生,4\n', 'utf8');
    const fileKey = await adapter.uploadFile('三月到岗.xlsx', bytes);
    expect(emulator.state.uploadedFiles.get(fileKey)).toMatchObject({ fileName: '三月到岗.xlsx', fileType: 'xls' });
    const sent = await adapter.deliver({ ...send(adapter.renderFile(fileKey)), operation: 'SEND_FILE' });
    if (!sent.ok) throw new Error(sent.detail);
    expect((await adapter.downloadFile(sent.platformMessageId ?? '', fileKey)).equals(bytes)).toBe(true);
  });

  it('downloads a file a user sent, and refuses one over the size cap', async () => {
    const bytes = Buffer.alloc(64 * 1024, 7);
    const fileKey = emulator.state.addUserFile({ bytes, fileName: 'big.csv' });
    const message = emulator.state.recordUserMessage({
      app_id: APP.appId,
      chat_id: emulator.state.p2pChat(APP.appId, wang.open_id).chat_id,
      chat_type: 'p2p',
      sender: wang,
      message_type: 'file',
      content: JSON.stringify({ file_key: fileKey, file_name: 'big.csv' }),
    });
    expect((await adapter.downloadFile(message.message_id, fileKey)).equals(bytes)).toBe(true);
    const small = new FeishuAdapter(
      { appId: APP.appId, appSecret: APP.appSecret, baseUrl: emulator.baseUrl },
      { log: memoryLogger().log, locale: 'zh-CN', maxDownloadBytes: 1024 },
    );
    const error = await small.downloadFile(message.message_id, fileKey).catch((e: unknown) => e);
    expect(isBotError(error) && error.messageKey).toBe('delivery.fileTooLarge');
    const missing = await adapter.downloadFile(message.message_id, 'file_v3_missing').catch((e: unknown) => e);
    expect(isBotError(missing) && missing.code).toBe('DELIVERY_PERMANENT');
  });

  it('reads a user’s mobile, and gives undefined when Feishu will not say', async () => {
    expect(await adapter.verifiedMobile(wang.open_id)).toBe('+8613800000001');
    const hidden = emulator.state.addUser({ name: '无手机号' });
    expect(await adapter.verifiedMobile(hidden.open_id)).toBeUndefined();
    expect(await adapter.verifiedMobile('ou_outside_range')).toBeUndefined();
  });

  it('fetches the bot’s identity in the background, never waited for, and tries again after a failure', async () => {
    const fresh = new FeishuAdapter(
      { appId: APP.appId, appSecret: APP.appSecret, baseUrl: emulator.baseUrl },
      { log: memoryLogger().log, locale: 'zh-CN' },
    );
    emulator.faults.next('bot_info', 1, { kind: 'server_error' });
    const stop = fresh.watchBotInfo();
    try {
      expect(fresh.botOpenId()).toBeUndefined();
      const deadline = Date.now() + 10_000;
      while (fresh.botOpenId() === undefined && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(fresh.botOpenId()).toBe(APP.botOpenId);
      expect(emulator.state.callCounts.get('bot_info')).toBeGreaterThanOrEqual(2);
    } finally {
      stop();
    }
  });
});
