import { ConfigError, type Env } from '../../config/env.js';
import type { FeishuAppSettings } from './client.js';

/** The settings once {@link assertFeishuConfig} has passed. */
export type FeishuEnv = Env & { FEISHU_APP_ID: string; FEISHU_APP_SECRET: string };

/** What the webhook routes check pushes with. */
export interface WebhookSecrets {
  appId: string;
  encryptKey: string;
  verificationToken: string;
}

/** The WebSocket client silently refuses other app ids (feishu.md §10.2). */
const WS_APP_ID = /^cli_[0-9a-fA-F]{16}$/;

/**
 * Startup check of the Feishu settings for `FEISHU_MODE`. The SDK would start without them and then
 * accept anything (feishu.md §3.3), so the service must refuse to start instead:
 * - both modes need `FEISHU_APP_ID` and `FEISHU_APP_SECRET`;
 * - webhook mode needs `FEISHU_ENCRYPT_KEY` (signatures, encryption) and `FEISHU_VERIFICATION_TOKEN`;
 * - websocket mode needs an app id of the form `cli_` + 16 hex digits.
 * @throws ConfigError (code CONFIG_INVALID) with a one-line Chinese + English message.
 */
export function assertFeishuConfig(env: Env): asserts env is FeishuEnv {
  if (!env.FEISHU_APP_ID) throw new ConfigError('FEISHU_APP_ID', '飞书应用的 App ID / the Feishu app id (cli_…)');
  if (!env.FEISHU_APP_SECRET)
    throw new ConfigError('FEISHU_APP_SECRET', '飞书应用的 App Secret / the Feishu app secret');
  if (env.FEISHU_MODE === 'websocket') {
    if (!WS_APP_ID.test(env.FEISHU_APP_ID)) {
      throw new ConfigError(
        'FEISHU_APP_ID',
        '长连接模式下应为 cli_ 加 16 位十六进制 / in websocket mode, cli_ followed by 16 hex digits',
      );
    }
    return;
  }
  if (!env.FEISHU_ENCRYPT_KEY) {
    throw new ConfigError(
      'FEISHU_ENCRYPT_KEY',
      'webhook 模式必须设置（开发者后台 → 事件与回调 → 加密策略 → Encrypt Key）/ required in webhook mode (developer console → Events & Callbacks → Encryption → Encrypt Key)',
    );
  }
  if (!env.FEISHU_VERIFICATION_TOKEN) {
    throw new ConfigError(
      'FEISHU_VERIFICATION_TOKEN',
      'webhook 模式必须设置（开发者后台 → 事件与回调 → 加密策略 → Verification Token）/ required in webhook mode (developer console → Events & Callbacks → Encryption → Verification Token)',
    );
  }
}

/** App id, secret and base URL for the SDK client and the WebSocket client. */
export function feishuAppSettings(env: FeishuEnv): FeishuAppSettings {
  return { appId: env.FEISHU_APP_ID, appSecret: env.FEISHU_APP_SECRET, baseUrl: env.FEISHU_BASE_URL };
}

/** The webhook secrets, after the same checks as at startup. @throws ConfigError */
export function webhookSecrets(env: Env): WebhookSecrets {
  assertFeishuConfig({ ...env, FEISHU_MODE: 'webhook' });
  // All three were checked just above; the assertion's type covers only the app credentials.
  return {
    appId: env.FEISHU_APP_ID as string,
    encryptKey: env.FEISHU_ENCRYPT_KEY as string,
    verificationToken: env.FEISHU_VERIFICATION_TOKEN as string,
  };
}
