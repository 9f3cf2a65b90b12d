import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBotError } from '../../src/core/errors.js';
import { openDatabase } from '../../src/db/client.js';
import {
  claimDueOutbound,
  countOutboundByStatus,
  countOutboundQueued,
  findOutboundById,
  findOutboundByKey,
  listUndeliveredOutbound,
  markOutboundFailed,
  markOutboundSent,
  releaseOutbound,
  scheduleOutboundRetry,
} from '../../src/db/queries/outbound-messages.js';
import { enqueueOutbound, idempotencyKey, type NewOutbound } from '../../src/delivery/ledger.js';
import { ManualClock } from '../../src/time/clock.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';

const t0 = new Date('2026-03-02T01:00:00.000Z');

function message(key: string, overrides: Partial<NewOutbound> = {}): NewOutbound {
  return {
    idempotencyKey: key,
    platform: 'FEISHU',
    operation: 'SEND',
    receiveIdType: 'open_id',
    receiveId: `ou_${key}`,
    msgType: 'text',
    content: JSON.stringify({ text: key }),
    purpose: 'test',
    ...overrides,
  };
}

describe('idempotency keys', () => {
  it('joins parts and keeps short keys readable', () => {
    expect(idempotencyKey('reply', 'evt_1', 2)).toBe('reply:evt_1:2');
  });

  it('hashes long keys deterministically into 50 bytes', () => {
    const parts = ['reminder:duty', '2026-03-02', 'a-very-long-slot-name-that-goes-on', 12345] as const;
    const key = idempotencyKey(...parts);
    expect(Buffer.byteLength(key)).toBe(50);
    expect(key.startsWith('reminder:~')).toBe(true);
    expect(idempotencyKey(...parts)).toBe(key);
    expect(idempotencyKey(...parts.slice(0, 3), 12346)).not.toBe(key);
    expect(Buffer.byteLength(idempotencyKey('提醒'.repeat(30)))).toBe(50);
  });
});

