import type { AESCipher } from '@larksuiteoapi/node-sdk';
import type { WebhookSecrets } from './config.js';
import type { RefusalReason } from './refusal.js';
import type { ReplayGuard } from './replay-guard.js';
import {
  appIdMatches,
  checkTimestamp,
  decryptPayload,
  envelopeFacts,
  parseJsonObject,
  signatureMatches,
  tokenMatches,
} from './verify.js';

/** The three signature headers, '' when absent. */
export interface SignatureHeaders {
  timestamp: string;
  nonce: string;
  signature: string;
}

/** What the checks need besides the request. */
export interface CheckContext {
  secrets: WebhookSecrets;
  cipher: AESCipher;
  now: Date;
  replays: ReplayGuard;
}

/** The verdict on one push. */
export type PushCheck =
  | { ok: true; kind: 'challenge'; challenge: string }
  | {
      ok: true;
      kind: 'event';
      /** The decrypted envelope, for the SDK to flatten. */
      payload: Record<string, unknown>;
      eventId: string;
      eventType: string;
      /** The claimed signature, to release if the event cannot be recorded. */
      signature: string;
    }
  | { ok: false; status: 400 | 401; reason: RefusalReason };

/**
 * Checks a raw push in the order that reveals least to a forger: signature headers and timestamp,
 * signature over the raw bytes, replay, then JSON, decryption, envelope, Verification Token, app id.
 *
 * Only a `url_verification` challenge may come unsigned (Feishu does not sign it, feishu.md §2); it is
 * still encrypted with our key and must carry our token.
 */
export function checkPush(raw: Buffer, headers: SignatureHeaders, ctx: CheckContext): PushCheck {
  const signed = headers.timestamp !== '' || headers.nonce !== '' || headers.signature !== '';
  if (!signed) return checkUnsignedChallenge(raw, ctx);
  if (!headers.timestamp || !headers.nonce || !headers.signature) return refuse(401, 'signature_missing');
  const time = checkTimestamp(headers.timestamp, ctx.now);
  if (time !== 'ok') return refuse(401, `timestamp_${time}`);
  if (!signatureMatches(headers, ctx.secrets.encryptKey, raw)) return refuse(401, 'signature_invalid');
  if (!ctx.replays.claim(headers.signature.toLowerCase(), ctx.now)) return refuse(401, 'replayed');
  return checkPayload(raw, headers.signature.toLowerCase(), ctx);
}

function checkUnsignedChallenge(raw: Buffer, ctx: CheckContext): PushCheck {
  const verdict = checkPayload(raw, '', ctx);
  return verdict.ok && verdict.kind === 'challenge' ? verdict : refuse(401, 'signature_missing');
}

function checkPayload(raw: Buffer, signature: string, ctx: CheckContext): PushCheck {
  const outer = parseJsonObject(raw.toString('utf8'));
  if (!outer) return refuse(400, 'malformed_json');
  if (typeof outer.encrypt !== 'string') return refuse(400, 'not_encrypted');
  const plain = decryptPayload(outer.encrypt, ctx.cipher);
  if (plain === undefined) return refuse(400, 'decrypt_failed');
  const payload = parseJsonObject(plain);
  if (!payload) return refuse(400, 'malformed_json');
  const facts = envelopeFacts(payload);
  if (facts.kind === 'malformed') return refuse(400, 'bad_envelope');
  if (!tokenMatches(ctx.secrets.verificationToken, facts.token)) return refuse(401, 'token_invalid');
  if (facts.kind === 'challenge') return { ok: true, kind: 'challenge', challenge: facts.challenge };
  if (!appIdMatches(ctx.secrets.appId, facts.appId)) return refuse(401, 'unknown_app');
  return { ok: true, kind: 'event', payload, eventId: facts.eventId, eventType: facts.eventType, signature };
}

function refuse(status: 400 | 401, reason: RefusalReason): PushCheck {
  return { ok: false, status, reason };
}
