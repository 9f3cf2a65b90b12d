import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../src/core/event.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import { testProviders } from '../support/db.js';

describe.each(testProviders())('events interrupted by a crash are resumed (%s)', (provider) => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await createBotHarness({ provider });
  });
  afterAll(() => bot.close());

  it('handles an event that was accepted but never handled, once its claim expired, once', async () => {
    const userId = 'ou_resume_zhao';
    await bot.person({ name: '赵医生', openId: userId, roles: ['PHYSICIAN'] });
    // As a process killed right after acknowledging the platform leaves it: recorded, claimed, not handled.
    const event: InboundEvent = bot.adapter.toEvent({ type: 'text', user: userId, text: '/帮助' });
    const receivedAt = bot.clock.now();
    await bot.database.journal.record({
      platform: 'SANDBOX',
      eventId: event.eventId,
      eventType: 'text',
      ...(event.messageId ? { messageId: event.messageId } : {}),
      receivedAt,
      payload: event,
      claimedUntil: new Date(receivedAt.getTime() + 60_000),
    });

    expect(await bot.core.resumeUnhandled()).toBe(0);
    bot.clock.advance(61_000);
    expect(await bot.core.resumeUnhandled()).toBe(1);
    await bot.settle();
    expect(bot.outbox(bot.p2p(userId))).toHaveLength(1);
    expect(await bot.core.resumeUnhandled()).toBe(0);
    // A redelivery by the platform after the resume is still a duplicate.
    expect((await bot.event(event)).result).toBe('duplicate');
  });
});
