import type { Env } from '../../config/env.js';
import type { ApiAddress, RateLimits } from '../../delivery/rate-limiter.js';

/** The Feishu APIs the ledger sends through (feishu.md §7.2–§7.4), each limited per app on its own. */
export const FEISHU_APIS = {
  send: 'im/v1/messages',
  reply: 'im/v1/messages/:message_id/reply',
  update: 'PATCH im/v1/messages/:message_id',
} as const;

/** The API a ledger row goes through, as `FeishuAdapter.deliver` chooses it by operation. */
export function feishuApiOf(message: ApiAddress): string {
  if (message.operation === 'REPLY') return FEISHU_APIS.reply;
  if (message.operation === 'UPDATE_CARD') return FEISHU_APIS.update;
  return FEISHU_APIS.send;
}

/**
 * Feishu's limits for one process from the settings: `FEISHU_RATE_PER_SECOND` and `FEISHU_RATE_PER_MINUTE`
 * for each of send, reply and update ("per API × per app", feishu.md §8.1: each 50/s and 1000/min), and
 * `FEISHU_RATE_PER_RECEIVER` for one chat, user or updated message whatever the API (5/s).
 */
export function feishuRateLimits(env: Env): RateLimits {
  return {
    appPerSecond: env.FEISHU_RATE_PER_SECOND,
    appPerMinute: env.FEISHU_RATE_PER_MINUTE,
    receiverPerSecond: env.FEISHU_RATE_PER_RECEIVER,
    apiOf: feishuApiOf,
  };
}
