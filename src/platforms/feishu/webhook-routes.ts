import { isDatabaseUnavailable } from '../../db/queries/errors.js';
import Router from '@koa/router';
import { AESCipher, CardActionHandler, LoggerLevel } from '@larksuiteoapi/node-sdk';
import type { Context } from 'koa';
import type { Env } from '../../config/env.js';
import type { BotCore } from '../../core/bot.js';
import type { Logger } from '../../log/logger.js';
import type { Metrics } from '../../observability/metrics.js';
import type { Clock } from '../../time/clock.js';
import { webhookSecrets } from './config.js';
import { feishuEventDispatcher, inboundHandlers, isInboundResult, type InboundResult } from './dispatch.js';
import { readRawBody } from './raw-body.js';
import { reportRefusal } from './refusal.js';
import { ReplayGuard } from './replay-guard.js';
import { createSdkLogger } from './sdk-logger.js';
import { TIMESTAMP_WINDOW_MS } from './verify.js';
import { checkPush, type CheckContext } from './webhook-check.js';

/** Event subscription request URL (事件订阅). */
export const FEISHU_EVENT_PATH = '/webhook/feishu/event';
/** Card callback request URL (回调配置). */
export const FEISHU_CARD_PATH = '/webhook/feishu/card';

/** A sender that declares a body and never sends it is cut off after this long. */
const BODY_READ_TIMEOUT_MS = 2_000;

/** What the webhook routes need. */
export interface FeishuWebhookDeps {
  bot: BotCore;
  /** Must hold the app id, `FEISHU_ENCRYPT_KEY` and `FEISHU_VERIFICATION_TOKEN` (see `assertFeishuConfig`). */
  config: Env;
  log: Logger;
  metrics: Metrics;
  clock: Clock;
  /** The bot's own open_id as known now (the adapter's `botOpenId`), to recognise its @-mention in groups. */
  botOpenId?: () => string | undefined;
}

/** Generic refusal bodies: the reason goes to the log and the metrics, not to the sender. */
const REFUSAL_BODIES: Record<number, string> = {
  400: 'bad request',
  401: 'unauthorized',
  413: 'payload too large',
  415: 'unsupported media type',
};

/**
 * `POST /webhook/feishu/event` and `POST /webhook/feishu/card`. Each push is checked here, where the
 * SDK checks nothing useful (feishu.md §3.3): JSON content type (415), body size (413), signature over
 * the raw bytes in constant time, timestamp within ±5 min and no replay (401), JSON and decryption
 * (400), Verification Token and app id (401). A `url_verification` challenge is answered on the spot.
 * Only then does the SDK (`EventDispatcher` / `CardActionHandler`) flatten the decrypted event and call
 * our handlers, which record it through `bot.accept` and return: the 200 goes out right after, well
 * inside Feishu's 3 s. Card callbacks are answered `{}` (card unchanged); the new card follows as an
 * `UPDATE_CARD` through the delivery ledger.
 *
 * @throws ConfigError when the webhook secrets are missing.
 */
export function feishuWebhookRoutes(deps: FeishuWebhookDeps): Router {
  const secrets = webhookSecrets(deps.config);
  const log = deps.log.child({ component: 'feishu-webhook' });
  const sdkLogger = createSdkLogger(deps.log.child({ component: 'feishu-sdk' }));
  const handlers = inboundHandlers({ bot: deps.bot, clock: deps.clock, log, botOpenId: deps.botOpenId });
  // Built without keys: they are only ever invoked below, with payloads that passed checkPush.
  const events = feishuEventDispatcher(handlers, (result) => result, sdkLogger);
  const cards = new CardActionHandler({ logger: sdkLogger, loggerLevel: LoggerLevel.debug }, handlers.cardAction);
  const check = {
    secrets,
    cipher: new AESCipher(secrets.encryptKey),
    // A timestamp is good for 5 minutes either side, so a signature must be remembered for 10.
    replays: new ReplayGuard(2 * TIMESTAMP_WINDOW_MS),
  };

  const handlePush =
    (route: 'event' | 'card', invoke: (payload: Record<string, unknown>) => Promise<unknown>) =>
    async (ctx: Context): Promise<void> => {
      const refuse = (status: number, reason: string): void => {
        reportRefusal({ log, metrics: deps.metrics }, reason, { route, status, ip: ctx.ip });
        ctx.status = status;
        ctx.body = { error: REFUSAL_BODIES[status] };
      };
      if (ctx.request.type.toLowerCase() !== 'application/json') return refuse(415, 'content_type');
      const read = await readRawBody(ctx.req, deps.config.WEBHOOK_BODY_LIMIT_BYTES, BODY_READ_TIMEOUT_MS);
      if (!read.ok) return refuse(read.reason === 'body_too_large' ? 413 : 400, read.reason);
      const headers = {
        timestamp: ctx.get('x-lark-request-timestamp'),
        nonce: ctx.get('x-lark-request-nonce'),
        signature: ctx.get('x-lark-signature'),
      };
      const context: CheckContext = { ...check, now: deps.clock.now() };
      const verdict = checkPush(read.body, headers, context);
      if (!verdict.ok) return refuse(verdict.status, verdict.reason);
      if (verdict.kind === 'challenge') {
        ctx.body = { challenge: verdict.challenge };
        return;
      }
      // The SDK's adapters hang the request headers on the payload's prototype; its card handler
      // reads them for legacy (schema-less) bodies, so they are passed the same way.
      const returned = await invoke(Object.assign(Object.create({ headers: ctx.headers }) as object, verdict.payload));
      // Anything not ours is the SDK's "no <type> event handle": a type we do not subscribe to. Ack it.
      const result: InboundResult = isInboundResult(returned)
        ? returned
        : { outcome: 'ignored', reason: `unhandled ${verdict.eventType}` };
      switch (result.outcome) {
        case 'refused':
          return refuse(400, result.reason);
        case 'failed':
          // Not recorded: answer 500 so Feishu delivers it again, and let that retry past the replay guard.
          check.replays.release(verdict.signature);
          if (isDatabaseUnavailable(result.error)) {
            // An outage, not a bug: one short line per event, and 503 so Feishu delivers it again later.
            log.warn(
              { eventId: result.eventId, route },
              'database unavailable: feishu event not recorded, redelivery expected',
            );
            ctx.status = 503;
            ctx.body = { error: 'database unavailable' };
            return;
          }
          log.error({ err: result.error, eventId: result.eventId, route }, 'feishu event not recorded');
          ctx.status = 500;
          ctx.body = { error: 'internal error' };
          return;
        default:
          log.debug(
            { eventId: verdict.eventId, eventType: verdict.eventType, outcome: result.outcome },
            'feishu push handled',
          );
          ctx.body = {};
      }
    };

  const router = new Router();
  router.post(
    FEISHU_EVENT_PATH,
    handlePush('event', (payload) => events.invoke(payload, { needCheck: false })),
  );
  // CardActionHandler swallows handler errors and returns undefined; ours never throw, so undefined
  // cannot mean a lost click, and is treated like any foreign return value.
  router.post(
    FEISHU_CARD_PATH,
    handlePush('card', (payload) => cards.invoke(payload)),
  );
  return router;
}
