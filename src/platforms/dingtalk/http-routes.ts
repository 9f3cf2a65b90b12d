import { createHash } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import { isDatabaseUnavailable } from '../../db/queries/errors.js';
import { readRawBody } from '../feishu/raw-body.js';
import type { ReceiverDeps } from '../receiver.js';
import { acceptConverted, type DingtalkOutcome } from './accept.js';
import { convertCardCallback } from './card-callback.js';
import type { DingtalkSettings } from './config.js';
import { convertRobotMessage, type DingtalkConverted } from './inbound.js';
import { checkDingtalkSign } from './sign.js';

/** Robot messages (消息接收地址 in HTTP mode). */
export const DINGTALK_ROBOT_PATH = '/webhook/dingtalk/robot';
/** Card callbacks (the URL registered with `card/callbacks/register`). */
export const DINGTALK_CARD_PATH = '/webhook/dingtalk/card';

const BODY_READ_TIMEOUT_MS = 2_000;

/**
 * `DINGTALK_MODE=http`: `POST /webhook/dingtalk/robot` and `POST /webhook/dingtalk/card`. Each request is
 * checked before anything is stored: JSON (415), size (413), the `timestamp`/`sign` headers (HMAC-SHA256
 * with the app secret, ±1 h, constant-time compare; 401), a parseable body (400). The signature covers
 * no body, so a replayed pair is harmless only because `bot.accept` dedupes by `msgId`. Answers 200 `{}`
 * as soon as the core has recorded the event; 503 during a database outage so DingTalk sends it again.
 */
export function dingtalkHttpRoutes(deps: ReceiverDeps, settings: DingtalkSettings): Router {
  const log = deps.log.child({ component: 'dingtalk-http' });
  const handle =
    (route: 'robot' | 'card', convert: (payload: unknown, raw: Buffer) => DingtalkConverted) =>
    async (ctx: Context): Promise<void> => {
      const refuse = (status: number, reason: string): void => {
        deps.metrics.eventsRejected.inc({ platform: 'DINGTALK', reason });
        // The reason and origin only, never the body (a forged one is the attacker's, a real one personal).
        log.warn({ platform: 'DINGTALK', reason, route, status, ip: ctx.ip }, 'dingtalk callback refused');
        ctx.status = status;
        ctx.body = { error: 'refused' };
      };
      if (ctx.request.type.toLowerCase() !== 'application/json') return refuse(415, 'content_type');
      const problem = checkDingtalkSign(ctx.get('timestamp'), ctx.get('sign'), settings.clientSecret, deps.clock.now());
      if (problem) return refuse(401, problem);
      const read = await readRawBody(ctx.req, deps.config.WEBHOOK_BODY_LIMIT_BYTES, BODY_READ_TIMEOUT_MS);
      if (!read.ok) return refuse(read.reason === 'body_too_large' ? 413 : 400, read.reason);
      let payload: unknown;
      try {
        payload = JSON.parse(read.body.toString('utf8'));
      } catch {
        return refuse(400, 'malformed_json');
      }
      answer(ctx, log, await acceptConverted(deps.bot, convert(payload, read.body)));
    };
  const router = new Router();
  router.post(
    DINGTALK_ROBOT_PATH,
    handle('robot', (payload) => convertRobotMessage(payload, deps.clock.now())),
  );
  router.post(
    DINGTALK_CARD_PATH,
    handle('card', (payload, raw) =>
      convertCardCallback(
        payload,
        deps.clock.now(),
        `card-${createHash('sha256').update(raw).digest('hex').slice(0, 32)}`,
      ),
    ),
  );
  return router;
}

function answer(ctx: Context, log: ReceiverDeps['log'], result: DingtalkOutcome): void {
  if (result.outcome === 'refused') {
    ctx.status = 400;
    ctx.body = { error: 'refused' };
    return;
  }
  if (result.outcome === 'failed') {
    const outage = isDatabaseUnavailable(result.error);
    if (outage) log.warn({ eventId: result.eventId }, 'database unavailable: dingtalk message not recorded');
    else log.error({ err: result.error, eventId: result.eventId }, 'dingtalk message not recorded');
    ctx.status = outage ? 503 : 500;
    ctx.body = { error: outage ? 'database unavailable' : 'internal error' };
    return;
  }
  ctx.body = {};
}
