import type { ApiAddress, RateLimits } from '../../delivery/rate-limiter.js';
import { GROUP_ID_TYPE } from './adapter.js';
import { CARD_MSG_TYPE } from './card-render.js';
import type { DingtalkSettings } from './config.js';

/** The DingTalk APIs the ledger sends through (dingtalk.md §4), each with its own QPS per app (§5). */
export const DINGTALK_APIS = {
  oneToOne: 'robot/oToMessages/batchSend',
  group: 'robot/groupMessages/send',
  cardCreate: 'card/instances/createAndDeliver',
  cardUpdate: 'card/instances',
} as const;

/** The API a ledger row goes through, as `DingtalkAdapter.deliver` chooses it. */
export function dingtalkApiOf(message: ApiAddress): string {
  if (message.msgType === CARD_MSG_TYPE) {
    return message.operation === 'UPDATE_CARD' && message.targetMessageId
      ? DINGTALK_APIS.cardUpdate
      : DINGTALK_APIS.cardCreate;
  }
  return message.receiveIdType === GROUP_ID_TYPE ? DINGTALK_APIS.group : DINGTALK_APIS.oneToOne;
}

/**
 * DingTalk's limits for one process: `DINGTALK_RATE_PER_SECOND` for each robot API and
 * `DINGTALK_CARD_RATE_PER_SECOND` for each card API (dingtalk.md §5: about 20 QPS per API per app on the
 * standard edition). DingTalk publishes no per-chat limit; 5/s to one chat keeps a burst to one person
 * in order without holding up the others.
 */
export function dingtalkRateLimits(settings: DingtalkSettings): RateLimits {
  const perApi = (perSecond: number) => ({ perSecond, perMinute: perSecond * 60 });
  const card = perApi(settings.cardRatePerSecond);
  return {
    appPerSecond: settings.ratePerSecond,
    appPerMinute: settings.ratePerSecond * 60,
    receiverPerSecond: Math.min(settings.ratePerSecond, 5),
    apiOf: dingtalkApiOf,
    apis: { [DINGTALK_APIS.cardCreate]: card, [DINGTALK_APIS.cardUpdate]: card },
  };
}
