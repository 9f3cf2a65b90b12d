import { ConfigError, type Env } from '../../config/env.js';

/** What the DingTalk adapter and receivers need. */
export interface DingtalkSettings {
  /** Client ID (AppKey); also the robotCode of an enterprise-internal app. */
  clientId: string;
  clientSecret: string;
  mode: 'stream' | 'http';
  /** The new OpenAPI (`https://api.dingtalk.com`). */
  baseUrl: string;
  /** The old OpenAPI (`https://oapi.dingtalk.com`). */
  oapiBaseUrl: string;
  /** Interactive card template with `markdown` and `buttons` variables; absent: cards go as markdown. */
  cardTemplateId?: string;
  /** Calls per second to each robot API. */
  ratePerSecond: number;
  /** Calls per second to each card API. */
  cardRatePerSecond: number;
  /** The organisation and the app's AgentId, for the check-in page's `dd.config` and in-app login. */
  h5?: { corpId: string; agentId: string };
}

/**
 * The DingTalk settings, or undefined when no DingTalk app is configured.
 * @throws ConfigError when only one of the id and the secret is set.
 */
export function dingtalkSettingsOf(env: Env): DingtalkSettings | undefined {
  const { DINGTALK_CLIENT_ID: clientId, DINGTALK_CLIENT_SECRET: clientSecret } = env;
  if (!clientId && !clientSecret) return undefined;
  if (!clientId)
    throw new ConfigError(
      'DINGTALK_CLIENT_ID',
      "钉钉应用的 Client ID（AppKey）/ the DingTalk app's Client ID (AppKey)",
    );
  if (!clientSecret)
    throw new ConfigError('DINGTALK_CLIENT_SECRET', "钉钉应用的 Client Secret / the DingTalk app's Client Secret");
  return {
    clientId,
    clientSecret,
    mode: env.DINGTALK_MODE,
    baseUrl: env.DINGTALK_BASE_URL.replace(/\/+$/, ''),
    oapiBaseUrl: env.DINGTALK_OAPI_BASE_URL.replace(/\/+$/, ''),
    ...(env.DINGTALK_CARD_TEMPLATE_ID ? { cardTemplateId: env.DINGTALK_CARD_TEMPLATE_ID } : {}),
    ratePerSecond: env.DINGTALK_RATE_PER_SECOND,
    cardRatePerSecond: env.DINGTALK_CARD_RATE_PER_SECOND,
    ...h5SettingsOf(env),
  };
}

/**
 * The H5 settings of the check-in page: both of `DINGTALK_CORP_ID` and `DINGTALK_AGENT_ID`, or neither.
 * @throws ConfigError when only one is set.
 */
function h5SettingsOf(env: Env): { h5?: { corpId: string; agentId: string } } {
  const { DINGTALK_CORP_ID: corpId, DINGTALK_AGENT_ID: agentId } = env;
  if (!corpId && !agentId) return {};
  if (!corpId) throw new ConfigError('DINGTALK_CORP_ID', "钉钉组织的 corpId / the DingTalk organisation's corpId");
  if (!agentId) throw new ConfigError('DINGTALK_AGENT_ID', "钉钉应用的 AgentId / the DingTalk app's AgentId");
  return { h5: { corpId, agentId } };
}
