import { LoggerLevel, WSClient } from '@larksuiteoapi/node-sdk';
import { FEISHU_HTTP_TIMEOUT_MS, httpWithTimeout } from './client.js';
import { assertFeishuConfig, feishuAppSettings } from './config.js';
import { feishuEventDispatcher, inboundHandlers, type InboundResult } from './dispatch.js';
import { reportRefusal } from './refusal.js';
import { createSdkLogger } from './sdk-logger.js';
import type { FeishuWebhookDeps } from './webhook-routes.js';

/** What the long connection needs: the same as the webhook routes, and a readiness callback. */
export interface FeishuWebsocketDeps extends FeishuWebhookDeps {
  /** Called when the first connection is up (tests, readiness). */
  onReady?: () => void;
}

/** A running long connection. */
export interface FeishuWebsocket {
  /** Closes the connection and stops reconnecting. */
  close(): void;
}

/**
 * `FEISHU_MODE=websocket`: events and card callbacks over the SDK's `WSClient`, through the same
 * handlers as the webhook. Pushes on this connection are authenticated by the connection itself
 * (feishu.md §10.1), so there is nothing to verify per message. The SDK sends its ack after the handler
 * returns, and our handlers return as soon as the core has recorded the event. A card callback is
 * answered `{}`; an event the core could not record is answered with an error, so Feishu sends it again.
 *
 * @throws ConfigError when the app id or secret is missing or malformed.
 */
export async function startFeishuWebsocket(deps: FeishuWebsocketDeps): Promise<FeishuWebsocket> {
  const env = { ...deps.config, FEISHU_MODE: 'websocket' as const };
  assertFeishuConfig(env);
  const settings = feishuAppSettings(env);
  const log = deps.log.child({ component: 'feishu-websocket' });
  const sdkLogger = createSdkLogger(deps.log.child({ component: 'feishu-sdk' }));
  const handlers = inboundHandlers({ bot: deps.bot, clock: deps.clock, log, botOpenId: deps.botOpenId });
  const answer = (result: InboundResult): object => {
    if (result.outcome === 'failed') {
      log.error({ err: result.error, eventId: result.eventId }, 'feishu event not recorded');
      // Thrown errors make the SDK answer code 500, which has Feishu push the event again.
      throw result.error;
    }
    if (result.outcome === 'refused')
      reportRefusal({ log, metrics: deps.metrics }, result.reason, { route: 'websocket' });
    return {};
  };
  const client = new WSClient({
    appId: settings.appId,
    appSecret: settings.appSecret,
    domain: settings.baseUrl.replace(/\/+$/, ''),
    httpInstance: httpWithTimeout(FEISHU_HTTP_TIMEOUT_MS),
    logger: sdkLogger,
    loggerLevel: LoggerLevel.debug,
    onReady: () => {
      log.info('feishu long connection ready');
      deps.onReady?.();
    },
    onError: (error) => log.error({ err: error }, 'feishu long connection failed'),
  });
  await client.start({ eventDispatcher: feishuEventDispatcher(handlers, answer, sdkLogger) });
  return { close: () => client.close({ force: true }) };
}
