import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  WORK_LOG_METRICS,
  getWorkLogWithHistory,
  saveWorkLog,
  sumWorkLogsForPhysicianInMonth,
  sumWorkLogsForServiceDays,
  sumWorkLogsInRegionForMonth,
  type WorkLogTotals,
} from '../../../src/db/queries/work-logs.js';
import { recordCheckIn } from '../../../src/db/queries/service-days.js';
import { upsertRegionByCode } from '../../../src/db/queries/regions.js';
import type { ServiceDay } from '../../../src/generated/sqlite/client.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { addClinic, addPerson, buildBasicFixture, checkInAt, type BasicFixture } from '../../support/fixtures.js';

const at = new Date('2023-08-31T09:00:00Z');

function totals(partial: Partial<WorkLogTotals>): WorkLogTotals {
  const zero = Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, 0])) as WorkLogTotals;
  return { ...zero, logs: 0, ...partial };
}

describe.each(testProviders())('work logs on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;
  const days: Record<string, ServiceDay> = {};

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    await upsertRegionByCode(database.db, { code: '350802', name: '新罗区', level: 'COUNTY', parentCode: '3508' });
    const cityClinic = await addClinic(database.db, 'C-DC', '东城社区卫生服务中心', '350802');
    const colleague = await addPerson(database.db, '李医生', f.hospital.id);
    for (const date of ['2023-07-31', '2023-08-01', '2023-08-31', '2023-09-01']) {
      days[date] = (await recordCheckIn(database.db, checkInAt(f, date, `in-${date}`))).day;
    }
    days.city = (
      await recordCheckIn(database.db, checkInAt(f, '2023-08-10', 'in-city', { institutionId: cityClinic.id }))
    ).day;
    days.colleague = (
      await recordCheckIn(database.db, checkInAt(f, '2023-08-10', 'in-colleague', { physicianId: colleague.id }))
    ).day;
  });
  afterAll(() => database.destroy());

  it('creates version 1 with a revision, then bumps the version and appends one per edit', async () => {
    const day = days['2023-08-01']!;
    const first = await saveWorkLog(database.db, {
      serviceDayId: day.id,
      values: { patients: 30, lectures: 1 },
      note: '门诊',
      authorId: f.physician.id,
      at,
    });
    expect(first.created).toBe(true);
    expect(first.log).toMatchObject({ version: 1, patients: 30, lectures: 1, homeVisits: 0, note: '门诊' });
    const second = await saveWorkLog(database.db, {
      serviceDayId: day.id,
      values: { patients: 32, homeVisits: 2 },
      authorId: f.physician.id,
      at: new Date('2023-09-01T01:00:00Z'),
    });
    expect(second).toMatchObject({ created: false, log: { id: first.log.id, version: 2, patients: 32, lectures: 1 } });
    const history = await getWorkLogWithHistory(database.db, day.id);
    expect(history?.revisions.map((r) => r.version)).toEqual([1, 2]);
    expect(history?.revisions[0]?.values).toMatchObject({ patients: 30, homeVisits: 0, note: '门诊' });
    expect(history?.revisions[1]?.values).toMatchObject({ patients: 32, homeVisits: 2, lectures: 1, note: '门诊' });
    expect(history?.revisions[1]?.editedAt).toEqual(new Date('2023-09-01T01:00:00Z'));
    expect(await getWorkLogWithHistory(database.db, days['2023-07-31']!.id)).toBeNull();
  });

  it('writes nothing when the revision fails', async () => {
    const day = days['2023-08-01']!;
    await expect(
      saveWorkLog(database.db, {
        serviceDayId: day.id,
        values: { patients: 99 },
        authorId: f.physician.id,
        at: new Date('x'),
      }),
    ).rejects.toThrow();
    const log = await getWorkLogWithHistory(database.db, day.id);
    expect(log).toMatchObject({ version: 2, patients: 32 });
    expect(log?.revisions).toHaveLength(2);
    await expect(
      saveWorkLog(database.db, { serviceDayId: days['2023-07-31']!.id, values: {}, authorId: 1, at: new Date('x') }),
    ).rejects.toThrow();
    expect(await getWorkLogWithHistory(database.db, days['2023-07-31']!.id)).toBeNull();
  });

  it('sums figures in SQL for days, a physician’s month and a region’s month, boundaries included', async () => {
    const write = (key: string, values: Partial<WorkLogTotals>) =>
      saveWorkLog(database.db, { serviceDayId: days[key]!.id, values, authorId: f.physician.id, at });
    await write('2023-07-31', { patients: 1000 });
    await write('2023-08-31', { patients: 8, training: 5, newTechniques: 1 });
    await write('2023-09-01', { patients: 2000 });
    await write('city', { patients: 4 });
    await write('colleague', { patients: 6, specialPopulation: 3 });

    expect(await sumWorkLogsForServiceDays(database.db, [days['2023-08-01']!.id, days['2023-08-31']!.id])).toEqual(
      totals({ patients: 40, lectures: 1, homeVisits: 2, training: 5, newTechniques: 1, logs: 2 }),
    );
    expect(await sumWorkLogsForServiceDays(database.db, [])).toEqual(totals({}));
    expect(await sumWorkLogsForPhysicianInMonth(database.db, f.physician.id, '2023-08')).toEqual(
      totals({ patients: 44, lectures: 1, homeVisits: 2, training: 5, newTechniques: 1, logs: 3 }),
    );
    expect(
      await sumWorkLogsForPhysicianInMonth(database.db, f.physician.id, '2023-08', { programId: f.program.id + 1 }),
    ).toEqual(totals({}));
    expect(await sumWorkLogsInRegionForMonth(database.db, f.county.path, '2023-08')).toEqual(
      totals({
        patients: 46,
        specialPopulation: 3,
        lectures: 1,
        homeVisits: 2,
        training: 5,
        newTechniques: 1,
        logs: 3,
      }),
    );
    expect(
      (await sumWorkLogsInRegionForMonth(database.db, f.city.path, '2023-08', { programId: f.program.id })).patients,
    ).toBe(50);
    expect((await sumWorkLogsInRegionForMonth(database.db, f.county.path, '2023-07')).patients).toBe(1000);
  });
});
