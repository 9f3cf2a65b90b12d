import type { Platform } from '../generated/sqlite/client.js';
import type { DbOrTx } from '../db/client.js';
import { chatIdentitiesOf, findPersonByChatUser } from '../db/queries/chat-identities.js';
import { findPeopleByPhone, type PersonWithHome } from '../db/queries/people.js';
import { isQueryRefusal } from '../db/query-refusal.js';
import { bindAudited } from './audited-changes.js';

/** A first-time user whose platform vouches for their mobile number. */
export interface VerifiedContact {
  platform: Platform;
  userId: string;
  unionId?: string | undefined;
  /** The platform-verified mobile, in any format (`+8613800138000`). */
  mobile: string;
  at: Date;
}

/**
 * Binds a first-time user to the one active person registered with their verified mobile, and returns
 * that person; null when no one or several people have the number, or the person already has an account
 * on this platform (a second account is for a coordinator to confirm, not for the bot to assume).
 */
export async function bindByVerifiedMobile(db: DbOrTx, contact: VerifiedContact): Promise<PersonWithHome | null> {
  const candidates = await findPeopleByPhone(db, contact.mobile);
  const [person] = candidates;
  if (!person || candidates.length > 1) return null;
  const accounts = await chatIdentitiesOf(db, person.id);
  if (accounts.some((account) => account.platform === contact.platform)) return null;
  try {
    await bindAudited(db, {
      personId: person.id,
      platform: contact.platform,
      platformUserId: contact.userId,
      unionId: contact.unionId ?? null,
      method: 'VERIFIED_MOBILE',
      boundById: null,
      at: contact.at,
      home: person.homeInstitution,
    });
    return person;
  } catch (error) {
    // The account was bound by someone else a moment ago: whoever it belongs to now is the answer.
    if (isQueryRefusal(error, 'ACCOUNT_TAKEN')) {
      return findPersonByChatUser(db, contact.platform, contact.userId);
    }
    throw error;
  }
}
