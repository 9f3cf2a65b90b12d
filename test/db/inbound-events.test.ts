import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../src/core/event.js';
import type { JournalEntry } from '../../src/db/journal/event-journal.js';
import { markInboundEventHandled, pruneInboundEvents } from '../../src/db/queries/inbound-events.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';

describe.each(testProviders())('the inbound event journal on %s', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database.destroy();
  });

  const at = new Date('2026-03-02T01:00:00Z');
  const later = (ms: number) => new Date(at.getTime() + ms);
  const payloadOf = (eventId: string, messageId?: string): InboundEvent => ({
    platform: 'FEISHU',
    eventId,
    ...(messageId ? { messageId } : {}),
    occurredAt: new Date('2026-03-02T00:59:00Z'),
    sender: { userId: 'ou_5', name: '王五' },
    chat: { id: 'oc_5', type: 'p2p' },
    mentionsBot: false,
    body: { kind: 'text', text: '/签到', mentions: [] },
  });
  const entry = (eventId: string, messageId?: string, extra: Partial<JournalEntry> = {}): JournalEntry => ({
    platform: 'FEISHU',
    eventId,
    eventType: 'text',
    ...(messageId ? { messageId } : {}),
    receivedAt: at,
    payload: payloadOf(eventId, messageId),
    ...extra,
  });
  const record = (e: JournalEntry) => database.journal.record(e);
  const claim = (limit: number, now: Date) => database.journal.claim(limit, now, later(60_000));

  it('is first once per (platform, event id)', async () => {
    expect(await record(entry('e1', 'om_1'))).toBe(true);
    expect(await record(entry('e1', 'om_1'))).toBe(false);
    expect(await record({ ...entry('e1', 'om_1'), platform: 'SANDBOX' })).toBe(true);
  });

  it('is first once per (platform, message id) under different event ids', async () => {
    expect(await record(entry('e2a', 'om_2'))).toBe(true);
    expect(await record(entry('e2b', 'om_2'))).toBe(false);
  });

  it('records events without a message id independently', async () => {
    expect(await record(entry('e3a'))).toBe(true);
    expect(await record(entry('e3b'))).toBe(true);
  });

  it('tells exactly one of many concurrent duplicates that it is first', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => record(entry('e4', 'om_4'))));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('answers each event of one group commit for itself: new, redelivered, second id of a message, other platform', async () => {
    const results = await Promise.all([
      record(entry('g1', 'om_g1')),
      record(entry('g1', 'om_g1')),
      record(entry('g2', 'om_g1')),
      record(entry('g3')),
      record({ ...entry('g1', 'om_g1'), platform: 'SANDBOX' }),
      record(entry('e1', 'om_1')),
    ]);
    expect(results).toEqual([true, false, false, true, true, false]);
    const stored = await database.db.inboundEvent.findMany({ where: { eventId: { in: ['g1', 'g2', 'g3'] } } });
    expect(stored.map((row) => [row.platform, row.eventId, row.messageId]).sort()).toEqual([
      ['FEISHU', 'g1', 'om_g1'],
      ['FEISHU', 'g3', null],
      ['SANDBOX', 'g1', 'om_g1'],
    ]);
  });

  it('hands out waiting events oldest first, once, with their payload revived', async () => {
    // Everything recorded so far waits unclaimed; mark it handled so this test starts from nothing.
    for (const e of await claim(100, at)) await markInboundEventHandled(database.db, e, at);
    await record(entry('w1', 'om_w1'));
    await record(entry('w2', 'om_w2'));
    await record(entry('w3', 'om_w3'));
    expect(await claim(2, at)).toEqual([payloadOf('w1', 'om_w1'), payloadOf('w2', 'om_w2')]);
    expect(await claim(5, at)).toEqual([payloadOf('w3', 'om_w3')]);
    expect(await claim(5, at)).toEqual([]);
  });

  it('leaves a claimed event to its holder until the claim expires, and a handled one for good', async () => {
    await record(entry('c1', 'om_c1', { claimedUntil: later(30_000) }));
    expect(await claim(5, later(29_000))).toEqual([]);
    // The holder died: after the claim, another process takes it (and holds it in turn).
    expect(await claim(5, later(31_000))).toEqual([payloadOf('c1', 'om_c1')]);
    expect(await claim(5, later(59_000))).toEqual([]);
    await markInboundEventHandled(database.db, payloadOf('c1'), later(59_000));
    expect((await claim(100, later(3_600_000))).map((e) => e.eventId)).not.toContain('c1');
  });

  it('hands concurrent claimers disjoint events', async () => {
    for (let i = 0; i < 20; i++) await record(entry(`d${i}`, `om_d${i}`));
    const claims = await Promise.all(Array.from({ length: 4 }, () => claim(10, at)));
    const ids = claims.flat().map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(20);
  });

  it('records without waiting for the statements queued on the handling connection', async () => {
    let done = 0;
    const queued = Array.from({ length: 300 }, () => database.db.person.count().then(() => done++));
    expect(await record(entry('q1', 'om_q1'))).toBe(true);
    expect(done).toBeLessThan(300);
    await Promise.all(queued);
  });

  it('stores instants Prisma reads back: pruning removes only rows older than the retention', async () => {
    const old = new Date('2026-01-01T00:00:00Z');
    await record({ ...entry('old', 'om_old'), receivedAt: old });
    const row = await database.db.inboundEvent.findFirst({ where: { eventId: 'old' } });
    expect(row?.receivedAt).toEqual(old);
    expect(await pruneInboundEvents(database.db, new Date('2026-03-05T00:00:00Z'))).toBe(1);
    expect(await record({ ...entry('old', 'om_old'), receivedAt: old })).toBe(true);
    expect(await record(entry('e1'))).toBe(false);
  });
});
