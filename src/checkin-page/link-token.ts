import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PlatformName } from '../core/event.js';

/**
 * The signed link that opens the check-in page: who it was minted for (person and chat account), what
 * for, until when. `base64url(JSON).base64url(HMAC-SHA256(secret, JSON))`; nothing is stored until the
 * link is used (then its id is, once: see `checkin_link_uses`).
 */

/** What a link is for. */
export type LinkPurpose = 'CHECK_IN' | 'CHECK_OUT' | 'SPOT_CHECK';

const PURPOSE_WORDS: Record<LinkPurpose, string> = { CHECK_IN: 'in', CHECK_OUT: 'out', SPOT_CHECK: 'spot' };

/** The claims a link carries. */
export interface LinkClaims {
  /** Random id, unique per link: the single-use key. */
  id: string;
  personId: number;
  purpose: LinkPurpose;
  /** The chat account the link was minted for (its identity platform and user id). */
  platform: PlatformName;
  userId: string;
  /** Expiry, epoch milliseconds. */
  expiresAt: number;
  /** SPOT_CHECK only: the sampled visit, `<draw seed>:<planned date id>`. */
  spotCheckKey?: string;
}

/** Why a link was not accepted. */
export type LinkRefusal = 'MALFORMED' | 'EXPIRED';

/** A fresh link id (16 random bytes, base64url). */
export function newLinkId(): string {
  return randomBytes(16).toString('base64url');
}

function sign(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** The token of a link. */
export function mintLinkToken(secret: string, claims: LinkClaims): string {
  const body = Buffer.from(
    JSON.stringify({
      i: claims.id,
      p: claims.personId,
      k: PURPOSE_WORDS[claims.purpose],
      f: claims.platform,
      u: claims.userId,
      x: claims.expiresAt,
      ...(claims.spotCheckKey === undefined ? {} : { s: claims.spotCheckKey }),
    }),
  ).toString('base64url');
  return `${body}.${sign(secret, body).toString('base64url')}`;
}

const PLATFORMS: readonly PlatformName[] = ['FEISHU', 'DINGTALK', 'SANDBOX'];

function claimsOf(json: unknown): LinkClaims | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { i, p, k, f, u, x, s } = json as Record<string, unknown>;
  if (typeof i !== 'string' || typeof u !== 'string' || typeof x !== 'number') return undefined;
  if (typeof p !== 'number' || !Number.isInteger(p)) return undefined;
  const purpose = (Object.keys(PURPOSE_WORDS) as LinkPurpose[]).find((key) => PURPOSE_WORDS[key] === k);
  const platform = PLATFORMS.find((name) => name === f);
  if (!purpose || !platform) return undefined;
  // A spot-check link names its sampled visit, and only a spot-check link does.
  if ((purpose === 'SPOT_CHECK') !== (typeof s === 'string')) return undefined;
  const claims: LinkClaims = { id: i, personId: p, purpose, platform, userId: u, expiresAt: x };
  return typeof s === 'string' ? { ...claims, spotCheckKey: s } : claims;
}

/**
 * The claims of a token signed with `secret` and not expired at `now`. A token whose signature does not
 * match (altered, or signed with another secret) is MALFORMED: nothing in it is trusted.
 */
export function readLinkToken(
  secret: string,
  token: string,
  now: Date,
): { ok: true; claims: LinkClaims } | { ok: false; reason: LinkRefusal } {
  const [body, mac, extra] = token.split('.');
  if (!body || !mac || extra !== undefined) return { ok: false, reason: 'MALFORMED' };
  const expected = sign(secret, body);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'MALFORMED' };
  let claims: LinkClaims | undefined;
  try {
    claims = claimsOf(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    claims = undefined;
  }
  if (!claims) return { ok: false, reason: 'MALFORMED' };
  if (claims.expiresAt <= now.getTime()) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, claims };
}
