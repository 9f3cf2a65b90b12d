import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueOutbound } from '../../src/delivery/ledger.js';
import { GROUP_ID_TYPE, USER_ID_TYPE } from '../../src/platforms/dingtalk/adapter.js';
import { testProviders } from '../support/db.js';
import { startDingtalkHarness, type DingtalkHarness } from './harness.js';

const QPS = 5;
const ONE_TO_ONE = '/v1.0/robot/oToMessages/batchSend';
const GROUP = '/v1.0/robot/groupMessages/send';

describe.each(testProviders())('DingTalk send limits per API, against the emulator’s QPS (%s)', (provider) => {
  let harness: DingtalkHarness;
  beforeAll(async () => {
    harness = await startDingtalkHarness({
      provider,
      mode: 'http',
      env: { DINGTALK_RATE_PER_SECOND: String(QPS) },
      emulatorQps: QPS,
    });
  }, 60_000);
  afterAll(() => harness.stop());

  it('keeps each robot API within its own QPS while the other API sends alongside it', async () => {
    const { db } = harness.service.database;
    const adapter = harness.service.adapters.get('DINGTALK');
    if (!adapter) throw new Error('no DingTalk adapter');
    const count = 2 * QPS;
    for (let i = 0; i < count; i++) {
      const text = adapter.renderText(`通知 ${i}`);
      const common = { platform: 'DINGTALK' as const, operation: 'SEND' as const, purpose: 'test', ...text };
      await enqueueOutbound(db, {
        ...common,
        idempotencyKey: `p2p-${i}`,
        receiveIdType: USER_ID_TYPE,
        receiveId: `staff_${i}`,
      });
      await enqueueOutbound(db, {
        ...common,
        idempotencyKey: `grp-${i}`,
        receiveIdType: GROUP_ID_TYPE,
        receiveId: `cid_${i}`,
      });
    }
    await harness.settle(30_000);
    const calls = harness.emulator.state.calls.filter((call) => call.path === ONE_TO_ONE || call.path === GROUP);
    // Never over the emulator's QPS: no 403 QpsLimit, every message sent once.
    expect(calls.filter((call) => call.status !== 200)).toEqual([]);
    expect(calls.filter((call) => call.path === ONE_TO_ONE)).toHaveLength(count);
    expect(calls.filter((call) => call.path === GROUP)).toHaveLength(count);
    // Each API has its own bucket: the first second carries a full second's worth of both, which one
    // bucket for the whole app would have split between them.
    const first = Math.min(...calls.map((call) => call.at));
    const firstSecond = calls.filter((call) => call.at - first < 1000);
    expect(firstSecond.filter((call) => call.path === ONE_TO_ONE)).toHaveLength(QPS);
    expect(firstSecond.filter((call) => call.path === GROUP)).toHaveLength(QPS);
  });
});
