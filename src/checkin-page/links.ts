import type { PlatformName } from '../core/event.js';
import type { Db } from '../db/client.js';
import { chatIdentitiesOf } from '../db/queries/chat-identities.js';
import { createHmac } from 'node:crypto';
import type { Clock } from '../time/clock.js';
import {
  mintLinkToken,
  newLinkId,
  readLinkToken,
  type LinkClaims,
  type LinkPurpose,
  type LinkRefusal,
} from './link-token.js';

/** Where the page lives under `PUBLIC_BASE_URL`. */
export const CHECKIN_PAGE_PATH = '/app/checkin';
/** A reminder's stable entry: opening it mints a fresh single-use link and redirects there. */
export const CHECKIN_ENTRY_PATH = '/app/checkin/open';

/** Whom a link or an entry is for. */
export interface LinkHolder {
  personId: number;
  purpose: LinkPurpose;
  platform: PlatformName;
  userId: string;
  /** SPOT_CHECK only: the sampled visit (see {@link LinkClaims}). */
  spotCheckKey?: string;
}

/** How links are made: `CHECKIN_LINK_SECRET`, `CHECKIN_LINK_TTL_MINUTES`, `PUBLIC_BASE_URL`. */
export interface CheckinLinkSettings {
  secret: string;
  ttlMinutes: number;
  /** `PUBLIC_BASE_URL` without a trailing slash; unset: `http://127.0.0.1:<port>` once listening. */
  baseUrl?: string;
}

/** Mints and reads the check-in page's signed links (see link-token.ts). */
export class CheckinLinks {
  private fallbackBaseUrl = 'http://127.0.0.1:3000';

  constructor(
    private readonly settings: CheckinLinkSettings,
    private readonly clock: Clock,
  ) {}

  /** Where links point: `PUBLIC_BASE_URL`, else this machine at the port the service listens on. */
  get baseUrl(): string {
    return this.settings.baseUrl ?? this.fallbackBaseUrl;
  }

  /** Tells the default base URL the port the service really listens on (tests listen on port 0). */
  listeningOn(port: number): void {
    this.fallbackBaseUrl = `http://127.0.0.1:${port}`;
  }

  /** A fresh single-use link for one person's chat account, valid for the configured minutes. */
  mint(who: LinkHolder): string {
    const expiresAt = this.clock.now().getTime() + this.settings.ttlMinutes * 60_000;
    const token = mintLinkToken(this.settings.secret, { ...who, id: newLinkId(), expiresAt });
    return `${this.baseUrl}${CHECKIN_PAGE_PATH}?t=${token}`;
  }

  /**
   * A stable entry for a reminder card, valid until `until` (the end of the visit's day): a reminder sent
   * at 07:30 is opened at the clinic at 09:00, long after a 15-minute link would have died. The entry
   * itself checks nothing in: each opening mints a fresh single-use link for the same account
   * ({@link openEntry}), so single use and the in-app login check stay exactly as for any link. Signed
   * with a key of its own, so an entry is never taken for a link nor a link for an entry.
   */
  entry(who: LinkHolder, until: Date): string {
    const token = mintLinkToken(this.entrySecret(), { ...who, id: newLinkId(), expiresAt: until.getTime() });
    return `${this.baseUrl}${CHECKIN_ENTRY_PATH}?e=${token}`;
  }

  /** A fresh link for the holder of an entry token, or why the entry cannot be used. */
  openEntry(token: string): { ok: true; url: string } | { ok: false; reason: LinkRefusal } {
    const entry = readLinkToken(this.entrySecret(), token, this.clock.now());
    if (!entry.ok) return entry;
    const { id: _entryId, expiresAt: _until, ...who } = entry.claims;
    return { ok: true, url: this.mint(who) };
  }

  /**
   * A key of its own for another kind of signed link (the service record's printable page), derived
   * from the check-in secret so one setting signs every link and a token of one kind never opens another.
   */
  derivedKey(purpose: string): string {
    return createHmac('sha256', this.settings.secret).update(purpose).digest('base64url');
  }

  /** The claims of a token, if it is ours and not expired. */
  read(token: string): { ok: true; claims: LinkClaims } | { ok: false; reason: LinkRefusal } {
    return readLinkToken(this.settings.secret, token, this.clock.now());
  }

  private entrySecret(): string {
    return createHmac('sha256', this.settings.secret).update('checkin-entry').digest('hex');
  }
}

/**
 * A link for a person's account on `platform` (their chat identity there), or undefined when they have
 * none: what card builders' callers use to put the page on a 签到 / 签退 button. With `until` (a
 * reminder, opened hours later) it is a stable entry valid until then that mints a fresh link on each
 * opening; without, a single-use link valid for the configured minutes (a reply, opened at once).
 */
export async function linkForPerson(
  links: CheckinLinks,
  db: Db,
  platform: PlatformName,
  personId: number,
  purpose: LinkPurpose,
  until?: Date,
  spotCheckKey?: string,
): Promise<string | undefined> {
  const identity = (await chatIdentitiesOf(db, personId)).find((i) => i.platform === platform);
  if (!identity) return undefined;
  const who = { personId, purpose, platform, userId: identity.platformUserId, ...(spotCheckKey && { spotCheckKey }) };
  return linkForAccount(links, who, until);
}

/** A link for one chat account: with `until` a stable entry valid until then, else a single-use link. */
export function linkForAccount(links: CheckinLinks, who: LinkHolder, until?: Date): string {
  return until ? links.entry(who, until) : links.mint(who);
}
