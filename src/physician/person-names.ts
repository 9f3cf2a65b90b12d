import type { DbOrTx } from '../db/client.js';
import { listPeopleByIds } from '../db/queries/people.js';

/** The names of some people by id (who decided what on a card), in one read. Unknown ids are left out. */
export async function personNames(db: DbOrTx, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const people = await listPeopleByIds(db, ids);
  return new Map(people.map((person) => [person.id, person.name] as const));
}
