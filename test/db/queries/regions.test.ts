import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ancestorRegionPaths,
  childRegionPath,
  findRegionByCode,
  findRegionByPath,
  listAncestorRegions,
  listChildRegions,
  listDescendantRegions,
  upsertRegionByCode,
} from '../../../src/db/queries/regions.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { buildBasicFixture, type BasicFixture } from '../../support/fixtures.js';

describe('region paths', () => {
  it('builds child paths and lists ancestors root first', () => {
    expect(childRegionPath(null, '35')).toBe('/35/');
    expect(childRegionPath('/35/3508/', '350881')).toBe('/35/3508/350881/');
    expect(ancestorRegionPaths('/35/3508/350881/')).toEqual(['/35/', '/35/3508/']);
    expect(ancestorRegionPaths('/35/')).toEqual([]);
  });
});

describe.each(testProviders())('region queries on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    await upsertRegionByCode(database.db, { code: '350802', name: '新罗区', level: 'COUNTY', parentCode: '3508' });
    // A sibling whose code shares a prefix with 3508 must not count as its descendant.
    await upsertRegionByCode(database.db, { code: '35081', name: '测试市', level: 'CITY', parentCode: '35' });
  });
  afterAll(() => database.destroy());

  it('computes paths from the parent on upsert', () => {
    expect(f.province.path).toBe('/35/');
    expect(f.county.path).toBe('/35/3508/350881/');
    expect(f.county.parentId).toBe(f.city.id);
    expect(f.province.parentId).toBeNull();
  });

  it('updates name and level on a repeated upsert without a second row', async () => {
    const again = await upsertRegionByCode(database.db, {
      code: '350881',
      name: '漳平市（县级市）',
      level: 'COUNTY',
      parentCode: '3508',
    });
    expect(again.id).toBe(f.county.id);
    expect(again.name).toBe('漳平市（县级市）');
    expect(await database.db.region.count({ where: { code: '350881' } })).toBe(1);
  });

  it('refuses an unknown parent and a move to another parent', async () => {
    await expect(
      upsertRegionByCode(database.db, { code: '9', name: 'x', level: 'CITY', parentCode: '99' }),
    ).rejects.toMatchObject({ reason: 'REGION_NOT_FOUND' });
    await expect(
      upsertRegionByCode(database.db, { code: '350881', name: '漳平市', level: 'COUNTY', parentCode: '35' }),
    ).rejects.toMatchObject({ reason: 'REGION_MOVE_UNSUPPORTED' });
  });

  it('finds by code and by path', async () => {
    expect((await findRegionByCode(database.db, '3508'))?.id).toBe(f.city.id);
    expect((await findRegionByPath(database.db, '/35/3508/350881/'))?.id).toBe(f.county.id);
    expect(await findRegionByCode(database.db, 'nope')).toBeNull();
    expect(await findRegionByPath(database.db, '/nope/')).toBeNull();
  });

  it('lists children, descendants and ancestors', async () => {
    expect((await listChildRegions(database.db, f.city.id)).map((r) => r.code)).toEqual(['350802', '350881']);
    expect((await listDescendantRegions(database.db, f.city.path)).map((r) => r.code)).toEqual([
      '350802',
      '350881',
      '350881101',
    ]);
    expect((await listDescendantRegions(database.db, f.township.path)).length).toBe(0);
    expect((await listAncestorRegions(database.db, f.township.path)).map((r) => r.code)).toEqual([
      '35',
      '3508',
      '350881',
    ]);
  });
});
