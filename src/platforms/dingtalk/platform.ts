import type { Env } from '../../config/env.js';
import { limitsPerReplica } from '../../delivery/rate-limiter.js';
import type { Platform, PlatformModule } from '../receiver.js';
import { DingtalkAdapter } from './adapter.js';
import { dingtalkRateLimits } from './api-limits.js';
import { dingtalkSettingsOf, type DingtalkSettings } from './config.js';
import { dingtalkHttpRoutes } from './http-routes.js';
import { dingtalkStreamReceiver } from './stream.js';

function settingsOf(env: Env): DingtalkSettings {
  const settings = dingtalkSettingsOf(env);
  if (!settings) throw new Error('DingTalk is not configured');
  return settings;
}

/**
 * DingTalk (钉钉): configured by `DINGTALK_CLIENT_ID` and `DINGTALK_CLIENT_SECRET`. Receives over the
 * Stream WebSocket (`DINGTALK_MODE=stream`, the default: no public address needed) or HTTP callbacks.
 */
export const dingtalkPlatform: PlatformModule = {
  name: 'DINGTALK',
  configured: (env) => dingtalkSettingsOf(env) !== undefined,
  createAdapter: (env, deps) => new DingtalkAdapter(settingsOf(env), { ...deps, locale: env.BOT_LOCALE }),
  create(env, deps): Platform {
    const settings = settingsOf(env);
    return {
      adapter: new DingtalkAdapter(settings, { ...deps, locale: env.BOT_LOCALE }),
      rateLimits: limitsPerReplica(dingtalkRateLimits(settings), env.DELIVERY_REPLICAS),
      mode: settings.mode,
      receivers: (receiverDeps) =>
        settings.mode === 'http'
          ? [{ routes: dingtalkHttpRoutes(receiverDeps, settings) }]
          : [dingtalkStreamReceiver(receiverDeps, settings)],
    };
  },
};
