import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendServiceDayConfirmation,
  listServiceDayConfirmations,
} from '../../../src/db/queries/service-day-confirmations.js';
import { findServiceDayById, recordCheckIn } from '../../../src/db/queries/service-days.js';
import type { Person, ServiceDay } from '../../../src/generated/sqlite/client.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { addPerson, buildBasicFixture, checkInAt, type BasicFixture } from '../../support/fixtures.js';

describe.each(testProviders())('service-day confirmations on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;
  let head: Person;
  let day: ServiceDay;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    head = await addPerson(database.db, '张院长', f.clinic.id);
    day = (await recordCheckIn(database.db, checkInAt(f, '2023-08-01', 'om_1'))).day;
  });
  afterAll(() => database.destroy());

  it('appends each verdict and caches the latest on the day', async () => {
    const disputed = await appendServiceDayConfirmation(database.db, {
      serviceDayId: day.id,
      status: 'DISPUTED',
      byId: head.id,
      note: '当天未见到',
      at: new Date('2023-08-01T10:00:00Z'),
    });
    expect(disputed.confirmationStatus).toBe('DISPUTED');
    const confirmed = await appendServiceDayConfirmation(database.db, {
      serviceDayId: day.id,
      status: 'CONFIRMED',
      byId: head.id,
      at: new Date('2023-08-01T11:00:00Z'),
    });
    expect(confirmed.confirmationStatus).toBe('CONFIRMED');
    const history = await listServiceDayConfirmations(database.db, day.id);
    expect(history.map((c) => [c.status, c.note])).toEqual([
      ['DISPUTED', '当天未见到'],
      ['CONFIRMED', ''],
    ]);
  });

  it('refuses an unknown day and writes nothing when a step fails', async () => {
    await expect(
      appendServiceDayConfirmation(database.db, {
        serviceDayId: 999_999,
        status: 'CONFIRMED',
        byId: head.id,
        at: new Date(),
      }),
    ).rejects.toMatchObject({ reason: 'SERVICE_DAY_NOT_FOUND' });
    // An invalid instant fails the confirmation row after the cached status was set: both roll back.
    await expect(
      appendServiceDayConfirmation(database.db, {
        serviceDayId: day.id,
        status: 'DISPUTED',
        byId: head.id,
        at: new Date('invalid'),
      }),
    ).rejects.toThrow();
    expect((await findServiceDayById(database.db, day.id))?.confirmationStatus).toBe('CONFIRMED');
    expect(await listServiceDayConfirmations(database.db, day.id)).toHaveLength(2);
  });
});
