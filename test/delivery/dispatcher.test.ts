import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { claimDueOutbound, countOutboundByStatus, findOutboundByKey } from '../../src/db/queries/outbound-messages.js';
import { Dispatcher, type DispatcherOptions } from '../../src/delivery/dispatcher.js';
import { enqueueOutbound } from '../../src/delivery/ledger.js';
import { createLogger } from '../../src/log/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { ManualClock, type Clock } from '../../src/time/clock.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { ScriptedAdapter, ScriptedPlatform, eventually, outcomes, textTo } from './scripted-adapter.js';

const logger = createLogger('silent');

describe.each(testProviders())('dispatcher on %s', (provider) => {
  let database: TestDatabase;
  let running: Dispatcher[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database.destroy();
  });
  beforeEach(async () => {
    await database.db.outboundMessage.deleteMany();
  });
  afterEach(async () => {
    await Promise.all(running.map((d) => d.stop()));
    running = [];
  });

  /** A started dispatcher with tiny intervals, so retries take milliseconds. */
  function startDispatcher(adapter: ScriptedAdapter, options: Partial<DispatcherOptions> = {}): Dispatcher {
    const dispatcher = new Dispatcher({
      database,
      adapters: new Map([[adapter.platform, adapter]]),
      logger,
      pollIntervalMs: 20,
      retry: { baseMs: 5, capMs: 20, maxAttempts: 5 },
      ...options,
    });
    dispatcher.start();
    running.push(dispatcher);
    return dispatcher;
  }

  const rowOf = async (key: string) => {
    const row = await findOutboundByKey(database.db, key);
    if (!row) throw new Error(`no row ${key}`);
    return row;
  };
  const allSettled = async () => {
    const counts = await countOutboundByStatus(database.db);
    return counts.PENDING === 0 && counts.SENDING === 0;
  };
  const enqueue = (key: string, receiveId?: string, clock?: Clock) =>
    enqueueOutbound(database.db, textTo(key, receiveId), clock);

  it('sends an enqueued message at once, not at the next poll', async () => {
    const platform = new ScriptedPlatform();
    startDispatcher(new ScriptedAdapter(platform), { pollIntervalMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const enqueuedAt = Date.now();
    await enqueue('quick');
    await eventually(async () => (await rowOf('quick')).status === 'SENT', 5000);
    expect(platform.firstCallAt('quick') - enqueuedAt).toBeLessThan(1000);
    expect(await rowOf('quick')).toMatchObject({ attempts: 1, platformMessageId: 'om_1', claimedBy: null });
    expect(platform.calls[0]?.request).toMatchObject({
      idempotencyKey: 'quick',
      operation: 'SEND',
      receiveId: 'ou_quick',
    });
  });

  it('delivers a message once through a rate limit and two server errors', async () => {
    const platform = new ScriptedPlatform().script(
      'bumpy',
      outcomes.rateLimited(10),
      outcomes.serverError(),
      outcomes.serverError(),
    );
    const metrics = createMetrics();
    startDispatcher(new ScriptedAdapter(platform), { metrics });
    await enqueue('bumpy');
    await eventually(async () => (await rowOf('bumpy')).status === 'SENT');
    expect(platform.callsFor('bumpy')).toBe(4);
    expect(platform.delivered.get('bumpy')).toBe(1);
    // The rate-limited attempt does not count towards giving up; the two failures and the success do.
    expect((await rowOf('bumpy')).attempts).toBe(3);
    const sends = (await metrics.sends.get()).values.map((v) => [v.labels.outcome, v.value]);
    expect(Object.fromEntries(sends)).toEqual({ rate_limited: 1, retryable: 2, sent: 1 });
  });

  it('records a permanent error and does not retry it', async () => {
    const platform = new ScriptedPlatform().script('doomed', outcomes.permanent());
    startDispatcher(new ScriptedAdapter(platform));
    await enqueue('doomed');
    await eventually(async () => (await rowOf('doomed')).status === 'FAILED');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(platform.callsFor('doomed')).toBe(1);
    expect(await rowOf('doomed')).toMatchObject({
      attempts: 1,
      lastError: 'code 230002 bot not in chat',
      claimedBy: null,
    });
  });

  it('gives up after the maximum attempts with the reason', async () => {
    const platform = new ScriptedPlatform().script('flaky', ...Array.from({ length: 10 }, outcomes.serverError));
    startDispatcher(new ScriptedAdapter(platform), { retry: { baseMs: 1, capMs: 5, maxAttempts: 3 } });
    await enqueue('flaky');
    await eventually(async () => (await rowOf('flaky')).status === 'FAILED');
    expect(platform.callsFor('flaky')).toBe(3);
    expect(await rowOf('flaky')).toMatchObject({ attempts: 3, lastError: 'gave up after 3 attempts: HTTP 503' });
  });

  it('pauses the whole app after a rate-limit answer', async () => {
    const platform = new ScriptedPlatform().script('first', outcomes.rateLimited(300));
    startDispatcher(new ScriptedAdapter(platform), { concurrency: 1 });
    await enqueue('first');
    await eventually(() => platform.callsFor('first') === 1);
    await enqueue('second');
    await eventually(async () => (await rowOf('second')).status === 'SENT');
    expect(platform.firstCallAt('second') - platform.firstCallAt('first')).toBeGreaterThanOrEqual(250);
  });

  it('can be told not to pause the app', async () => {
    const platform = new ScriptedPlatform().script('first', outcomes.rateLimited(2000));
    startDispatcher(new ScriptedAdapter(platform), { concurrency: 1, maxAppPauseMs: 0 });
    await enqueue('first');
    await eventually(() => platform.callsFor('first') === 1);
    await enqueue('second');
    await eventually(async () => (await rowOf('second')).status === 'SENT', 1500);
    expect((await rowOf('first')).status).toBe('PENDING');
  });

  it('keeps one chat in order and does not let it hold up others', async () => {
    const platform = new ScriptedPlatform();
    for (let i = 0; i < 12; i++) await enqueue(`group-${String(i).padStart(2, '0')}`, 'oc_busy');
    for (let i = 0; i < 3; i++) await enqueue(`other-${i}`);
    startDispatcher(new ScriptedAdapter(platform, 2), { concurrency: 4 });
    await eventually(allSettled);
    const order = platform.deliveryOrder;
    const groupOrder = order.filter((key) => key.startsWith('group-'));
    expect(groupOrder).toEqual([...groupOrder].sort());
    // 12 messages to one chat take over two seconds at 5/s; the others go in the first second.
    const lastOther = Math.max(...['other-0', 'other-1', 'other-2'].map((k) => platform.firstCallAt(k)));
    expect(lastOther - platform.firstCallAt('group-00')).toBeLessThan(1000);
    expect(platform.firstCallAt('group-11') - platform.firstCallAt('group-00')).toBeGreaterThanOrEqual(1900);
  });

  it('sends a reply queued after notices it already holds before them (replies first, always)', async () => {
    const platform = new ScriptedPlatform();
    // One message a second for the app: the notices wait in the dispatcher's hands for the limit.
    startDispatcher(new ScriptedAdapter(platform), {
      concurrency: 2,
      rateLimits: { FEISHU: { appPerSecond: 1, appPerMinute: 1000, receiverPerSecond: 5 } },
    });
    for (let i = 0; i < 6; i++) await enqueue(`notice-${i}`);
    await eventually(() => platform.deliveryOrder.length === 1, 5000);
    await enqueueOutbound(database.db, { ...textTo('the-reply'), purpose: 'reply' });
    await eventually(async () => (await rowOf('the-reply')).status === 'SENT', 10_000);
    // At most the notice already on its way when the reply was queued goes before it.
    expect(platform.deliveryOrder.indexOf('the-reply')).toBeLessThanOrEqual(2);
    await eventually(allSettled, 15_000);
    expect(platform.deliveryOrder).toHaveLength(7);
  });

  it('sends a reply before notices, reminders and broadcasts, whether queued before or after it', async () => {
    const platform = new ScriptedPlatform();
    const to = (key: string, purpose: string, receiveId?: string) =>
      enqueueOutbound(database.db, { ...textTo(key, receiveId), purpose });
    await to('early-notice', 'notice', 'ou_a');
    await to('early-broadcast', 'broadcast', 'oc_group');
    await to('reply', 'reply', 'ou_a');
    await to('later-reminder', 'reminder', 'ou_a');
    await to('later-notice', 'notice', 'ou_b');
    startDispatcher(new ScriptedAdapter(platform), { concurrency: 1 });
    await eventually(allSettled, 10_000);
    expect(platform.deliveryOrder[0]).toBe('reply');
    expect(platform.deliveryOrder).toHaveLength(5);
  });

  it('finishes sends in flight when stopped and releases what it had not started', async () => {
    const platform = new ScriptedPlatform();
    for (let i = 0; i < 30; i++) await enqueue(`restart-${i}`);
    const first = startDispatcher(new ScriptedAdapter(platform, 5), {
      rateLimits: { FEISHU: { appPerSecond: 10, appPerMinute: 1000, receiverPerSecond: 5 } },
    });
    await eventually(() => platform.delivered.size >= 5);
    await first.stop();
    const afterStop = await countOutboundByStatus(database.db);
    expect(afterStop.SENDING).toBe(0);
    expect(afterStop.PENDING).toBeGreaterThan(0);
    expect(afterStop.SENT).toBe(platform.delivered.size);

    const second = startDispatcher(new ScriptedAdapter(platform));
    expect(second.replicaId).not.toBe(first.replicaId);
    await eventually(allSettled);
    expect((await countOutboundByStatus(database.db)).SENT).toBe(30);
    expect(platform.delivered.size).toBe(30);
    expect([...platform.delivered.values()].every((n) => n === 1)).toBe(true);
    expect(platform.calls).toHaveLength(30);
  });

  it('takes over messages whose sender died, once the lease expires', async () => {
    const clock = new ManualClock('2026-03-02T01:00:00.000Z');
    for (let i = 0; i < 3; i++) await enqueue(`orphan-${i}`, undefined, clock);
    const now = clock.now();
    const orphans = await claimDueOutbound(database.db, database.provider, {
      replicaId: 'dead-replica',
      now,
      leaseUntil: new Date(now.getTime() + 60_000),
      limit: 10,
      platforms: ['FEISHU'],
    });
    expect(orphans).toHaveLength(3);
    const platform = new ScriptedPlatform();
    const dispatcher = startDispatcher(new ScriptedAdapter(platform), { clock });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(platform.calls).toHaveLength(0);
    clock.advance(60_001);
    dispatcher.wake();
    await eventually(allSettled);
    expect(platform.calls).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      expect(await rowOf(`orphan-${i}`)).toMatchObject({ status: 'SENT', attempts: 1, claimedBy: null });
    }
  });

  it('updates the queue depth gauge', async () => {
    const metrics = createMetrics();
    await enqueue('gauge');
    const dispatcher = startDispatcher(new ScriptedAdapter(new ScriptedPlatform()), {
      metrics,
      pollIntervalMs: 60_000,
    });
    await eventually(async () => (await metrics.outboundQueueDepth.get()).values[0]?.value === 1);
    await dispatcher.stop();
  });
});
