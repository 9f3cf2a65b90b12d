import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CheckinLinks } from '../checkin-page/links.js';
import { periodKey, periodOfKey, type RecordPeriod } from './record-period.js';

/**
 * The signed, expiring link to a service record's printable page: `/app/record?t=<claims>.<HMAC>`. Who
 * may read the record was checked when the link was minted (in the chat, for the one who asked); the link
 * is a bearer link for printing and handing to 职称办, so it expires after a day. Nothing is stored.
 */

/** Where the page lives under `PUBLIC_BASE_URL`. */
export const RECORD_PAGE_PATH = '/app/record';
/** How long a printable page link opens. */
export const RECORD_LINK_TTL_MS = 24 * 60 * 60 * 1000;

/** What a record link carries. */
export interface RecordLinkClaims {
  physicianId: number;
  period: RecordPeriod;
  expiresAt: number;
}

const KEY_PURPOSE = 'service-record-page';

function mac(key: string, body: string): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

/** A link to the printable page of a record, valid a day from `now`. */
export function mintRecordLink(links: CheckinLinks, claims: Omit<RecordLinkClaims, 'expiresAt'>, now: Date): string {
  const body = Buffer.from(
    JSON.stringify({
      p: claims.physicianId,
      r: periodKey(claims.period),
      x: now.getTime() + RECORD_LINK_TTL_MS,
    }),
  ).toString('base64url');
  const token = `${body}.${mac(links.derivedKey(KEY_PURPOSE), body).toString('base64url')}`;
  return `${links.baseUrl}${RECORD_PAGE_PATH}?t=${token}`;
}

/** The claims of a record link's token, or why it is refused (altered or foreign: MALFORMED). */
export function readRecordLink(
  links: CheckinLinks,
  token: string,
  now: Date,
): { ok: true; claims: RecordLinkClaims } | { ok: false; reason: 'MALFORMED' | 'EXPIRED' } {
  const [body, given, extra] = token.split('.');
  if (!body || !given || extra !== undefined) return { ok: false, reason: 'MALFORMED' };
  const expected = mac(links.derivedKey(KEY_PURPOSE), body);
  const signature = Buffer.from(given, 'base64url');
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
    return { ok: false, reason: 'MALFORMED' };
  }
  const claims = claimsOf(body);
  if (!claims) return { ok: false, reason: 'MALFORMED' };
  return claims.expiresAt <= now.getTime() ? { ok: false, reason: 'EXPIRED' } : { ok: true, claims };
}

function claimsOf(body: string): RecordLinkClaims | undefined {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const { p, r, x } = json as Record<string, unknown>;
  const period = periodOfKey(r);
  if (typeof p !== 'number' || !Number.isInteger(p) || typeof x !== 'number' || period === undefined) return undefined;
  return { physicianId: p, period, expiresAt: x };
}
