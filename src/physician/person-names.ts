import type { DbOrTx } from '../db/client.js';
import { findPersonById } from '../db/queries/people.js';

/** The names of some people by id (a handful: who decided what on a card). Unknown ids are left out. */
export async function personNames(db: DbOrTx, ids: readonly number[]): Promise<Map<number, string>> {
  const people = await Promise.all([...new Set(ids)].map((id) => findPersonById(db, id)));
  return new Map(people.flatMap((person) => (person ? [[person.id, person.name] as const] : [])));
}
