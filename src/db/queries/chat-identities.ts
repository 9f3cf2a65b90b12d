import type { ChatIdentity, Platform } from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import type { DbOrTx } from '../client.js';
import { isUniqueViolation } from './errors.js';
import { WITH_HOME, type PersonWithHome } from './people.js';
import { inTransaction } from './transaction.js';

/** How a chat account came to be bound to a person (stored in `chat_identities.bound_by`). */
export type BindingMethod = 'VERIFIED_MOBILE' | 'COORDINATOR' | 'ADMIN' | 'SEED';

/** The person a chat account is bound to, active or not, or null for an unknown account. */
export async function findPersonByChatUser(
  db: DbOrTx,
  platform: Platform,
  platformUserId: string,
): Promise<PersonWithHome | null> {
  const identity = await db.chatIdentity.findUnique({
    where: { platform_platformUserId: { platform, platformUserId } },
    include: { person: { include: WITH_HOME } },
  });
  return identity?.person ?? null;
}

/** What resolving a speaker needs of the person bound to their chat account. */
export type ChatSpeaker = Pick<PersonWithHome, 'id' | 'name' | 'homeInstitutionId' | 'title' | 'active'> & {
  /** True when the chat account's unionId is stored already, so nobody needs to look it up. */
  unionIdKnown?: boolean;
};

/**
 * {@link findPersonByChatUser} in one statement, with what resolving a speaker needs: it runs for every
 * inbound event, where the includes would cost three (and a relation filter scans the people).
 */
export async function findSpeakerByChatUser(
  db: DbOrTx,
  platform: Platform,
  platformUserId: string,
): Promise<ChatSpeaker | null> {
  const [speaker] = await db.$queryRaw<(ChatSpeaker & { unionIdKnown: boolean | number })[]>`
    SELECT p.id, p.name, p.home_institution_id AS "homeInstitutionId", p.title, p.active,
      c.union_id IS NOT NULL AS "unionIdKnown"
    FROM chat_identities c JOIN people p ON p.id = c.person_id
    WHERE c.platform = ${platform} AND c.platform_user_id = ${platformUserId}`;
  // SQLite answers the comparison as 0 or 1.
  return speaker ? { ...speaker, unionIdKnown: Boolean(speaker.unionIdKnown) } : null;
}

/**
 * The person a chat user id names on whichever platform it was bound (for tools where no platform
 * speaks, like `npm run import --as`); null when unknown, or when it names different people.
 */
export async function findPersonByChatUserOnAnyPlatform(
  db: DbOrTx,
  platformUserId: string,
): Promise<PersonWithHome | null> {
  const identities = await db.chatIdentity.findMany({
    where: { platformUserId },
    include: { person: { include: WITH_HOME } },
  });
  const people = new Set(identities.map((identity) => identity.personId));
  return people.size === 1 ? (identities[0]?.person ?? null) : null;
}

/** The chat accounts bound to a person, oldest first. */
export function chatIdentitiesOf(db: DbOrTx, personId: number): Promise<ChatIdentity[]> {
  return db.chatIdentity.findMany({ where: { personId }, orderBy: { id: 'asc' } });
}

/** A binding to make. */
export interface BindingInput {
  personId: number;
  platform: Platform;
  platformUserId: string;
  unionId?: string | null;
  method: BindingMethod;
  /** The person who made the binding (coordinator, administrator); null when the platform verified it. */
  boundById: number | null;
}

/** What a bind did: bound now, or found the account already bound to that same person. */
export type BindOutcome = { status: 'bound' | 'unchanged'; identity: ChatIdentity };

/**
 * Binds a chat account to a person. Binding an account again to the same person changes nothing.
 * @throws QueryRefusal ACCOUNT_TAKEN when the account is bound to someone else, also
 *   when a concurrent bind of the same account won the race.
 */
