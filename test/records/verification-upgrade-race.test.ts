import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  recordCheckIn,
  recordCheckOut,
  recordLocationVerification,
  type LocationEvidence,
} from '../../src/db/queries/service-days.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { buildBasicFixture, checkInAt, type BasicFixture } from '../support/fixtures.js';

const evidence = (sourceId: string): LocationEvidence => ({
  at: new Date('2023-08-01T01:00:00Z'),
  sourceId,
  latitude: 25.29,
  longitude: 117.42,
  distanceM: 40,
});

describe.each(testProviders())('verification only goes up, in the database (%s)', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
  });
  afterAll(() => database.destroy());

  it('of two concurrent upgrades of an unverified day exactly one writes; a redelivery writes nothing', async () => {
    const { day } = await recordCheckIn(
      database.db,
      checkInAt(f, '2023-08-01', 'om_up_in', { method: 'TEXT', verification: 'UNVERIFIED', distanceM: null }),
    );
    const outcomes = await Promise.all(
      ['om_up_a', 'om_up_b', 'om_up_c'].map((id) => recordLocationVerification(database.db, day.id, evidence(id))),
    );
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['ALREADY_VERIFIED', 'ALREADY_VERIFIED', 'UPGRADED']);
    const winner = outcomes.find((o) => o.outcome === 'UPGRADED')?.day.locationVerifiedSourceId ?? '';
    expect((await recordLocationVerification(database.db, day.id, evidence(winner))).outcome).toBe('REDELIVERED');
  });

  it('never touches a day verified at check-in or check-out', async () => {
    const { day } = await recordCheckIn(database.db, checkInAt(f, '2023-08-02', 'om_up_v'));
    expect((await recordLocationVerification(database.db, day.id, evidence('om_up_v2'))).outcome).toBe(
      'ALREADY_VERIFIED',
    );
    const { day: textDay } = await recordCheckIn(
      database.db,
      checkInAt(f, '2023-08-03', 'om_up_t', { method: 'TEXT', verification: 'UNVERIFIED', distanceM: null }),
    );
    await recordCheckOut(database.db, textDay.id, {
      at: new Date('2023-08-03T08:00:00Z'),
      method: 'LOCATION',
      verification: 'VERIFIED',
      sourceId: 'om_up_out',
    });
    const result = await recordLocationVerification(database.db, textDay.id, evidence('om_up_t2'));
    expect(result.outcome).toBe('ALREADY_VERIFIED');
    expect(result.day.locationVerifiedAt).toBeNull();
  });
});
