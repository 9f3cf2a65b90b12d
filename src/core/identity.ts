import type { Db } from '../db/client.js';
import { findSpeakerByChatUser, type ChatSpeaker } from '../db/queries/chat-identities.js';
import { activeRolesOf } from '../db/queries/role-grants.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import { bindByVerifiedMobile } from '../identity/verified-binding.js';
import type { Actor } from './context.js';
import type { PlatformName } from './event.js';

/** Optional inputs of `resolveActor` for binding a first-time user by their verified mobile. */
export interface ResolveOptions {
  /** The user's union id (Feishu union_id), stored with a new binding. */
  unionId?: string;
  /**
   * The platform-verified mobile of a user (`PlatformAdapter.verifiedMobile`). When given and the user is
   * unknown, a single active person registered with that number is bound to the account. It should log
   * its own failures: a failure here counts as "no verified number", so the user is told how to register.
   */
  verifiedMobile?: (userId: string) => Promise<string | undefined>;
  /** When a binding made here happened (the service clock); defaults to now. */
  now?: Date;
}

/**
 * Who is speaking: the person bound to the chat account with their active roles. Accounts in
 * `adminUserIds` (`BOT_ADMIN_OPEN_IDS`, for the platform of `platform`) are administrators even without
 * a person record, so the first administrators can set everything else up. An unknown account, or one
 * bound to a person marked inactive, has no person and no roles.
 */
export async function resolveActor(
  db: Db,
  platform: PlatformName,
  userId: string,
  adminUserIds: readonly string[],
  options: ResolveOptions = {},
): Promise<Actor> {
  const bound = await findSpeakerByChatUser(db, platform, userId);
  const person = bound ?? (await bindFirstContact(db, platform, userId, options));
  const configuredAdmin = adminUserIds.includes(userId);
  if (!person?.active) return { person: null, roles: [], isAdmin: configuredAdmin };
  const roles = await activeRolesOf(db, person.id);
  return {
    person: { id: person.id, name: person.name, homeInstitutionId: person.homeInstitutionId, title: person.title },
    roles,
    isAdmin: configuredAdmin || roles.some((held) => held.role === 'ADMIN'),
    ...(person.unionIdKnown ? { unionIdKnown: true } : {}),
  };
}

async function bindFirstContact(
  db: Db,
  platform: PlatformName,
  userId: string,
  options: ResolveOptions,
): Promise<ChatSpeaker | null> {
  if (!options.verifiedMobile) return null;
  const mobile = await options.verifiedMobile(userId).catch(() => undefined);
  if (!mobile) return null;
  return bindByVerifiedMobile(db, {
    platform,
    userId,
    unionId: options.unionId,
    mobile,
    at: options.now ?? new Date(),
  });
}

/**
 * The first-contact reply to an unknown user: their account is not registered, and how to get it
 * registered. The core sends it when `requireAudience` refuses an unregistered speaker.
 */
export function unregisteredNotice(locale: Locale): string {
  return t(locale, 'identity.unregistered');
}
