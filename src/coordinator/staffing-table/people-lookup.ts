import type { DbOrTx } from '../../db/client.js';
import { listActivePeopleByPhones, listActivePeopleOf, type PersonWithHome } from '../../db/queries/people.js';
import { normalizePhone } from '../../identity/phone.js';
import type { StaffingRow } from './parse.js';

/** How many phone numbers one query asks for (well under every database's parameter limit). */
const PHONES_PER_QUERY = 500;

/**
 * The people a table's rows may name, looked up in a few queries rather than one or two per row (a
 * 5,000-row table previews in seconds): every phone of the table at once, and each hospital's staff once.
 */
export class PeopleLookup {
  private readonly byPhone = new Map<string, PersonWithHome[]>();
  private readonly staff = new Map<number, Promise<Map<string, PersonWithHome[]>>>();

  private constructor(private readonly db: DbOrTx) {}

  /** A lookup with the people of every phone in the rows loaded. */
  static async forRows(db: DbOrTx, rows: readonly StaffingRow[]): Promise<PeopleLookup> {
    const lookup = new PeopleLookup(db);
    const phones = [...new Set(rows.flatMap((row) => normalizePhone(row.cells.phone ?? '') ?? []))];
    for (let at = 0; at < phones.length; at += PHONES_PER_QUERY) {
      for (const person of await listActivePeopleByPhones(db, phones.slice(at, at + PHONES_PER_QUERY))) {
        const phone = person.phone ?? '';
        lookup.byPhone.set(phone, [...(lookup.byPhone.get(phone) ?? []), person]);
      }
    }
    return lookup;
  }

  /** Active people with this phone, however written. */
  withPhone(phone: string): PersonWithHome[] {
    return this.byPhone.get(normalizePhone(phone) ?? '') ?? [];
  }

  /** Active people of a hospital with exactly this name. */
  async named(hospitalId: number, name: string): Promise<PersonWithHome[]> {
    const staff = this.staff.get(hospitalId) ?? this.loadStaff(hospitalId);
    this.staff.set(hospitalId, staff);
    return (await staff).get(name.trim()) ?? [];
  }

  private async loadStaff(hospitalId: number): Promise<Map<string, PersonWithHome[]>> {
    const byName = new Map<string, PersonWithHome[]>();
    for (const person of await listActivePeopleOf(this.db, hospitalId)) {
      byName.set(person.name, [...(byName.get(person.name) ?? []), person]);
    }
    return byName;
  }
}
