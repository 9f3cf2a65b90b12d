import type { DbOrTx } from '../db/client.js';
import { bindChatIdentity } from '../db/queries/chat-identities.js';
import { upsertInstitutionByCode } from '../db/queries/institutions.js';
import { upsertPersonByPhone } from '../db/queries/people.js';
import { upsertRegionByCode } from '../db/queries/regions.js';
import { grantRole } from '../db/queries/role-grants.js';
import { writeInChunks } from './chunked.js';
import type { DemoDataset } from './dataset.js';
import type { DemoIds } from './load-ids.js';
import type { DemoPerson, DemoRole } from './people.js';

/** Writes the regions, parents first (the dataset lists them so). */
export async function loadRegions(db: DbOrTx, dataset: DemoDataset, ids: DemoIds): Promise<void> {
  await writeInChunks(db, dataset.regions, async (tx, region) => {
    ids.regions.set(region.code, (await upsertRegionByCode(tx, region)).id);
  });
}

/** Writes the institutions. */
export async function loadInstitutions(db: DbOrTx, dataset: DemoDataset, ids: DemoIds): Promise<void> {
  await writeInChunks(db, dataset.institutions, async (tx, i) => {
    const row = await upsertInstitutionByCode(tx, {
      code: i.code,
      name: i.name,
      aliases: i.aliases,
      kind: i.kind,
      regionCode: i.regionCode,
      address: i.address,
      latitude: i.latitude,
      longitude: i.longitude,
      geofenceRadiusM: i.geofenceRadiusM,
    });
    ids.institutions.set(i.key, row.id);
  });
}

function scopeOf(role: DemoRole, ids: DemoIds): { institutionId?: number; regionId?: number } {
  if ('institutionKey' in role) return { institutionId: ids.institution(role.institutionKey) };
  if ('regionCode' in role) return { regionId: ids.region(role.regionCode) };
  return {};
}

async function loadPerson(db: DbOrTx, person: DemoPerson, ids: DemoIds, grantedAt: Date): Promise<void> {
  const { person: row } = await upsertPersonByPhone(db, {
    name: person.name,
    phone: person.phone,
    homeInstitutionId: ids.institution(person.homeInstitutionKey),
    title: person.title,
    specialty: person.specialty,
    active: true,
  });
  ids.people.set(person.openId, row.id);
  await bindChatIdentity(db, {
    personId: row.id,
    platform: 'FEISHU',
    platformUserId: person.openId,
    method: 'SEED',
    boundById: null,
  });
  for (const role of person.roles) {
    await grantRole(db, { personId: row.id, role: role.role, ...scopeOf(role, ids), grantedById: null, at: grantedAt });
  }
}

/**
 * Writes the people (keyed by their fake phone numbers), binds each to their `ou_demo_` Feishu open_id
 * and grants their roles; every step finds what an earlier load wrote.
 */
export async function loadPeople(db: DbOrTx, dataset: DemoDataset, ids: DemoIds, grantedAt: Date): Promise<void> {
  await writeInChunks(db, dataset.people, (tx, person) => loadPerson(tx, person, ids, grantedAt));
}