describe.each(testProviders())('delivery ledger on %s', (provider) => {
  let database: TestDatabase;
  const clock = new ManualClock(t0);
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database.destroy();
  });

  it('enqueues once per idempotency key', async () => {
    const first = await enqueueOutbound(database.db, message('once'), clock);
    const second = await enqueueOutbound(database.db, message('once', { content: 'other' }), clock);
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    const row = await findOutboundById(database.db, first.id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 0, content: JSON.stringify({ text: 'once' }) });
    expect(row?.nextAttemptAt).toEqual(t0);
  });

  it('gives concurrent enqueues of one key the same single row', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => enqueueOutbound(database.db, message('race'), clock)),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('keeps the caller’s transaction usable when the key exists', async () => {
    await enqueueOutbound(database.db, message('in-tx'), clock);
    const count = await database.db.$transaction(async (tx) => {
      const again = await enqueueOutbound(tx, message('in-tx'), clock);
      expect(again.created).toBe(false);
      return tx.outboundMessage.count({ where: { idempotencyKey: 'in-tx' } });
    });
    expect(count).toBe(1);
  });

  it('stores over-long keys capped, and recognises them again', async () => {
    const long = `reply:${'x'.repeat(60)}`;
    const first = await enqueueOutbound(database.db, message(long), clock);
    const second = await enqueueOutbound(database.db, message(long), clock);
    expect(second.id).toBe(first.id);
    expect((await findOutboundById(database.db, first.id))?.idempotencyKey).toHaveLength(50);
  });

  it('refuses a request without its target', async () => {
    const error = await enqueueOutbound(database.db, message('no-target', { operation: 'REPLY' }), clock).catch(
      (e: unknown) => e,
    );
    expect(isBotError(error) && error.code).toBe('INTERNAL');
  });

  describe('claims', () => {
    const later = new ManualClock(new Date(t0.getTime() + 3_600_000));
    const claimAt = (replicaId: string, now: Date, limit = 100) =>
      claimDueOutbound(database.db, provider, {
        replicaId,
        now,
        leaseUntil: new Date(now.getTime() + 60_000),
        limit,
        platforms: ['FEISHU'],
      });

    beforeAll(async () => {
      await database.db.outboundMessage.deleteMany();
      for (let i = 0; i < 5; i++) await enqueueOutbound(database.db, message(`due-${i}`), later);
      await enqueueOutbound(
        database.db,
        message('future', { notBefore: new Date(later.now().getTime() + 10_000) }),
        later,
      );
      await enqueueOutbound(database.db, message('dingtalk', { platform: 'DINGTALK' }), later);
    });

    it('claims due rows of the given platforms in order, under a lease, once', async () => {
      const now = later.now();
      const first = await claimAt('r1', now, 3);
      expect(first.map((r) => r.idempotencyKey)).toEqual(['due-0', 'due-1', 'due-2']);
      expect(first.every((r) => r.status === 'SENDING' && r.claimedBy === 'r1')).toBe(true);
      expect(first[0]?.claimedUntil).toEqual(new Date(now.getTime() + 60_000));
      const second = await claimAt('r2', now);
      expect(second.map((r) => r.idempotencyKey)).toEqual(['due-3', 'due-4']);
      expect(await claimAt('r3', now)).toEqual([]);
      expect(await countOutboundQueued(database.db)).toBe(7);
    });

    it('lets only the holder record a retry or a failure', async () => {
      const row = await findOutboundByKey(database.db, 'due-0');
      if (!row) throw new Error('missing row');
      const retry = { nextAttemptAt: later.now(), lastError: 'HTTP 503', countAttempt: true };
      expect(await scheduleOutboundRetry(database.db, row.id, 'r2', retry)).toBe(false);
      expect(await markOutboundFailed(database.db, row.id, 'r2', 'nope')).toBe(false);
      expect(await findOutboundById(database.db, row.id)).toMatchObject({
        status: 'SENDING',
        claimedBy: 'r1',
        attempts: 0,
      });
      expect(await scheduleOutboundRetry(database.db, row.id, 'r1', retry)).toBe(true);
      expect(await findOutboundById(database.db, row.id)).toMatchObject({
        status: 'PENDING',
        claimedBy: null,
        claimedUntil: null,
        attempts: 1,
        lastError: 'HTTP 503',
      });
    });

    it('takes over rows whose lease expired', async () => {
      const afterLease = new Date(later.now().getTime() + 60_001);
      const taken = await claimAt('r4', afterLease);
      expect(taken.map((r) => r.idempotencyKey)).toEqual(['due-0', 'due-1', 'due-2', 'due-3', 'due-4', 'future']);
      expect(taken.every((r) => r.claimedBy === 'r4')).toBe(true);
    });

    it('releases unstarted rows, optionally for later', async () => {
      const rows = await database.db.outboundMessage.findMany({ where: { claimedBy: 'r4' }, orderBy: { id: 'asc' } });
      const ids = rows.map((r) => r.id);
      const attemptsBefore = rows[0]?.attempts;
      const until = new Date(later.now().getTime() + 120_000);
      expect(await releaseOutbound(database.db, ids.slice(0, 2), 'r4', until)).toBe(2);
      expect(await releaseOutbound(database.db, ids.slice(2), 'r4')).toBe(4);
      expect(await releaseOutbound(database.db, ids, 'r4')).toBe(0);
      expect(await findOutboundById(database.db, ids[0] ?? 0)).toMatchObject({
        status: 'PENDING',
        nextAttemptAt: until,
        attempts: attemptsBefore,
      });
    });

    it('records sent and failed rows and counts by status', async () => {
      const [a, b] = await claimAt('r5', new Date(later.now().getTime() + 60_002), 2);
      if (!a || !b) throw new Error('expected two rows');
      await markOutboundSent(database.db, a.id, { platformMessageId: 'om_1', sentAt: later.now() });
      expect(await markOutboundFailed(database.db, b.id, 'r5', 'code 230002 bot not in chat')).toBe(true);
      expect(await findOutboundById(database.db, a.id)).toMatchObject({
        status: 'SENT',
        platformMessageId: 'om_1',
        claimedBy: null,
      });
      expect(await findOutboundById(database.db, b.id)).toMatchObject({
        status: 'FAILED',
        lastError: 'code 230002 bot not in chat',
      });
      expect(await countOutboundByStatus(database.db)).toEqual({ PENDING: 5, SENDING: 0, SENT: 1, FAILED: 1 });
    });
  });

  it('lists what was not delivered, by scope', async () => {
    await database.db.outboundMessage.deleteMany();
    const old = new ManualClock(t0);
    const recent = new ManualClock(new Date(t0.getTime() + 55 * 60_000));
    const now = new Date(t0.getTime() + 60 * 60_000);
    await enqueueOutbound(database.db, message('old-pending', { personId: 1 }), old);
    await enqueueOutbound(database.db, message('recent-pending', { personId: 1 }), recent);
    await enqueueOutbound(database.db, message('failed-2', { personId: 2 }), recent);
    await enqueueOutbound(database.db, message('group'), old);
    const [failed] = await claimDueOutbound(database.db, provider, {
      replicaId: 'r',
      now: recent.now(),
      leaseUntil: now,
      limit: 1,
      platforms: ['FEISHU'],
    });
    expect(failed?.idempotencyKey).toBe('old-pending');
    await releaseOutbound(database.db, [failed?.id ?? 0], 'r');
    const row = await findOutboundByKey(database.db, 'failed-2');
    await database.db.outboundMessage.update({
      where: { id: row?.id ?? 0 },
      data: { status: 'SENDING', claimedBy: 'r' },
    });
    await markOutboundFailed(database.db, row?.id ?? 0, 'r', 'permanent');

    const list = (scope: number[] | 'all') =>
      listUndeliveredOutbound(database.db, { now, pendingOlderThanMinutes: 10, scope, limit: 10 }).then((rows) =>
        rows.map((r) => r.idempotencyKey),
      );
    expect(await list('all')).toEqual(['failed-2', 'group', 'old-pending']);
    expect(await list([1])).toEqual(['old-pending']);
    expect(await list([1, 2])).toEqual(['failed-2', 'old-pending']);
    expect(await list([])).toEqual([]);
  });

  it('claims disjoint rows from two connections at once', async () => {
    await database.db.outboundMessage.deleteMany();
    for (let i = 0; i < 50; i++) await enqueueOutbound(database.db, message(`pair-${i}`), clock);
    const other = openDatabase(database.url);
    try {
      const claim = (db: typeof database.db, replicaId: string) =>
        claimDueOutbound(db, provider, {
          replicaId,
          now: t0,
          leaseUntil: new Date(t0.getTime() + 60_000),
          limit: 10,
          platforms: ['FEISHU'],
        });
      const batches = await Promise.all([0, 1, 2, 3].map((i) => claim(i % 2 ? other.db : database.db, `r${i}`)));
      expect(batches.map((batch) => batch.length)).toEqual([10, 10, 10, 10]);
      const ids = batches.flat().map((r) => r.id);
      expect(new Set(ids).size).toBe(40);
    } finally {
      await other.close();
    }
  });
});
