import { createHash, randomBytes } from 'node:crypto';
import type { PlatformName } from '../core/event.js';

/**
 * The platform side of the check-in page, one implementation per platform: the signed JSAPI
 * configuration the page needs before it may call the platform's location API, and the exchange of the
 * in-app login code (`requestAuthCode`) for the user id, done server-side. Feishu: `FeishuInAppLogin`;
 * DingTalk: `DingtalkInAppLogin` (`dd.config` signed with the jsapi ticket, `/topapi/v2/user/getuserinfo`
 * for the code).
 */
export interface InAppLogin {
  /** The identity platform whose user ids `userIdForCode` returns. */
  readonly platform: PlatformName;
  /** What the page passes to the platform's `config` call for this exact page URL. */
  jsapiConfig(pageUrl: string): Promise<JsapiConfig>;
  /** The user id the code stands for, or undefined when the platform refuses the code. */
  userIdForCode(code: string): Promise<string | undefined>;
}

/** A signed JSAPI configuration (Feishu `h5sdk.config`, DingTalk `dd.config`). */
export interface JsapiConfig {
  /** Feishu: the app id; DingTalk: the AgentId (`dd.config`'s `agentId`). */
  appId: string;
  /** DingTalk only: the organisation, which `dd.config` and `requestAuthCode` take. */
  corpId?: string;
  /** Milliseconds, as signed. */
  timestamp: number;
  nonceStr: string;
  signature: string;
}

/**
 * The JSAPI signature both platforms check: hex `sha1("jsapi_ticket=…&noncestr=…&timestamp=…&url=…")` over
 * the page URL as the browser has it, without its `#` part, with a fresh nonce and the time in milliseconds.
 */
export function signJsapi(
  ticket: string,
  pageUrl: string,
  timestamp: number,
): { timestamp: number; nonceStr: string; signature: string } {
  const nonceStr = randomBytes(12).toString('hex');
  const url = pageUrl.split('#')[0] ?? pageUrl;
  const plain = `jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${url}`;
  return { timestamp, nonceStr, signature: createHash('sha1').update(plain).digest('hex') };
}
