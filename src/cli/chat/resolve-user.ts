import { DEMO_OPEN_ID_PREFIX, type DemoPerson } from '../../demo/people.js';
import { PHYSICIANS } from '../../demo/physicians.js';
import { STAFF } from '../../demo/staff.js';

/** Who `--as` named: one demo person, several (ambiguous), or an open_id taken as given. */
export type ResolvedUser =
  | { kind: 'one'; openId: string; name?: string }
  | { kind: 'ambiguous'; candidates: DemoPerson[] }
  | { kind: 'unknown' };

/**
 * Resolves `--as`: a Feishu open_id (`ou_…`) is used as is; otherwise the name of a demo person
 * (`npm run seed:demo` loads them with these open_ids).
 */
export function resolveSandboxUser(as: string): ResolvedUser {
  const people: readonly DemoPerson[] = [...STAFF, ...PHYSICIANS];
  if (as.startsWith('ou_')) {
    const known = people.find((person) => person.openId === as);
    return { kind: 'one', openId: as, ...(known ? { name: known.name } : {}) };
  }
  const slug = people.find((person) => person.openId === `${DEMO_OPEN_ID_PREFIX}${as}`);
  if (slug) return { kind: 'one', openId: slug.openId, name: slug.name };
  const named = people.filter((person) => person.name === as);
  if (named.length === 1 && named[0]) return { kind: 'one', openId: named[0].openId, name: named[0].name };
  return named.length > 1 ? { kind: 'ambiguous', candidates: named } : { kind: 'unknown' };
}
