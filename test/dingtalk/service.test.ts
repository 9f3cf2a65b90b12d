import { TOPIC_CARD, TOPIC_ROBOT } from 'dingtalk-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOutboundByStatus } from '../../src/db/queries/outbound-messages.js';
import { beginDingtalkSend } from '../../src/db/queries/dingtalk-sends.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import type { OutboundRequest } from '../../src/platforms/adapter.js';
import { DINGTALK_ROBOT_PATH } from '../../src/platforms/dingtalk/http-routes.js';
import { pushCallback, signedHeaders, textMessage } from '../emulator/dingtalk/index.js';
import { testProviders } from '../support/db.js';
import { ManualClock } from '../../src/time/clock.js';
import { NOW, seedRotationWorld } from '../service/chat-drivers.js';
import { DING_APP, startDingtalkHarness, type DingtalkHarness } from './harness.js';

describe.each(testProviders())('a DingTalk-only service, HTTP mode (%s)', (provider) => {
  let harness: DingtalkHarness;
  beforeAll(async () => {
    harness = await startDingtalkHarness({ provider, mode: 'http' });
  });
  afterAll(() => harness.stop());

  it('starts with DingTalk alone: no Feishu, no sandbox', () => {
    expect([...harness.service.adapters.keys()]).toEqual(['DINGTALK']);
  });

  it('answers a 1:1 message through batchSend, once for a message delivered three times', async () => {
    const message = textMessage(DING_APP, { from: 'staff_wang' }, '/帮助');
    for (let i = 0; i < 3; i++) expect((await pushCallback(harness.robotUrl, DING_APP, message)).status).toBe(200);
    await harness.settle();
    const replies = harness.emulator.state.sent.filter((m) => m.to === 'staff_wang');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.api).toBe('batchSend');
    expect(harness.emulator.state.textsTo('staff_wang')[0]).toContain('/帮助');
  });

  it('answers a group @-mention in the group', async () => {
    const message = textMessage(DING_APP, { from: 'staff_li', group: 'cidGroup001==' }, '/帮助');
    expect((await pushCallback(harness.robotUrl, DING_APP, message)).status).toBe(200);
    await harness.settle();
    expect(harness.emulator.state.sent.filter((m) => m.to === 'cidGroup001==' && m.api === 'groupSend')).toHaveLength(
      1,
    );
  });

  it('refuses forged, stale, unsigned and oversize callbacks and stores nothing', async () => {
    const message = () => textMessage(DING_APP, { from: 'staff_forger' }, '/帮助');
    const signed = signedHeaders(DING_APP);
    const forged = { ...signed, sign: `AAAA${(signed.sign ?? '').slice(4)}` };
    expect((await pushCallback(harness.robotUrl, DING_APP, message(), forged)).status).toBe(401);
    const stale = signedHeaders(DING_APP, Date.now() - 61 * 60_000);
    expect((await pushCallback(harness.robotUrl, DING_APP, message(), stale)).status).toBe(401);
    const future = signedHeaders(DING_APP, Date.now() + 61 * 60_000);
    expect((await pushCallback(harness.robotUrl, DING_APP, message(), future)).status).toBe(401);
    const { sign: _sign, ...unsigned } = signedHeaders(DING_APP);
    expect((await pushCallback(harness.robotUrl, DING_APP, message(), unsigned)).status).toBe(401);
    // Above the default WEBHOOK_BODY_LIMIT_BYTES (1 MiB).
    const huge = { ...message(), text: { content: 'x'.repeat(1_100_000) } };
    expect((await pushCallback(harness.robotUrl, DING_APP, huge)).status).toBe(413);
    await harness.settle();
    expect(harness.emulator.state.sent.filter((m) => m.to === 'staff_forger')).toHaveLength(0);
  });

  it('fetches a new token once when DingTalk refuses the cached one', async () => {
    harness.emulator.expireTokens();
    await pushCallback(harness.robotUrl, DING_APP, textMessage(DING_APP, { from: 'staff_token' }, '/帮助'));
    await harness.settle();
    expect(harness.emulator.state.textsTo('staff_token')).toHaveLength(1);
  });

  it('retries 403 QpsLimit, 429, 5xx and 504, and a flow-controlled person, then delivers once', async () => {
    const path = '/v1.0/robot/oToMessages/batchSend';
    harness.emulator.inject(
      path,
      { status: 403, body: { code: 'QpsLimit.ExceedRealQps', message: 'qps' } },
      { status: 429, body: { code: 'Throttling' } },
      { status: 502, body: { code: 'ServiceUnavailable' } },
      { status: 504, body: { code: 'GatewayTimeout' } },
    );
    harness.emulator.state.flowControlled.push('staff_busy');
    await pushCallback(harness.robotUrl, DING_APP, textMessage(DING_APP, { from: 'staff_busy' }, '/帮助'));
    await harness.settle(30_000);
    expect(harness.emulator.state.textsTo('staff_busy')).toHaveLength(1);
    expect((await countOutboundByStatus(harness.service.database.db)).FAILED ?? 0).toBe(0);
  });

  it('binds by the verified mobile, as on Feishu, and stores the unionId looked up once', async () => {
    const db = harness.service.database.db;
    const { person } = await upsertPersonByPhone(db, { name: '陈医生', phone: '13800138077' });
    harness.emulator.state.users.set('staff_chen', {
      userId: 'staff_chen',
      unionId: 'union_chen',
      name: '陈医生',
      mobile: '13800138077',
    });
    await pushCallback(harness.robotUrl, DING_APP, textMessage(DING_APP, { from: 'staff_chen' }, '/我是谁'));
    await harness.settle();
    const identity = await db.chatIdentity.findUnique({
      where: { platform_platformUserId: { platform: 'DINGTALK', platformUserId: 'staff_chen' } },
    });
    expect(identity).toMatchObject({ personId: person.id, boundBy: 'VERIFIED_MOBILE' });
    await pushCallback(harness.robotUrl, DING_APP, textMessage(DING_APP, { from: 'staff_chen' }, '/我是谁'));
    await harness.settle();
    const after = await db.chatIdentity.findUnique({
      where: { platform_platformUserId: { platform: 'DINGTALK', platformUserId: 'staff_chen' } },
    });
    expect(after?.unionId).toBe('union_chen');
    expect(harness.emulator.state.textsTo('staff_chen').join('\n')).toContain('陈医生');
  });

  it('never sends a robot message twice: not after acceptance, not after a send left without an answer', async () => {
    const adapter = harness.service.adapters.get('DINGTALK');
    const request = (key: string): OutboundRequest => ({
      idempotencyKey: key,
      operation: 'SEND',
      receiveIdType: 'userId',
      receiveId: 'staff_restart',
      msgType: 'text',
      content: JSON.stringify({ content: key }),
    });
    expect(await adapter?.deliver(request('restart-1'))).toMatchObject({ ok: true });
    // The same ledger row again, as after a crash before the ledger recorded the answer.
    expect(await adapter?.deliver(request('restart-1'))).toMatchObject({ ok: true });
    await beginDingtalkSend(harness.service.database.db, 'restart-2', new Date());
    expect(await adapter?.deliver(request('restart-2'))).toMatchObject({ ok: false, kind: 'permanent' });
    expect(harness.emulator.state.textsTo('staff_restart')).toEqual(['restart-1']);
  });

  it('creates a card instance once, updates it in place, and downloads a file a user sent', async () => {
    const adapter = harness.service.adapters.get('DINGTALK');
    const content = (markdown: string) =>
      JSON.stringify({ cardTemplateId: 'tpl.schema', cardParamMap: { title: 't', markdown, buttons: '[]' } });
    const create: OutboundRequest = {
      idempotencyKey: 'ntf:card:1',
      operation: 'SEND',
      receiveIdType: 'openConversationId',
      receiveId: 'cidCards==',
      msgType: 'card',
      content: content('v1'),
    };
    const sent = await adapter?.deliver(create);
    expect(sent).toMatchObject({ ok: true, platformMessageId: 'ntf_card_1' });
    expect(await adapter?.deliver(create)).toMatchObject({ ok: true });
    const update = {
      ...create,
      idempotencyKey: 'upd:1',
      operation: 'UPDATE_CARD' as const,
      targetMessageId: 'ntf_card_1',
    };
    expect(await adapter?.deliver({ ...update, content: content('v2') })).toMatchObject({ ok: true });
    const card = harness.emulator.state.cards.get('ntf_card_1');
    expect(card).toMatchObject({ openSpaceId: 'dtv1.card//IM_GROUP.cidCards==', updates: 1 });
    expect(card?.params.markdown).toBe('v2');

    harness.emulator.state.userFiles.set('dc-table', Buffer.from('staffing table'));
    expect((await adapter?.downloadFile('msg1', 'dc-table'))?.toString()).toBe('staffing table');
  });

  it('serves the robot route only in HTTP mode', () => {
    expect(harness.robotUrl.endsWith(DINGTALK_ROBOT_PATH)).toBe(true);
  });
});

