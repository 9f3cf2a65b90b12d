import { pino } from 'pino';
import type { InboundEvent } from '../../src/core/event.js';
import { createNotifier, type Notifier } from '../../src/core/create-context.js';
import type { BotHarness } from '../support/bot-harness.js';

/** A notifier on the harness's database, clock and sandbox adapter: what a scheduler or an import uses. */
export function harnessNotifier(bot: BotHarness): Notifier {
  return createNotifier(
    {
      db: bot.db,
      clock: bot.clock,
      dispatcher: { wake: () => undefined },
      config: { locale: 'zh-CN', timeZone: 'Asia/Shanghai' },
    },
    bot.adapter,
    pino({ level: 'silent' }),
  );
}

/** A card click with a value the test chooses (a forged or stale card). */
export function forgedClick(
  userId: string,
  action: string,
  value: Record<string, unknown>,
  eventId: string,
  formValue?: Record<string, unknown>,
): InboundEvent {
  return {
    platform: 'SANDBOX',
    eventId,
    occurredAt: new Date(),
    sender: { userId },
    chat: { id: `p2p:${userId}`, type: 'p2p' },
    mentionsBot: false,
    body: { kind: 'cardAction', action, value, ...(formValue ? { formValue } : {}) },
  };
}
