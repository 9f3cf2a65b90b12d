import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listServiceDaysOfPhysicianOn } from '../../../src/db/queries/service-day-lists.js';
import { findServiceDayDetailById, recordCheckIn } from '../../../src/db/queries/service-days.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { addClinic, buildBasicFixture, checkInAt, type BasicFixture } from '../../support/fixtures.js';

describe.each(testProviders())('service-day lookups for the work log on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    const other = await addClinic(database.db, 'C-SY', '双洋镇卫生院', f.township.code);
    await recordCheckIn(database.db, checkInAt(f, '2023-08-14', 'in-1'));
    await recordCheckIn(database.db, checkInAt(f, '2023-08-15', 'in-2'));
    await recordCheckIn(database.db, checkInAt(f, '2023-08-15', 'in-3', { institutionId: other.id }));
  });
  afterAll(() => database.destroy());

  it('lists a physician’s days on one date, with their clinics', async () => {
    const days = await listServiceDaysOfPhysicianOn(database.db, f.physician.id, '2023-08-15');
    expect(days.map((d) => d.institution.name)).toEqual(['石门镇卫生院', '双洋镇卫生院']);
    expect(await listServiceDaysOfPhysicianOn(database.db, f.physician.id, '2023-08-16')).toEqual([]);
  });

  it('finds a day by id with its clinic and physician, or null', async () => {
    const [day] = await listServiceDaysOfPhysicianOn(database.db, f.physician.id, '2023-08-14');
    const found = await findServiceDayDetailById(database.db, day?.id ?? 0);
    expect(found).toMatchObject({
      serviceDate: '2023-08-14',
      institution: { name: '石门镇卫生院' },
      physician: { name: '王医生' },
    });
    expect(await findServiceDayDetailById(database.db, 999_999)).toBeNull();
  });
});
