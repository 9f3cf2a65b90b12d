import type { Env } from '../../config/env.js';
import { limitsPerReplica } from '../../delivery/rate-limiter.js';
import type { Platform, PlatformModule } from '../receiver.js';
import { DingtalkAdapter } from './adapter.js';
import { dingtalkRateLimits } from './api-limits.js';
import { dingtalkSettingsOf, type DingtalkSettings } from './config.js';
import { dingtalkHttpRoutes } from './http-routes.js';
import { DingtalkInAppLogin } from './in-app-login.js';
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
    const adapter = new DingtalkAdapter(settings, { ...deps, locale: env.BOT_LOCALE });
    if (!settings.h5) {
      deps.log.warn(
        '未设置 DINGTALK_CORP_ID / DINGTALK_AGENT_ID：钉钉里的签到页不核对登录身份，转发的链接也能用 / without them the check-in page cannot tell who opened a DingTalk link',
      );
    }
    return {
      adapter,
      rateLimits: limitsPerReplica(dingtalkRateLimits(settings), env.DELIVERY_REPLICAS),
      mode: settings.mode,
      ...(settings.h5 ? { inAppLogin: new DingtalkInAppLogin(adapter.api, settings.h5, deps.log) } : {}),
      receivers: (receiverDeps) =>
        settings.mode === 'http'
          ? [{ routes: dingtalkHttpRoutes(receiverDeps, settings) }]
          : [dingtalkStreamReceiver(receiverDeps, settings)],
    };
  },
};
