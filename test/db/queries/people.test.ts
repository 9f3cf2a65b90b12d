import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findPeopleByName,
  findPeopleByPhone,
  findPersonById,
  upsertPersonByPhone,
} from '../../../src/db/queries/people.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { buildBasicFixture, type BasicFixture } from '../../support/fixtures.js';

describe.each(testProviders())('people queries on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
  });
  afterAll(() => database.destroy());

  it('creates a person keyed by the canonical phone, then updates the same person', async () => {
    const first = await upsertPersonByPhone(database.db, {
      name: ' 张三 ',
      phone: '+86 138-0013-8000',
      homeInstitutionId: f.hospital.id,
      title: 'ATTENDING',
      specialty: '内科',
    });
    expect(first.created).toBe(true);
    expect(first.person).toMatchObject({ name: '张三', phone: '13800138000', title: 'ATTENDING' });

    const again = await upsertPersonByPhone(database.db, { name: '张三', phone: '0086 13800138000', title: 'CHIEF' });
    expect(again.created).toBe(false);
    expect(again.person.id).toBe(first.person.id);
    // Fields left out are kept.
    expect(again.person).toMatchObject({ title: 'CHIEF', specialty: '内科', homeInstitutionId: f.hospital.id });
  });

  it('refuses to key a person by something that is not a phone number', async () => {
    await expect(upsertPersonByPhone(database.db, { name: '李四', phone: '无' })).rejects.toMatchObject({
      reason: 'BAD_PHONE',
    });
  });

  it('refuses to guess when two records already share a phone', async () => {
    await database.db.person.createMany({
      data: [
        { name: '重复甲', phone: '13900000001' },
        { name: '重复乙', phone: '13900000001' },
      ],
    });
    await expect(upsertPersonByPhone(database.db, { name: '重复', phone: '13900000001' })).rejects.toMatchObject({
      reason: 'PHONE_SHARED',
    });
    expect(await findPeopleByPhone(database.db, '139 0000 0001')).toHaveLength(2);
  });

  it('finds active people by phone however it is written, with their home institution', async () => {
    const [person] = await findPeopleByPhone(database.db, '+8613800138000');
    expect(person).toMatchObject({
      name: '张三',
      homeInstitution: { id: f.hospital.id, regionPath: f.hospital.regionPath },
    });
    expect(await findPeopleByPhone(database.db, '138-0013-8000')).toHaveLength(1);
    expect(await findPeopleByPhone(database.db, 'not a phone')).toEqual([]);

    await upsertPersonByPhone(database.db, { name: '离职者', phone: '13700000000', active: false });
    expect(await findPeopleByPhone(database.db, '13700000000')).toEqual([]);
  });

  it('finds people by id and by name within one institution', async () => {
    const found = await findPersonById(database.db, f.physician.id);
    expect(found).toMatchObject({ name: '王医生', homeInstitution: { name: '漳平市医院' } });
    expect(await findPersonById(database.db, 999_999)).toBeNull();

    expect((await findPeopleByName(database.db, f.hospital.id, ' 王医生 ')).map((p) => p.id)).toEqual([f.physician.id]);
    expect(await findPeopleByName(database.db, f.clinic.id, '王医生')).toEqual([]);
  });
});
