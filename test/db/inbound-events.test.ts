import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../src/core/event.js';
import {
  listUnhandledInboundEvents,
  markInboundEventHandled,
  pruneInboundEvents,
  recordInboundEvent,
} from '../../src/db/queries/inbound-events.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';

describe.each(testProviders())('inbound events on %s', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database.destroy();
  });

  const at = new Date('2026-03-02T01:00:00Z');

  it('is first once per (platform, event id)', async () => {
    const event = { platform: 'FEISHU' as const, eventId: 'e1', eventType: 'text', messageId: 'om_1', receivedAt: at };
    expect(await recordInboundEvent(database.db, event)).toBe(true);
    expect(await recordInboundEvent(database.db, event)).toBe(false);
    expect(await recordInboundEvent(database.db, { ...event, platform: 'SANDBOX' })).toBe(true);
  });

  it('is first once per (platform, message id) under different event ids', async () => {
    const event = { platform: 'FEISHU' as const, eventType: 'text', messageId: 'om_2', receivedAt: at };
    expect(await recordInboundEvent(database.db, { ...event, eventId: 'e2a' })).toBe(true);
    expect(await recordInboundEvent(database.db, { ...event, eventId: 'e2b' })).toBe(false);
  });

  it('records events without a message id independently', async () => {
    const event = { platform: 'FEISHU' as const, eventType: 'cardAction', receivedAt: at };
    expect(await recordInboundEvent(database.db, { ...event, eventId: 'e3a' })).toBe(true);
    expect(await recordInboundEvent(database.db, { ...event, eventId: 'e3b' })).toBe(true);
  });

  it('keeps the payload of an unhandled event until it is marked handled', async () => {
    const payload: InboundEvent = {
      platform: 'FEISHU',
      eventId: 'e5',
      messageId: 'om_5',
      occurredAt: new Date('2026-03-02T00:59:00Z'),
      sender: { userId: 'ou_5', name: '王五' },
      chat: { id: 'oc_5', type: 'p2p' },
      mentionsBot: false,
      body: { kind: 'text', text: '/签到', mentions: [] },
    };
    await recordInboundEvent(database.db, {
      platform: 'FEISHU',
      eventId: 'e5',
      eventType: 'text',
      messageId: 'om_5',
      receivedAt: at,
      payload,
    });
    const later = new Date(at.getTime() + 60_000);
    expect(await listUnhandledInboundEvents(database.db, at, 10)).toEqual([]);
    expect(await listUnhandledInboundEvents(database.db, later, 10)).toEqual([payload]);
    await markInboundEventHandled(database.db, payload, later);
    expect(await listUnhandledInboundEvents(database.db, later, 10)).toEqual([]);
  });

  it('tells exactly one of many concurrent duplicates that it is first', async () => {
    const event = { platform: 'FEISHU' as const, eventId: 'e4', eventType: 'text', messageId: 'om_4', receivedAt: at };
    const results = await Promise.all(Array.from({ length: 8 }, () => recordInboundEvent(database.db, event)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('prunes rows older than the retention period only', async () => {
    const old = { platform: 'FEISHU' as const, eventType: 'text', receivedAt: new Date('2026-01-01T00:00:00Z') };
    await recordInboundEvent(database.db, { ...old, eventId: 'old', messageId: 'om_old' });
    expect(await pruneInboundEvents(database.db, new Date('2026-03-05T00:00:00Z'))).toBe(1);
    expect(await recordInboundEvent(database.db, { ...old, eventId: 'old', messageId: 'om_old' })).toBe(true);
    expect(
      await recordInboundEvent(database.db, { platform: 'FEISHU', eventId: 'e1', eventType: 'text', receivedAt: at }),
    ).toBe(false);
  });
});
