import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enqueueOutbound } from '../../src/delivery/ledger.js';
import { GROUP_ID_TYPE, USER_ID_TYPE } from '../../src/platforms/dingtalk/adapter.js';
import { ManualClock } from '../../src/time/clock.js';
import { testProviders } from '../support/db.js';
import { startDingtalkHarness, type DingtalkHarness } from './harness.js';

const QPS = 5;
const ONE_TO_ONE = '/v1.0/robot/oToMessages/batchSend';
const GROUP = '/v1.0/robot/groupMessages/send';

describe.each(testProviders())('DingTalk send limits per API, against the emulator’s QPS (%s)', (provider) => {
  // The limiter counts on the service clock; held still, a full window stays full until the test moves it.
  const clock = new ManualClock(new Date());
  let harness: DingtalkHarness;
  beforeAll(async () => {
    harness = await startDingtalkHarness({
      provider,
      mode: 'http',
      clock,
      env: { DINGTALK_RATE_PER_SECOND: String(QPS) },
      emulatorQps: QPS,
    });
  }, 60_000);
  afterAll(() => harness.stop());

  const robotCalls = (path: string) => harness.emulator.state.calls.filter((call) => call.path === path);

  it('gives each robot API its own QPS: a full second of 1:1 sends does not hold up the group sends', async () => {
    const { db } = harness.service.database;
    const adapter = harness.service.adapters.get('DINGTALK');
    if (!adapter) throw new Error('no DingTalk adapter');
    const count = 2 * QPS;
    for (let i = 0; i < count; i++) {
      const common = { platform: 'DINGTALK' as const, operation: 'SEND' as const, purpose: 'test' };
      const text = adapter.renderText(`通知 ${i}`);
      const oneToOne = { idempotencyKey: `p2p-${i}`, receiveIdType: USER_ID_TYPE, receiveId: `staff_${i}` };
      const group = { idempotencyKey: `grp-${i}`, receiveIdType: GROUP_ID_TYPE, receiveId: `cid_${i}` };
      await enqueueOutbound(db, { ...common, ...text, ...oneToOne }, clock);
      await enqueueOutbound(db, { ...common, ...text, ...group }, clock);
    }
    // One second's worth of each API goes at once; one bucket for the app would have let QPS in all.
    await vi.waitFor(() => expect(robotCalls(ONE_TO_ONE).length + robotCalls(GROUP).length).toBe(2 * QPS), {
      timeout: 20_000,
      interval: 20,
    });
    // A real second, so the emulator's own window (on real time) is clear before the service clock moves.
    await sleep(1000);
    expect(robotCalls(ONE_TO_ONE)).toHaveLength(QPS);
    expect(robotCalls(GROUP)).toHaveLength(QPS);
    clock.advance(1000);
    await harness.settle(30_000);
    // Never over the emulator's QPS: no 403 QpsLimit, every message sent once.
    expect(robotCalls(ONE_TO_ONE).map((call) => call.status)).toEqual(Array<number>(count).fill(200));
    expect(robotCalls(GROUP).map((call) => call.status)).toEqual(Array<number>(count).fill(200));
  });
});
