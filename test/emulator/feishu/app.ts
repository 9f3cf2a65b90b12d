import { createHash } from 'node:crypto';

/** An app (bot) the emulator knows; only the id and secret are required. */
export interface FeishuAppConfig {
  /** For the WebSocket client it must look like `cli_` + 16 hex digits (doc §10.2). */
  appId: string;
  appSecret: string;
  /** `header.token` of pushed events; defaults to a value derived from the app id. */
  verificationToken?: string;
  /** When set, pushes are encrypted and signed with it. */
  encryptKey?: string;
  botName?: string;
  botOpenId?: string;
}

/** An app with every default filled in; what event builders take. */
export interface FeishuApp {
  appId: string;
  appSecret: string;
  verificationToken: string;
  encryptKey: string | undefined;
  botName: string;
  botOpenId: string;
  tenantKey: string;
}

/** The tenant key of the doc's example envelope; every emulated app lives in this one tenant. */
export const DEFAULT_TENANT_KEY = '2ca1d211f64f6438';

/** Fills the defaults of an app config deterministically (same app id → same bot open_id). */
export function resolveApp(config: FeishuAppConfig, tenantKey = DEFAULT_TENANT_KEY): FeishuApp {
  const digest = createHash('sha256').update(config.appId).digest('hex');
  return {
    appId: config.appId,
    appSecret: config.appSecret,
    verificationToken: config.verificationToken ?? `vt${digest.slice(0, 30)}`,
    encryptKey: config.encryptKey,
    botName: config.botName ?? '巡诊助手',
    botOpenId: config.botOpenId ?? `ou_${digest.slice(32, 64)}`,
    tenantKey,
  };
}
