import type { Person, Prisma, Title } from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import { normalizePhone } from '../../identity/phone.js';
import type { DbOrTx } from '../client.js';

/**
 * People (physicians, clinic heads, coordinators). Phone numbers are stored in the canonical form of
 * `normalizePhone`, which is also the stable key for seeding and imports.
 */

/** The `include` that loads what scope checks need of a person's home institution. */
export const WITH_HOME = { homeInstitution: { select: { id: true, name: true, regionPath: true } } } as const;

/** A person with the id, name and region path of their home institution (what scope checks need). */
export type PersonWithHome = Prisma.PersonGetPayload<{ include: typeof WITH_HOME }>;

/** The person with this id, active or not, or null. */
export function findPersonById(db: DbOrTx, id: number): Promise<PersonWithHome | null> {
  return db.person.findUnique({ where: { id }, include: WITH_HOME });
}

/** The people with these ids, each with their home hospital (unknown ids are left out; no order). */
export function listPeopleByIds(db: DbOrTx, ids: readonly number[]): Promise<PersonWithHome[]> {
  return db.person.findMany({ where: { id: { in: [...new Set(ids)] } }, include: WITH_HOME });
}

/**
 * Active people with this phone number, however it is written (`+86 138-0013-8000`). Usually one;
 * several means the records need cleaning, and callers refuse to guess.
 */
export async function findPeopleByPhone(db: DbOrTx, phone: string): Promise<PersonWithHome[]> {
  const canonical = normalizePhone(phone);
  if (canonical === null) return [];
  return db.person.findMany({ where: { phone: canonical, active: true }, include: WITH_HOME, orderBy: { id: 'asc' } });
}

/** Active people of an institution with exactly this name (surrounding spaces ignored). */
export function findPeopleByName(db: DbOrTx, institutionId: number, name: string): Promise<PersonWithHome[]> {
  return db.person.findMany({
    where: { homeInstitutionId: institutionId, name: name.trim(), active: true },
    include: WITH_HOME,
    orderBy: { id: 'asc' },
  });
}

/** Active people of an institution (an import looks its rows' names up among them in memory). */
export function listActivePeopleOf(db: DbOrTx, institutionId: number): Promise<PersonWithHome[]> {
  return db.person.findMany({
    where: { homeInstitutionId: institutionId, active: true },
    include: WITH_HOME,
    orderBy: { id: 'asc' },
  });
}

/** Active people with any of these canonical phone numbers (see `normalizePhone`), in one query. */
export function listActivePeopleByPhones(db: DbOrTx, phones: readonly string[]): Promise<PersonWithHome[]> {
  return db.person.findMany({
    where: { phone: { in: [...phones] }, active: true },
    include: WITH_HOME,
    orderBy: { id: 'asc' },
  });
}

/** What seeding and imports know about a person; `phone` is the key. */
export interface PersonSeed {
  name: string;
  phone: string;
  homeInstitutionId?: number | null;
  title?: Title | null;
  specialty?: string | null;
  active?: boolean;
}

/**
 * Creates the person with this phone number or updates them, so a seed or an import can run again
 * without duplicating anyone. Fields left out of `seed` are not touched on update.
 * @throws QueryRefusal BAD_PHONE when the phone is not a phone number; PHONE_SHARED when several people
 *   already share it (which one to update would be a guess).
 */
export async function upsertPersonByPhone(db: DbOrTx, seed: PersonSeed): Promise<{ person: Person; created: boolean }> {
  const phone = normalizePhone(seed.phone);
  if (phone === null) throw new QueryRefusal('BAD_PHONE', { phone: seed.phone });
  const existing = await db.person.findMany({ where: { phone }, select: { id: true }, take: 2 });
  if (existing.length > 1) throw new QueryRefusal('PHONE_SHARED', { phone });
  const data = {
    name: seed.name.trim(),
    phone,
    homeInstitutionId: seed.homeInstitutionId,
    title: seed.title,
    specialty: seed.specialty,
    active: seed.active,
  };
  const [match] = existing;
  if (match) return { person: await db.person.update({ where: { id: match.id }, data }), created: false };
  return { person: await db.person.create({ data }), created: true };
}
