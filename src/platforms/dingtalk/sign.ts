import { createHmac, timingSafeEqual } from 'node:crypto';

/** DingTalk refuses, and so do we, a callback whose timestamp is more than an hour off (dingtalk.md §1.1). */
export const DINGTALK_TIMESTAMP_WINDOW_MS = 60 * 60 * 1000;

/** `Base64(HmacSHA256(key = appSecret, timestamp + "\n" + appSecret))`: the `sign` header of an HTTP callback. */
export function dingtalkSign(timestamp: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(`${timestamp}\n${appSecret}`).digest('base64');
}

/** Why a callback's headers were refused, or null when they pass. */
export type SignProblem = 'missing_headers' | 'bad_timestamp' | 'stale_timestamp' | 'bad_signature';

/**
 * Checks the `timestamp` / `sign` headers of an HTTP-mode callback: both present, the timestamp within
 * ±1 h of `now`, the signature equal in constant time. The signature covers only the timestamp (no body
 * hash, no nonce), so the routes also dedupe by `msgId`.
 */
export function checkDingtalkSign(
  timestamp: string | undefined,
  sign: string | undefined,
  appSecret: string,
  now: Date,
): SignProblem | null {
  if (!timestamp || !sign) return 'missing_headers';
  if (!/^\d{10,16}$/.test(timestamp)) return 'bad_timestamp';
  if (Math.abs(now.getTime() - Number(timestamp)) > DINGTALK_TIMESTAMP_WINDOW_MS) return 'stale_timestamp';
  const expected = Buffer.from(dingtalkSign(timestamp, appSecret));
  const given = Buffer.from(sign);
  return expected.length === given.length && timingSafeEqual(expected, given) ? null : 'bad_signature';
}
