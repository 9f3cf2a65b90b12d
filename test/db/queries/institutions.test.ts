import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findInstitutionByCode,
  findInstitutionById,
  findInstitutionByNameOrAlias,
  listInstitutionsInRegion,
  listProgramInstitutions,
  upsertInstitutionByCode,
} from '../../../src/db/queries/institutions.js';
import {
  isGenericName,
  joinAliases,
  nameCore,
  nameSimilarity,
  splitAliases,
} from '../../../src/db/queries/institution-names.js';
import { upsertRegionByCode } from '../../../src/db/queries/regions.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { addClinic, buildBasicFixture, type BasicFixture } from '../../support/fixtures.js';

describe('institution names', () => {
  it('strips generic suffixes down to the distinctive core', () => {
    expect(nameCore('石门镇卫生院')).toBe('石门');
    expect(nameCore('石门卫生院')).toBe('石门');
    expect(nameCore(' 石门 ')).toBe('石门');
    expect(nameCore('东城社区卫生服务中心')).toBe('东城');
    expect(nameCore('卫生院')).toBe('卫生院');
    expect(isGenericName('卫生院')).toBe(true);
    expect(isGenericName(' 社区卫生服务中心')).toBe(true);
    expect(isGenericName('石门卫生院')).toBe(false);
  });

  it('scores the closer name higher', () => {
    expect(nameSimilarity('石门镇卫生院', '石门镇卫生院')).toBe(1);
    expect(nameSimilarity('石门卫生院', '石门镇卫生院')).toBeGreaterThan(nameSimilarity('石门卫生院', '石门村卫生室'));
  });

  it('splits and joins aliases', () => {
    expect(joinAliases([' 石门院 ', '', '石门'])).toBe('石门院|石门');
    expect(splitAliases('石门院|石门|')).toEqual(['石门院', '石门']);
    expect(splitAliases('')).toEqual([]);
  });
});

describe.each(testProviders())('institution queries on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    await upsertRegionByCode(database.db, { code: '350802', name: '新罗区', level: 'COUNTY', parentCode: '3508' });
    await addClinic(database.db, 'C-SMC', '石门村卫生室', '350881101');
    await addClinic(database.db, 'C-XL', '新罗区东城社区卫生服务中心', '350802');
    await upsertInstitutionByCode(database.db, {
      code: 'C-HX',
      name: '和平镇卫生院',
      aliases: ['和平院', '老和平'],
      kind: 'TOWNSHIP_HEALTH_CENTER',
      regionCode: '350881',
    });
  });
  afterAll(() => database.destroy());

  it('copies the region path and updates on a repeated upsert', async () => {
    expect(f.clinic.regionPath).toBe(f.township.path);
    const moved = await upsertInstitutionByCode(database.db, {
      code: 'C-SM',
      name: '石门镇卫生院',
      kind: 'TOWNSHIP_HEALTH_CENTER',
      regionCode: '350881',
      latitude: 25.3,
      longitude: 117.4,
      geofenceRadiusM: 300,
    });
    expect(moved.id).toBe(f.clinic.id);
    expect(moved.regionPath).toBe(f.county.path);
    expect(moved.geofenceRadiusM).toBe(300);
    const back = await upsertInstitutionByCode(database.db, {
      code: 'C-SM',
      name: '石门镇卫生院',
      kind: 'TOWNSHIP_HEALTH_CENTER',
      regionCode: '350881101',
    });
    expect(back.regionPath).toBe(f.township.path);
    expect(back.latitude).toBe(25.3);
    expect(await database.db.institution.count({ where: { code: 'C-SM' } })).toBe(1);
  });

  it('refuses an unknown region', async () => {
    await expect(
      upsertInstitutionByCode(database.db, { code: 'X', name: 'x', kind: 'CITY_HOSPITAL', regionCode: '0' }),
    ).rejects.toMatchObject({ reason: 'REGION_NOT_FOUND' });
  });

  it('finds by id and code', async () => {
    expect((await findInstitutionById(database.db, f.clinic.id))?.code).toBe('C-SM');
    expect((await findInstitutionByCode(database.db, 'H-ZP'))?.id).toBe(f.hospital.id);
    expect(await findInstitutionById(database.db, 999_999)).toBeNull();
    expect(await findInstitutionByCode(database.db, 'nope')).toBeNull();
  });

  it.each(['石门卫生院', '石门镇卫生院', '石门', ' 石门镇 '])('finds 石门镇卫生院 first for %j', async (typed) => {
    const found = await findInstitutionByNameOrAlias(database.db, typed);
    expect(found[0]?.name).toBe('石门镇卫生院');
  });

  it('returns only the exact match when the text is a full name or an alias', async () => {
    expect((await findInstitutionByNameOrAlias(database.db, '石门镇卫生院')).map((i) => i.code)).toEqual(['C-SM']);
    expect((await findInstitutionByNameOrAlias(database.db, '老和平')).map((i) => i.code)).toEqual(['C-HX']);
  });

  it('returns nothing for unknown or purely generic text, and respects the filter', async () => {
    expect(await findInstitutionByNameOrAlias(database.db, '白沙')).toEqual([]);
    expect(await findInstitutionByNameOrAlias(database.db, '   ')).toEqual([]);
    expect(await findInstitutionByNameOrAlias(database.db, '卫生院')).toEqual([]);
    expect(await findInstitutionByNameOrAlias(database.db, '东城', { regionPath: f.county.path })).toEqual([]);
    expect((await findInstitutionByNameOrAlias(database.db, '东城')).map((i) => i.code)).toEqual(['C-XL']);
    expect((await findInstitutionByNameOrAlias(database.db, '石门', { kinds: ['COUNTY_HOSPITAL'] })).length).toBe(0);
  });

  it('lists institutions in a region subtree', async () => {
    const inCounty = await listInstitutionsInRegion(database.db, f.county.path);
    expect(inCounty.map((i) => i.code).sort()).toEqual(['C-HX', 'C-SM', 'C-SMC', 'H-ZP']);
    const clinicsInCity = await listInstitutionsInRegion(database.db, f.city.path, {
      kinds: ['TOWNSHIP_HEALTH_CENTER'],
    });
    expect(clinicsInCity.map((i) => i.code).sort()).toEqual(['C-HX', 'C-SM', 'C-SMC', 'C-XL']);
  });

  it('lists the institutions of a program by side', async () => {
    const recipients = await listProgramInstitutions(database.db, f.program.id, 'RECIPIENT');
    expect(recipients.map((i) => i.code)).toEqual(['C-SM']);
    const supporting = await listProgramInstitutions(database.db, f.program.id, 'SUPPORTING');
    expect(supporting.map((i) => i.code)).toEqual(['H-ZP']);
    expect(
      await listProgramInstitutions(database.db, f.program.id, 'RECIPIENT', { regionPath: '/35/3508/350802/' }),
    ).toEqual([]);
  });
});
