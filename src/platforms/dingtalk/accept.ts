import type { BotCore } from '../../core/bot.js';
import type { DingtalkConverted } from './inbound.js';

/** What became of a DingTalk payload handed to the core. Never throws: the receiver decides the answer. */
export type DingtalkOutcome =
  | { outcome: 'accepted' | 'duplicate'; eventId: string }
  | { outcome: 'ignored' | 'refused'; reason: string }
  | { outcome: 'failed'; eventId: string; error: unknown };

/** Hands a converted payload to the core (`bot.accept` records and dedupes it by `msgId`). */
export async function acceptConverted(bot: BotCore, converted: DingtalkConverted): Promise<DingtalkOutcome> {
  if (converted.kind !== 'event') return { outcome: converted.kind, reason: converted.reason };
  const { eventId } = converted.event;
  try {
    return { outcome: await bot.accept(converted.event), eventId };
  } catch (error) {
    return { outcome: 'failed', eventId, error };
  }
}
