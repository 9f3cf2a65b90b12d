import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeGrantsOf,
  activeRolesOf,
  grantRole,
  institutionRoleHolders,
  regionCoordinatorsAbove,
  regionCoordinatorsOf,
  revokeGrant,
  type GrantInput,
} from '../../../src/db/queries/role-grants.js';
import { upsertTourTeam } from '../../../src/db/queries/tours.js';
import type { RoleName } from '../../../src/domain/roles.js';
import type { Person } from '../../../src/generated/sqlite/client.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { addPerson, buildBasicFixture, type BasicFixture } from '../../support/fixtures.js';

const at = new Date('2023-07-01T01:00:00Z');
const later = new Date('2023-07-02T01:00:00Z');

describe.each(testProviders())('role grant queries on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;
  let admin: Person;
  let coordinator: Person;
  let head: Person;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    admin = await addPerson(database.db, '管理员', null);
    coordinator = await addPerson(database.db, '吴联络', f.hospital.id);
    head = await addPerson(database.db, '杨院长', f.clinic.id);
  });
  afterAll(() => database.destroy());

  it('grants a role with its scope resolved to a region path', async () => {
    const { grant, created } = await grantRole(database.db, {
      personId: coordinator.id,
      role: 'HOSPITAL_COORDINATOR',
      institutionId: f.hospital.id,
      grantedById: admin.id,
      at,
    });
    expect(created).toBe(true);
    expect(grant).toMatchObject({
      role: 'HOSPITAL_COORDINATOR',
      scopeName: '漳平市医院',
      grantedAt: at,
      scope: { role: 'HOSPITAL_COORDINATOR', institutionId: f.hospital.id, regionPath: f.county.path },
    });

    const region = await grantRole(database.db, {
      personId: coordinator.id,
      role: 'REGION_COORDINATOR',
      regionId: f.county.id,
      grantedById: admin.id,
      at,
    });
    expect(region.grant.scope).toEqual({
      role: 'REGION_COORDINATOR',
      regionId: f.county.id,
      regionPath: f.county.path,
    });
    expect(region.grant.scopeName).toBe('漳平市');

    const physician = await grantRole(database.db, {
      personId: f.physician.id,
      role: 'PHYSICIAN',
      grantedById: null,
      at,
    });
    expect(physician.grant.scope).toEqual({ role: 'PHYSICIAN' });
    expect(physician.grant.scopeName).toBeNull();
  });

  it('does not duplicate an identical active grant', async () => {
    const again = await grantRole(database.db, {
      personId: coordinator.id,
      role: 'HOSPITAL_COORDINATOR',
      institutionId: f.hospital.id,
      grantedById: admin.id,
      at: later,
    });
    expect(again.created).toBe(false);
    expect(again.grant.grantedAt).toEqual(at);
    expect(await activeGrantsOf(database.db, coordinator.id)).toHaveLength(2);
  });

  it('refuses a scope that does not fit the role', async () => {
    const bad = [
      { role: 'CLINIC_HEAD' as const, regionId: f.county.id },
      { role: 'REGION_COORDINATOR' as const, institutionId: f.hospital.id },
      { role: 'PHYSICIAN' as const, institutionId: f.hospital.id },
      { role: 'HOSPITAL_COORDINATOR' as const },
    ];
    for (const input of bad) {
      await expect(
        grantRole(database.db, { personId: head.id, grantedById: admin.id, at, ...input }),
      ).rejects.toMatchObject({ reason: 'SCOPE_MISMATCH' });
    }
    expect(await activeGrantsOf(database.db, head.id)).toEqual([]);
  });

  it('revokes by stamping the grant, keeps the row, and grants afresh afterwards', async () => {
    const { grant } = await grantRole(database.db, {
      personId: head.id,
      role: 'CLINIC_HEAD',
      institutionId: f.clinic.id,
      grantedById: admin.id,
      at,
    });
    expect(await revokeGrant(database.db, { grantId: grant.id, revokedById: admin.id, at: later })).toBe(true);
    expect(await revokeGrant(database.db, { grantId: grant.id, revokedById: admin.id, at: later })).toBe(false);
    expect(await activeRolesOf(database.db, head.id)).toEqual([]);
    const row = await database.db.roleGrant.findUniqueOrThrow({ where: { id: grant.id } });
    expect(row).toMatchObject({ revokedAt: later, revokedById: admin.id });

    const regrant = await grantRole(database.db, {
      personId: head.id,
      role: 'CLINIC_HEAD',
      institutionId: f.clinic.id,
      grantedById: admin.id,
      at: later,
    });
    expect(regrant.created).toBe(true);
    expect(await activeRolesOf(database.db, head.id)).toEqual([
      { role: 'CLINIC_HEAD', institutionId: f.clinic.id, regionPath: f.township.path },
    ]);
  });

  it('finds the holders of a role for an institution, active people only', async () => {
    expect((await institutionRoleHolders(database.db, 'CLINIC_HEAD', f.clinic.id)).map((p) => p.id)).toEqual([head.id]);
    expect(
      (await institutionRoleHolders(database.db, 'HOSPITAL_COORDINATOR', f.hospital.id)).map((p) => p.name),
    ).toEqual(['吴联络']);
    expect(await institutionRoleHolders(database.db, 'CLINIC_HEAD', f.hospital.id)).toEqual([]);

    const retired = await addPerson(database.db, '退休院长', f.clinic.id);
    await grantRole(database.db, {
      personId: retired.id,
      role: 'CLINIC_HEAD',
      institutionId: f.clinic.id,
      grantedById: null,
      at,
    });
    await database.db.person.update({ where: { id: retired.id }, data: { active: false } });
    expect((await institutionRoleHolders(database.db, 'CLINIC_HEAD', f.clinic.id)).map((p) => p.id)).toEqual([head.id]);
  });

  it('finds the coordinators of a region and those above a path, nearest first', async () => {
    const cityCoordinator = await addPerson(database.db, '邱市级', null);
    const provinceCoordinator = await addPerson(database.db, '林省级', null);
    const grant = (personId: number, regionId: number) =>
      grantRole(database.db, { personId, role: 'REGION_COORDINATOR', regionId, grantedById: admin.id, at });
    await grant(provinceCoordinator.id, f.province.id);
    await grant(cityCoordinator.id, f.city.id);

    expect((await regionCoordinatorsOf(database.db, f.county.id)).map((p) => p.id)).toEqual([coordinator.id]);

    const above = await regionCoordinatorsAbove(database.db, f.township.path);
    expect(above.map((c) => [c.person.name, c.regionPath])).toEqual([
      ['吴联络', f.county.path],
      ['邱市级', f.city.path],
      ['林省级', f.province.path],
    ]);
    // A sibling path is not below the county.
    const sibling = await regionCoordinatorsAbove(database.db, '/35/3508/350802/');
    expect(sibling.map((c) => c.person.name)).toEqual(['邱市级', '林省级']);
  });

  // Last: its grants would be found by the holder queries above.
  it('lists active grants in one read exactly as granting resolved them, for every kind of scope', async () => {
    const holder = await addPerson(database.db, '郑多职', f.hospital.id);
    const team = await upsertTourTeam(database.db, {
      programId: f.program.id,
      hospitalId: f.hospital.id,
      label: '第1队',
      countyIds: [f.county.id],
    });
    const grant = (role: RoleName, scope: Partial<GrantInput> = {}) =>
      grantRole(database.db, { personId: holder.id, role, grantedById: admin.id, at, ...scope });
    const granted = [
      await grant('PHYSICIAN'),
      await grant('HOSPITAL_COORDINATOR', { institutionId: f.hospital.id }),
      await grant('REGION_COORDINATOR', { regionId: f.county.id }),
      await grant('TEAM_LEADER', { tourTeamId: team.id }),
    ];
    const revoked = await grant('CLINIC_HEAD', { institutionId: f.clinic.id });
    await revokeGrant(database.db, { grantId: revoked.grant.id, revokedById: admin.id, at: later });

    const listed = await activeGrantsOf(database.db, holder.id);
    expect(listed).toEqual(granted.map((g) => g.grant));
    expect(listed.map((g) => g.scopeName)).toEqual([null, '漳平市医院', '漳平市', '漳平市医院第1队']);
    expect(listed[3]?.scope).toEqual({
      role: 'TEAM_LEADER',
      tourTeamId: team.id,
      institutionId: f.hospital.id,
      regionPath: f.hospital.regionPath,
    });
    expect(await activeRolesOf(database.db, holder.id)).toEqual(listed.map((g) => g.scope));
  });
});
