import { hasFeishuCredentials, type Env } from '../../config/env.js';
import { limitsPerReplica } from '../../delivery/rate-limiter.js';
import { feishuRateLimits } from './api-limits.js';
import type { Logger } from '../../log/logger.js';
import type { Platform, PlatformModule, Receiver, ReceiverDeps } from '../receiver.js';
import { FeishuAdapter } from './adapter.js';
import { assertFeishuConfig, feishuAppSettings } from './config.js';
import { feishuWebhookRoutes } from './webhook-routes.js';
import { startFeishuWebsocket, type FeishuWebsocket } from './websocket.js';

function createAdapter(env: Env, deps: { log: Logger }): FeishuAdapter {
  assertFeishuConfig(env);
  return new FeishuAdapter(feishuAppSettings(env), { log: deps.log, locale: env.BOT_LOCALE });
}

/**
 * Feishu (飞书): configured by `FEISHU_APP_ID` and `FEISHU_APP_SECRET`. Receives through the webhook
 * routes (`FEISHU_MODE=webhook`) or the SDK's long connection (`websocket`), never both.
 */
export const feishuPlatform: PlatformModule = {
  name: 'FEISHU',
  configured(env) {
    if (!hasFeishuCredentials(env)) return false;
    assertFeishuConfig(env);
    return true;
  },
  createAdapter,
  create(env, deps): Platform {
    const adapter = createAdapter(env, deps);
    return {
      adapter,
      rateLimits: limitsPerReplica(feishuRateLimits(env), env.DELIVERY_REPLICAS),
      mode: env.FEISHU_MODE,
      inAppLogin: adapter.inAppLogin(),
      receivers(receiverDeps: ReceiverDeps): Receiver[] {
        const withBot = { ...receiverDeps, botOpenId: () => adapter.botOpenId() };
        // The bot's open_id is fetched at start and retried in the background: an event never waits
        // for it (while unknown, see inbound-message.ts).
        let stopBotInfo: (() => void) | undefined;
        const botInfo: Receiver = {
          start: () => {
            stopBotInfo = adapter.watchBotInfo();
            return Promise.resolve();
          },
          stop: () => stopBotInfo?.(),
        };
        if (env.FEISHU_MODE === 'webhook') return [botInfo, { routes: feishuWebhookRoutes(withBot) }];
        let socket: FeishuWebsocket | undefined;
        return [
          botInfo,
          {
            async start() {
              socket = await startFeishuWebsocket(withBot);
            },
            stop: () => socket?.close(),
          },
        ];
      },
    };
  },
};
