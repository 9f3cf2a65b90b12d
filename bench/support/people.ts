import type { Db } from '../../src/db/client.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import type { FeishuEmulator } from '../../test/emulator/feishu/index.js';

/** A registered physician of the bench: their person id and Feishu open_id. */
export interface BenchPerson {
  id: number;
  openId: string;
  name: string;
}

/**
 * Registers `count` physicians through the query functions (person, Feishu identity, PHYSICIAN grant)
 * and makes them known to the emulator's directory, so the bot can write to them.
 */
export async function registerPhysicians(
  db: Db,
  emulator: FeishuEmulator,
  count: number,
  options: { homeInstitutionId?: number; tag?: string } = {},
): Promise<BenchPerson[]> {
  const tag = options.tag ?? 'bench';
  const people: BenchPerson[] = [];
  for (let i = 0; i < count; i++) {
    const openId = `ou_${tag}_${i}`;
    const name = `医师${tag}${i}`;
    const { person } = await upsertPersonByPhone(db, {
      name,
      phone: `139${String(i).padStart(8, '0')}`,
      ...(options.homeInstitutionId === undefined ? {} : { homeInstitutionId: options.homeInstitutionId }),
    });
    await bindChatIdentity(db, {
      personId: person.id,
      platform: 'FEISHU',
      platformUserId: openId,
      method: 'SEED',
      boundById: null,
    });
    await grantRole(db, { personId: person.id, grantedById: null, at: new Date(), role: 'PHYSICIAN' });
    emulator.state.addUser({ open_id: openId, name });
    people.push({ id: person.id, openId, name });
  }
  return people;
}