export async function bindChatIdentity(db: DbOrTx, input: BindingInput): Promise<BindOutcome> {
  const where = { platform_platformUserId: { platform: input.platform, platformUserId: input.platformUserId } };
  const existing = await db.chatIdentity.findUnique({ where });
  if (existing) return sameOwner(existing, input.personId);
  try {
    // A savepoint, so a lost race leaves the caller's transaction usable on PostgreSQL.
    const identity = await inTransaction(db, (tx) =>
      tx.chatIdentity.create({
        data: {
          personId: input.personId,
          platform: input.platform,
          platformUserId: input.platformUserId,
          unionId: input.unionId ?? null,
          boundBy: input.method,
          boundById: input.boundById,
        },
      }),
    );
    return { status: 'bound', identity };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.chatIdentity.findUnique({ where });
    if (winner) return sameOwner(winner, input.personId);
    throw error;
  }
}

function sameOwner(identity: ChatIdentity, personId: number): BindOutcome {
  if (identity.personId !== personId) throw new QueryRefusal('ACCOUNT_TAKEN');
  return { status: 'unchanged', identity };
}

/** Removes a chat account's binding; returns the removed binding, or null when there was none. */
export async function unbindChatIdentity(
  db: DbOrTx,
  platform: Platform,
  platformUserId: string,
): Promise<ChatIdentity | null> {
  const where = { platform_platformUserId: { platform, platformUserId } };
  const existing = await db.chatIdentity.findUnique({ where });
  if (!existing) return null;
  const { count } = await db.chatIdentity.deleteMany({ where: { id: existing.id } });
  return count === 1 ? existing : null;
}

/** What decides where a person's notices go: their chat accounts and their platform choices. */
export interface NoticePlatforms {
  identities: Pick<ChatIdentity, 'platform' | 'platformUserId'>[];
  /** The platform they last wrote from. */
  last: Platform | null;
  /** The platform they chose with /接收平台. */
  preferred: Platform | null;
}

/** A person's chat accounts (oldest first) and platform choices; null for an unknown person. */
export async function noticePlatformsOf(db: DbOrTx, personId: number): Promise<NoticePlatforms | null> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: {
      lastPlatform: true,
      preferredPlatform: true,
      identities: { select: { platform: true, platformUserId: true }, orderBy: { id: 'asc' } },
    },
  });
  return person && { identities: person.identities, last: person.lastPlatform, preferred: person.preferredPlatform };
}

/**
 * Records that a person wrote from `platform` at `sentAt` (their notices follow them there). A conditional
 * update: a message sent before the one recorded (handled concurrently with a later one, or resumed after
 * a restart) changes nothing, so the platform is the one of the latest message, whatever the handling order.
 */
export async function recordPlatformUse(db: DbOrTx, personId: number, platform: Platform, sentAt: Date): Promise<void> {
  await db.person.updateMany({
    where: { id: personId, OR: [{ lastPlatformAt: null }, { lastPlatformAt: { lt: sentAt } }] },
    data: { lastPlatform: platform, lastPlatformAt: sentAt },
  });
}

/**
 * Stores the unionId of a bound chat account that has none yet, looking it up with `lookup` only then
 * (so once per account). A failed or empty lookup stores nothing.
 */
export async function fillUnionId(
  db: DbOrTx,
  platform: Platform,
  platformUserId: string,
  lookup: () => Promise<string | undefined>,
): Promise<void> {
  const where = { platform_platformUserId: { platform, platformUserId } };
  const identity = await db.chatIdentity.findUnique({ where, select: { unionId: true } });
  if (!identity || identity.unionId) return;
  const unionId = await lookup();
  if (unionId)
    await db.chatIdentity.updateMany({ where: { platform, platformUserId, unionId: null }, data: { unionId } });
}

/** Sets (or with null clears) the platform a person chose for their notices. */
export async function setPreferredPlatform(db: DbOrTx, personId: number, platform: Platform | null): Promise<void> {
  await db.person.update({ where: { id: personId }, data: { preferredPlatform: platform } });
}
