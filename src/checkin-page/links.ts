import type { PlatformName } from '../core/event.js';
import type { Db } from '../db/client.js';
import { chatIdentitiesOf } from '../db/queries/chat-identities.js';
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

/** How links are made: `CHECKIN_LINK_SECRET`, `CHECKIN_LINK_TTL_MINUTES`, `PUBLIC_BASE_URL`. */
export interface CheckinLinkSettings {
  secret: string;
  ttlMinutes: number;
  /** Without a trailing slash. */
  baseUrl: string;
}

/** Mints and reads the check-in page's signed links (see link-token.ts). */
export class CheckinLinks {
  constructor(
    readonly settings: CheckinLinkSettings,
    private readonly clock: Clock,
  ) {}

  /** A fresh single-use link for one person's chat account, valid for the configured minutes. */
  mint(who: { personId: number; purpose: LinkPurpose; platform: PlatformName; userId: string }): string {
    const expiresAt = this.clock.now().getTime() + this.settings.ttlMinutes * 60_000;
    const token = mintLinkToken(this.settings.secret, { ...who, id: newLinkId(), expiresAt });
    return `${this.settings.baseUrl}${CHECKIN_PAGE_PATH}?t=${token}`;
  }

  /** The claims of a token, if it is ours and not expired. */
  read(token: string): { ok: true; claims: LinkClaims } | { ok: false; reason: LinkRefusal } {
    return readLinkToken(this.settings.secret, token, this.clock.now());
  }
}

/**
 * A link for a person's account on `platform` (their chat identity there), or undefined when they have
 * none: what card builders' callers use to put the page on a 签到 / 签退 button.
 */
export async function linkForPerson(
  links: CheckinLinks,
  db: Db,
  platform: PlatformName,
  personId: number,
  purpose: LinkPurpose,
): Promise<string | undefined> {
  const identity = (await chatIdentitiesOf(db, personId)).find((i) => i.platform === platform);
  return identity && links.mint({ personId, purpose, platform, userId: identity.platformUserId });
}
