import { createHash, timingSafeEqual } from 'node:crypto';
import { AESCipher } from '@larksuiteoapi/node-sdk';

/**
 * Pure checks of a Feishu push (feishu.md §2, §3). The SDK checks none of the token, the timestamp or
 * the raw-body signature (§3.3), so the webhook route runs these before the SDK ever sees a payload.
 */

/** How far a request timestamp may be from our clock, either way. */
export const TIMESTAMP_WINDOW_MS = 5 * 60 * 1000;

/**
 * `hex(sha256(timestamp + nonce + encryptKey ++ rawBody))`, over the raw bytes as received (the SDK
 * re-serialises the parsed body instead, which breaks on non-compact JSON: feishu.md §13.8).
 */
export function feishuSignature(timestamp: string, nonce: string, encryptKey: string, rawBody: Buffer): string {
  return createHash('sha256')
    .update(Buffer.from(timestamp + nonce + encryptKey, 'utf8'))
    .update(rawBody)
    .digest('hex');
}

/** Constant-time equality of two strings (lengths may differ; that is not secret). */
export function constantTimeEqual(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether the `X-Lark-Signature` header matches the raw body. Hex case is not significant. */
export function signatureMatches(
  headers: { timestamp: string; nonce: string; signature: string },
  encryptKey: string,
  rawBody: Buffer,
): boolean {
  const expected = feishuSignature(headers.timestamp, headers.nonce, encryptKey, rawBody);
  return constantTimeEqual(expected, headers.signature.toLowerCase());
}

/** Outcome of the timestamp check. */
export type TimestampCheck = 'ok' | 'invalid' | 'stale' | 'future';

/**
 * Checks `X-Lark-Request-Timestamp` against the clock: within ±5 minutes. The unit is undocumented
 * (probably seconds, feishu.md §3.2), so milliseconds are accepted too.
 */
export function checkTimestamp(header: string, now: Date, windowMs = TIMESTAMP_WINDOW_MS): TimestampCheck {
  if (!/^\d{1,16}$/.test(header)) return 'invalid';
  const value = Number(header);
  const ms = value >= 1e12 ? value : value * 1000;
  const skew = now.getTime() - ms;
  if (skew > windowMs) return 'stale';
  if (skew < -windowMs) return 'future';
  return 'ok';
}

/**
 * Decrypts an `{"encrypt": …}` body with the SDK's own cipher (AES-256-CBC, key sha256(encryptKey),
 * IV = first 16 bytes). Returns undefined when the ciphertext is not valid for this key.
 */
export function decryptPayload(encrypt: string, cipher: AESCipher): string | undefined {
  try {
    return cipher.decrypt(encrypt);
  } catch {
    return undefined;
  }
}

/** What the route needs to know of a decrypted payload before handing it to the SDK. */
export type EnvelopeFacts =
  | { kind: 'challenge'; token: string | undefined; challenge: string }
  | {
      kind: 'event';
      /** `header.event_id` (v2) or `uuid` (v1). */
      eventId: string;
      eventType: string;
      token: string | undefined;
      appId: string | undefined;
    }
  | { kind: 'malformed' };

/**
 * Reads the envelope of a decrypted push: a `url_verification` challenge, a v2 event (`schema` +
 * `header`) or a v1 event (`uuid`, `token`, `event.type`, `event.app_id`).
 */
export function envelopeFacts(payload: Record<string, unknown>): EnvelopeFacts {
  if (payload.type === 'url_verification') {
    return typeof payload.challenge === 'string'
      ? { kind: 'challenge', token: stringOrUndefined(payload.token), challenge: payload.challenge }
      : { kind: 'malformed' };
  }
  if ('schema' in payload) {
    const header = payload.header;
    if (!isRecord(header) || typeof header.event_id !== 'string' || typeof header.event_type !== 'string') {
      return { kind: 'malformed' };
    }
    return {
      kind: 'event',
      eventId: header.event_id,
      eventType: header.event_type,
      token: stringOrUndefined(header.token),
      appId: stringOrUndefined(header.app_id),
    };
  }
  const event = payload.event;
  if (typeof payload.uuid !== 'string' || !isRecord(event) || typeof event.type !== 'string')
    return { kind: 'malformed' };
  return {
    kind: 'event',
    eventId: payload.uuid,
    eventType: event.type,
    token: stringOrUndefined(payload.token),
    appId: stringOrUndefined(event.app_id),
  };
}

/** Whether the payload's Verification Token is ours (constant time; a missing token never matches). */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  return given !== undefined && constantTimeEqual(expected, given);
}

/** Whether the event is addressed to our app. A v1 event without an app id is not. */
export function appIdMatches(expected: string, given: string | undefined): boolean {
  return given === expected;
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON text that must hold an object; undefined for anything else or broken JSON. */
export function parseJsonObject(json: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