describe('a DingTalk-only service, Stream mode', () => {
  let harness: DingtalkHarness;
  beforeAll(async () => {
    harness = await startDingtalkHarness({ provider: 'sqlite', mode: 'stream' });
    await harness.emulator.stream.connected();
  });
  afterAll(() => harness.stop());

  it('connects through the configured gateway and subscribes to robot messages', () => {
    expect(harness.emulator.stream.subscriptions.map((s) => s.topic)).toContain(TOPIC_ROBOT);
  });

  it('acknowledges a robot message once recorded and answers it', async () => {
    const message = textMessage(DING_APP, { from: 'staff_stream' }, '/帮助');
    const ack = await harness.emulator.stream.push(TOPIC_ROBOT, message);
    expect(ack?.code).toBe(200);
    const again = await harness.emulator.stream.push(TOPIC_ROBOT, message);
    expect(again?.code).toBe(200);
    await harness.settle();
    expect(harness.emulator.state.textsTo('staff_stream')).toHaveLength(1);
  });

  it('answers the gateway ping with its opaque data', async () => {
    expect((await harness.emulator.stream.ping())?.code).toBe(200);
  });
});

describe('interactive cards on DingTalk, Stream mode', () => {
  let harness: DingtalkHarness;
  const clock = new ManualClock(NOW);
  beforeAll(async () => {
    harness = await startDingtalkHarness({
      provider: 'sqlite',
      mode: 'stream',
      clock,
      env: { DINGTALK_CARD_TEMPLATE_ID: 'tpl.schema' },
    });
    await seedRotationWorld(harness.service, 'DINGTALK', { physician: 'staff_wang', coordinator: 'staff_coord' }, NOW);
    await harness.emulator.stream.connected();
  }, 120_000);
  afterAll(() => harness.stop());

  it('sends a card instance with callback buttons; a press over Stream runs the button action', async () => {
    const message = textMessage(DING_APP, { from: 'staff_wang', createAt: clock.now().getTime() }, '/签到');
    expect((await harness.emulator.stream.push(TOPIC_ROBOT, message))?.code).toBe(200);
    await harness.settle();
    const [card] = [...harness.emulator.state.cards.values()].filter((c) => c.openSpaceId.endsWith('staff_wang'));
    expect(card?.callbackType).toBe('STREAM');
    const buttons = JSON.parse(card?.params.buttons ?? '[]') as { params: Record<string, unknown> }[];
    const checkout = buttons.find((button) => button.params.action === 'checkout');
    expect(checkout).toBeDefined();
    clock.set(new Date(NOW.getTime() + 4 * 3_600_000));
    const press = {
      outTrackId: card?.outTrackId,
      userId: 'staff_wang',
      corpId: DING_APP.corpId,
      spaceType: 'IM_ROBOT',
      content: JSON.stringify({ cardPrivateData: { actionIds: ['b1'], params: checkout?.params } }),
    };
    expect((await harness.emulator.stream.push(TOPIC_CARD, press))?.code).toBe(200);
    await harness.settle();
    const day = await harness.service.database.db.serviceDay.findFirst();
    expect(day?.checkOutAt).not.toBeNull();
    const toWang = [...harness.emulator.state.cards.values()].filter((c) => c.openSpaceId.endsWith('staff_wang'));
    expect(toWang.length + harness.emulator.state.textsTo('staff_wang').length).toBeGreaterThan(1);
  });
});
