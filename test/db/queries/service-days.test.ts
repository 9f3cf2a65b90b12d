import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findServiceDay,
  findServiceDayById,
  recordCheckIn,
  recordCheckOut,
  recordLocationVerification,
  type CheckPoint,
  type LocationEvidence,
} from '../../../src/db/queries/service-days.js';
import { zonedInstant } from '../../../src/time/local.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import {
  FIXTURE_TIME_ZONE,
  addClinic,
  buildBasicFixture,
  checkInAt,
  type BasicFixture,
} from '../../support/fixtures.js';

function checkOutAt(date: string, sourceId: string | null): CheckPoint {
  return {
    at: zonedInstant(date, '16:45', FIXTURE_TIME_ZONE),
    method: 'TEXT',
    verification: 'UNVERIFIED',
    sourceId,
  };
}

const evidence = (sourceId: string): LocationEvidence => ({
  at: new Date('2023-09-01T01:00:00Z'),
  sourceId,
  latitude: 25.29,
  longitude: 117.42,
  distanceM: 40,
});

describe.each(testProviders())('check-in and check-out on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
  });
  afterAll(() => database.destroy());

  it('creates the day once; the same source id again returns it as REDELIVERED', async () => {
    const first = await recordCheckIn(database.db, checkInAt(f, '2023-08-01', 'om_1'));
    const again = await recordCheckIn(database.db, checkInAt(f, '2023-08-01', 'om_1'));
    expect(first).toMatchObject({ created: true, outcome: 'CREATED' });
    expect(first.day).toMatchObject({ checkInMethod: 'LOCATION', checkInDistanceM: 35, confirmationStatus: 'PENDING' });
    expect(again).toMatchObject({ created: false, outcome: 'REDELIVERED', day: { id: first.day.id } });
    expect(await database.db.serviceDay.count({ where: { checkInSourceId: 'om_1' } })).toBe(1);
  });

  it('refuses a second check-in the same day and returns the first (with its time)', async () => {
    const second = await recordCheckIn(
      database.db,
      checkInAt(f, '2023-08-01', 'om_2', { at: zonedInstant('2023-08-01', '10:00', FIXTURE_TIME_ZONE) }),
    );
    expect(second).toMatchObject({ created: false, outcome: 'ALREADY_CHECKED_IN' });
    expect(second.day.checkInAt).toEqual(zonedInstant('2023-08-01', '08:30', FIXTURE_TIME_ZONE));
    expect(await database.db.serviceDay.count({ where: { serviceDate: '2023-08-01' } })).toBe(1);
  });

  it('allows the same physician at another clinic, and days without a source id', async () => {
    const other = await addClinic(database.db, 'C-HP', '和平镇卫生院', '350881101');
    const there = await recordCheckIn(database.db, checkInAt(f, '2023-08-01', null, { institutionId: other.id }));
    expect(there.created).toBe(true);
    const next = await recordCheckIn(database.db, checkInAt(f, '2023-08-02', null));
    expect(next.created).toBe(true);
  });

  it('lets concurrent redeliveries create exactly one row', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => recordCheckIn(database.db, checkInAt(f, '2023-08-03', 'om_race'))),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.day.id)).size).toBe(1);
    expect(await database.db.serviceDay.count({ where: { serviceDate: '2023-08-03' } })).toBe(1);
  });

  it('finds days by id and by physician, clinic and date', async () => {
    const day = await findServiceDay(database.db, f.physician.id, f.clinic.id, '2023-08-01');
    expect(day?.checkInSourceId).toBe('om_1');
    expect((await findServiceDayById(database.db, day!.id))?.serviceDate).toBe('2023-08-01');
    expect(await findServiceDay(database.db, f.physician.id, f.clinic.id, '2023-07-31')).toBeNull();
    expect(await findServiceDayById(database.db, 999_999)).toBeNull();
  });

  it('checks out once; a redelivery is REDELIVERED and a later check-out never overwrites', async () => {
    const day = (await findServiceDay(database.db, f.physician.id, f.clinic.id, '2023-08-01'))!;
    const out = await recordCheckOut(database.db, day.id, checkOutAt('2023-08-01', 'om_out'));
    expect(out.outcome).toBe('CHECKED_OUT');
    expect(out.day).toMatchObject({ checkOutMethod: 'TEXT', checkOutSourceId: 'om_out', checkOutLatitude: null });
    expect((await recordCheckOut(database.db, day.id, checkOutAt('2023-08-01', 'om_out'))).outcome).toBe('REDELIVERED');
    const later = await recordCheckOut(database.db, day.id, {
      ...checkOutAt('2023-08-01', 'om_out2'),
      at: zonedInstant('2023-08-01', '18:00', FIXTURE_TIME_ZONE),
    });
    expect(later.outcome).toBe('ALREADY_CHECKED_OUT');
    expect(later.day.checkOutAt).toEqual(out.day.checkOutAt);
    const noSource = await recordCheckOut(database.db, day.id, checkOutAt('2023-08-01', null));
    expect(noSource.outcome).toBe('ALREADY_CHECKED_OUT');
  });

  it('resolves concurrent check-outs to one writer and refuses unknown days', async () => {
    const day = (await findServiceDay(database.db, f.physician.id, f.clinic.id, '2023-08-02'))!;
    const results = await Promise.all(
      ['a', 'b', 'c', 'a'].map((s) => recordCheckOut(database.db, day.id, checkOutAt('2023-08-02', `om_co_${s}`))),
    );
    expect(results.filter((r) => r.outcome === 'CHECKED_OUT')).toHaveLength(1);
    await expect(recordCheckOut(database.db, 999_999, checkOutAt('2023-08-02', null))).rejects.toMatchObject({
      reason: 'SERVICE_DAY_NOT_FOUND',
    });
  });

  // Verification only goes up (src/records/service-day-state.ts): a later location upgrades an unverified day once.
  it('of two concurrent upgrades of an unverified day exactly one writes; a redelivery writes nothing', async () => {
    const { day } = await recordCheckIn(
      database.db,
      checkInAt(f, '2023-09-01', 'om_up_in', { method: 'TEXT', verification: 'UNVERIFIED', distanceM: null }),
    );
    const outcomes = await Promise.all(
      ['om_up_a', 'om_up_b', 'om_up_c'].map((id) => recordLocationVerification(database.db, day.id, evidence(id))),
    );
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['ALREADY_VERIFIED', 'ALREADY_VERIFIED', 'UPGRADED']);
    const winner = outcomes.find((o) => o.outcome === 'UPGRADED')?.day.locationVerifiedSourceId ?? '';
    expect((await recordLocationVerification(database.db, day.id, evidence(winner))).outcome).toBe('REDELIVERED');
  });

  it('never touches a day verified at check-in or check-out', async () => {
    const { day } = await recordCheckIn(database.db, checkInAt(f, '2023-09-02', 'om_up_v'));
    expect((await recordLocationVerification(database.db, day.id, evidence('om_up_v2'))).outcome).toBe(
      'ALREADY_VERIFIED',
    );
    const { day: textDay } = await recordCheckIn(
      database.db,
      checkInAt(f, '2023-09-03', 'om_up_t', { method: 'TEXT', verification: 'UNVERIFIED', distanceM: null }),
    );
    await recordCheckOut(database.db, textDay.id, {
      at: new Date('2023-09-03T08:00:00Z'),
      method: 'LOCATION',
      verification: 'VERIFIED',
      sourceId: 'om_up_out',
    });
    const result = await recordLocationVerification(database.db, textDay.id, evidence('om_up_t2'));
    expect(result.outcome).toBe('ALREADY_VERIFIED');
    expect(result.day.locationVerifiedAt).toBeNull();
  });
});
