import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRegionsByName } from '../../../src/db/queries/region-names.js';
import { upsertRegionByCode } from '../../../src/db/queries/regions.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { buildBasicFixture } from '../../support/fixtures.js';

describe.each(testProviders())('region name lookup on %s', (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await buildBasicFixture(database.db);
    // Two regions that answer to `鼓楼`: a district and, for the test, a township of the same name.
    await upsertRegionByCode(database.db, { code: '3501', name: '福州市', level: 'CITY', parentCode: '35' });
    await upsertRegionByCode(database.db, { code: '350102', name: '鼓楼区', level: 'COUNTY', parentCode: '3501' });
    await upsertRegionByCode(database.db, {
      code: '350881102',
      name: '鼓楼镇',
      level: 'TOWNSHIP',
      parentCode: '350881',
    });
  });
  afterAll(() => database.destroy());

  it('finds a region by its full name', async () => {
    expect((await findRegionsByName(database.db, '漳平市')).map((r) => r.code)).toEqual(['350881']);
  });

  it('finds a region with its level word left off', async () => {
    expect((await findRegionsByName(database.db, '龙岩')).map((r) => r.code)).toEqual(['3508']);
    expect((await findRegionsByName(database.db, ' 福建 ')).map((r) => r.code)).toEqual(['35']);
  });

  it('returns every candidate when a short name is ambiguous, and an exact name alone', async () => {
    expect((await findRegionsByName(database.db, '鼓楼')).map((r) => r.name).sort()).toEqual(['鼓楼区', '鼓楼镇']);
    expect((await findRegionsByName(database.db, '鼓楼区')).map((r) => r.code)).toEqual(['350102']);
  });

  it('finds nothing for an unknown or empty name', async () => {
    expect(await findRegionsByName(database.db, '不存在')).toEqual([]);
    expect(await findRegionsByName(database.db, '  ')).toEqual([]);
  });
});
