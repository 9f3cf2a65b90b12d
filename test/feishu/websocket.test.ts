import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import { startFeishuWebsocket, type FeishuWebsocket } from '../../src/platforms/feishu/websocket.js';
import { systemClock } from '../../src/time/clock.js';
import {
  cardActionEvent,
  messageReceiveEvent,
  startFeishuEmulator,
  type FeishuEmulator,
} from '../emulator/feishu/index.js';
import { attachWsEmulation, type FeishuWsEmulation } from '../emulator/feishu/ws.js';
import { APP, RecordingCore, feishuEnv, memoryLogger } from './support.js';

describe('Feishu long connection (FEISHU_MODE=websocket)', () => {
  const core = new RecordingCore();
  const { log, lines } = memoryLogger();
  let metrics: Metrics;
  let emulator: FeishuEmulator;
  let ws: FeishuWsEmulation;
  let client: FeishuWebsocket;
  const wang = { open_id: 'ou_wang', name: '王医生' };

  beforeAll(async () => {
    metrics = createMetrics();
    emulator = await startFeishuEmulator({ apps: [APP] });
    ws = attachWsEmulation(emulator, { reconnectNonceSec: 0, reconnectIntervalSec: 1 });
    client = await startFeishuWebsocket({
      bot: core,
      // No Encrypt Key or Verification Token: the long connection does not need them.
      config: feishuEnv({
        FEISHU_MODE: 'websocket',
        FEISHU_BASE_URL: emulator.baseUrl,
        FEISHU_ENCRYPT_KEY: '',
        FEISHU_VERIFICATION_TOKEN: '',
      }),
      log,
      metrics,
      clock: systemClock,
      botOpenId: () => APP.botOpenId,
    });
    await ws.waitForClients(1, { timeoutMs: 5000 });
  });
  afterAll(async () => {
    client.close();
    await emulator.close();
  });
  beforeEach(() => {
    core.accepted.length = 0;
  });

  it('hands events to the core and acks them, once per event id', async () => {
    const envelope = messageReceiveEvent(APP, {
      sender: wang,
      chat: { chat_id: 'oc_group', chat_type: 'group' },
      body: { type: 'text', text: '/帮助', mentionBot: true },
    });
    const first = await ws.push(envelope);
    const again = await ws.push(envelope);
    expect(first).toMatchObject({ ok: true, code: 200, data: {} });
    expect(again).toMatchObject({ ok: true, code: 200 });
    expect(core.accepted).toHaveLength(1);
    expect(core.accepted[0]).toMatchObject({
      eventId: envelope.header.event_id,
      mentionsBot: true,
      body: { text: '/帮助' },
    });
  });

  it('answers a card callback with {}', async () => {
    const envelope = cardActionEvent(APP, {
      operator: wang,
      messageId: 'om_card',
      chatId: 'oc_group',
      value: { action: 'approve', id: 3 },
    });
    expect(await ws.push(envelope)).toMatchObject({ ok: true, code: 200, data: {} });
    expect(core.accepted[0]).toMatchObject({ body: { kind: 'cardAction', action: 'approve', value: { id: 3 } } });
  });

  it('counts and logs a tampered card value once, storing nothing', async () => {
    const mark = lines.length;
    const envelope = cardActionEvent(APP, {
      operator: wang,
      messageId: 'om_card',
      chatId: 'oc_group',
      value: 'tampered',
    });
    expect(await ws.push(envelope)).toMatchObject({ ok: true, code: 200 });
    expect(core.accepted).toHaveLength(0);
    expect(lines.slice(mark).filter((l) => l.level >= 40)).toEqual([
      expect.objectContaining({ msg: 'feishu push refused', reason: 'bad_card_action' }),
    ]);
    const counted = (await metrics.eventsRejected.get()).values.find((v) => v.labels.reason === 'bad_card_action');
    expect(counted?.value).toBe(1);
  });

  it('answers an error when the core cannot record the event, so Feishu sends it again', async () => {
    core.failNext = true;
    const envelope = messageReceiveEvent(APP, {
      sender: wang,
      chat: { chat_id: 'oc_p2p', chat_type: 'p2p' },
      body: { type: 'text', text: '/日志' },
    });
    expect(await ws.push(envelope)).toMatchObject({ ok: false, code: 500 });
    expect(await ws.push(envelope)).toMatchObject({ ok: true, code: 200 });
    expect(core.accepted).toHaveLength(1);
  });
});
