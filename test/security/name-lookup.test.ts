import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInstitutionByNameOrAlias } from '../../src/db/queries/institutions.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { buildBasicFixture } from '../support/fixtures.js';

/** Issue 12 §4: `%` and `_` typed by a user are characters, not wildcards, in name lookups. */
describe.each(testProviders())('name lookups take %% and _ literally (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await buildBasicFixture(database.db);
  });
  afterAll(() => database.destroy());

  it.each(['%', '_', '%卫生院', '石门_卫生院', '石_', '%%'])('"%s" matches no clinic', async (typed) => {
    expect(await findInstitutionByNameOrAlias(database.db, typed)).toEqual([]);
  });

  it('still finds a clinic by a part of its name', async () => {
    expect((await findInstitutionByNameOrAlias(database.db, '石门')).map((i) => i.name)).toEqual(['石门镇卫生院']);
  });
});
