import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listServiceDaysInRegionForMonth,
  listServiceDaysOfInstitution,
  listServiceDaysOfPhysicianInMonth,
  listServiceDaysWithoutCheckOutBefore,
  listServiceDaysWithoutCheckOutOn,
  listUnconfirmedServiceDaysOlderThan,
} from '../../../src/db/queries/service-day-lists.js';
import { appendServiceDayConfirmation } from '../../../src/db/queries/service-day-confirmations.js';
import { recordCheckIn, recordCheckOut } from '../../../src/db/queries/service-days.js';
import { upsertRegionByCode } from '../../../src/db/queries/regions.js';
import type { Institution } from '../../../src/generated/sqlite/client.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { addClinic, buildBasicFixture, checkInAt, type BasicFixture } from '../../support/fixtures.js';

describe.each(testProviders())('service-day listings on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;
  let cityClinic: Institution;
  const dates = (days: { serviceDate: string }[]) => days.map((d) => d.serviceDate);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    await upsertRegionByCode(database.db, { code: '350802', name: '新罗区', level: 'COUNTY', parentCode: '3508' });
    cityClinic = await addClinic(database.db, 'C-DC', '东城社区卫生服务中心', '350802');
    // Days straddling the July/August and August/September boundaries.
    for (const date of ['2023-07-31', '2023-08-01', '2023-08-15', '2023-08-31', '2023-09-01']) {
      const { day } = await recordCheckIn(database.db, checkInAt(f, date, `in-${date}`));
      if (date !== '2023-08-15' && date !== '2023-09-01') {
        await recordCheckOut(database.db, day.id, { ...checkInAt(f, date, `out-${date}`), method: 'TEXT' });
      }
    }
    await recordCheckIn(database.db, checkInAt(f, '2023-08-20', 'in-city', { institutionId: cityClinic.id }));
  });
  afterAll(() => database.destroy());

  it('lists a physician’s days in a month, boundaries included', async () => {
    const august = await listServiceDaysOfPhysicianInMonth(database.db, f.physician.id, '2023-08');
    expect(dates(august)).toEqual(['2023-08-01', '2023-08-15', '2023-08-20', '2023-08-31']);
    expect(august[0]?.institution.name).toBe('石门镇卫生院');
    expect(august[0]?.physician.name).toBe('王医生');
    expect(
      await listServiceDaysOfPhysicianInMonth(database.db, f.physician.id, '2023-08', { programId: f.program.id + 1 }),
    ).toEqual([]);
  });

  it('lists a clinic’s days in a date range', async () => {
    const days = await listServiceDaysOfInstitution(database.db, f.clinic.id, '2023-07-31', '2023-08-15');
    expect(dates(days)).toEqual(['2023-07-31', '2023-08-01', '2023-08-15']);
    expect(dates(await listServiceDaysOfInstitution(database.db, cityClinic.id, '2023-08-01', '2023-08-31'))).toEqual([
      '2023-08-20',
    ]);
  });

  it('lists days in a region subtree for a month', async () => {
    expect(dates(await listServiceDaysInRegionForMonth(database.db, f.county.path, '2023-08'))).toEqual([
      '2023-08-01',
      '2023-08-15',
      '2023-08-31',
    ]);
    expect(await listServiceDaysInRegionForMonth(database.db, f.city.path, '2023-08')).toHaveLength(4);
    expect(
      await listServiceDaysInRegionForMonth(database.db, f.city.path, '2023-08', { programId: f.program.id }),
    ).toHaveLength(4);
    expect(await listServiceDaysInRegionForMonth(database.db, f.county.path, '2023-06')).toEqual([]);
  });

  it('lists days without a check-out on and before a date', async () => {
    expect(dates(await listServiceDaysWithoutCheckOutOn(database.db, '2023-08-15'))).toEqual(['2023-08-15']);
    expect(await listServiceDaysWithoutCheckOutOn(database.db, '2023-08-01')).toEqual([]);
    expect(dates(await listServiceDaysWithoutCheckOutBefore(database.db, '2023-09-01'))).toEqual([
      '2023-08-15',
      '2023-08-20',
    ]);
    expect(await listServiceDaysWithoutCheckOutBefore(database.db, '2023-08-15')).toEqual([]);
  });

  it('lists unconfirmed days at least N days old, optionally per clinic', async () => {
    const first = (await listServiceDaysOfPhysicianInMonth(database.db, f.physician.id, '2023-08'))[0]!;
    await appendServiceDayConfirmation(database.db, {
      serviceDayId: first.id,
      status: 'CONFIRMED',
      byId: f.physician.id,
      at: new Date('2023-08-02T01:00:00Z'),
    });
    expect(dates(await listUnconfirmedServiceDaysOlderThan(database.db, '2023-08-18', 3))).toEqual([
      '2023-07-31',
      '2023-08-15',
    ]);
    expect(dates(await listUnconfirmedServiceDaysOlderThan(database.db, '2023-08-23', 3))).toEqual([
      '2023-07-31',
      '2023-08-15',
      '2023-08-20',
    ]);
    expect(
      dates(
        await listUnconfirmedServiceDaysOlderThan(database.db, '2023-08-23', 3, { institutionIds: [cityClinic.id] }),
      ),
    ).toEqual(['2023-08-20']);
  });
});
