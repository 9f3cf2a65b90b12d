import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countCorrectionsForPhysicianInMonth,
  decideServiceDayCorrection,
  findServiceDayCorrectionById,
  listPendingCorrections,
  requestServiceDayCorrection,
  type CorrectionRequest,
} from '../../../src/db/queries/service-day-corrections.js';
import { findServiceDay, recordCheckIn } from '../../../src/db/queries/service-days.js';
import type { Person } from '../../../src/generated/sqlite/client.js';
import { zonedInstant } from '../../../src/time/local.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import {
  FIXTURE_TIME_ZONE,
  addClinic,
  addPerson,
  buildBasicFixture,
  checkInAt,
  type BasicFixture,
} from '../../support/fixtures.js';

const at = new Date('2023-09-01T02:00:00Z');

describe.each(testProviders())('service-day corrections on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;
  let head: Person;

  function request(serviceDate: string, overrides: Partial<CorrectionRequest> = {}): Promise<{ id: number }> {
    return requestServiceDayCorrection(database.db, {
      programId: f.program.id,
      physicianId: f.physician.id,
      institutionId: f.clinic.id,
      serviceDate,
      reason: '手机没电，忘记签到',
      at,
      ...overrides,
    });
  }
  const approve = (date: string) => ({
    status: 'APPROVED' as const,
    checkInAt: zonedInstant(date, '08:00', FIXTURE_TIME_ZONE),
    assignmentId: null,
  });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    head = await addPerson(database.db, '张院长', f.clinic.id);
  });
  afterAll(() => database.destroy());

  it('records a pending request and lists pending ones per clinic', async () => {
    const c = await request('2023-08-10');
    const found = await findServiceDayCorrectionById(database.db, c.id);
    expect(found).toMatchObject({ status: 'PENDING', requestedAt: at, decidedById: null });
    expect((await listPendingCorrections(database.db)).map((p) => p.id)).toEqual([c.id]);
    expect((await listPendingCorrections(database.db, { institutionIds: [f.clinic.id] })).length).toBe(1);
    expect(await listPendingCorrections(database.db, { institutionIds: [f.hospital.id] })).toEqual([]);
    expect(await findServiceDayCorrectionById(database.db, 999_999)).toBeNull();
  });

  it('approves by creating a CORRECTION day that points to the request, once', async () => {
    const c = await request('2023-08-11');
    const decided = await decideServiceDayCorrection(database.db, c.id, approve('2023-08-11'), {
      decidedById: head.id,
      at,
      note: '属实',
    });
    expect(decided.outcome).toBe('APPROVED');
    if (decided.outcome !== 'APPROVED') return;
    expect(decided.correction).toMatchObject({ status: 'APPROVED', decidedById: head.id, decisionNote: '属实' });
    expect(decided.day).toMatchObject({
      checkInMethod: 'CORRECTION',
      checkInVerification: 'UNVERIFIED',
      correctionId: c.id,
      serviceDate: '2023-08-11',
      checkInSourceId: null,
    });
    const again = await decideServiceDayCorrection(
      database.db,
      c.id,
      { status: 'REJECTED' },
      { decidedById: head.id, at },
    );
    expect(again).toMatchObject({ outcome: 'ALREADY_DECIDED', correction: { status: 'APPROVED' } });
    expect(await database.db.serviceDay.count({ where: { serviceDate: '2023-08-11' } })).toBe(1);
  });

  it('rejects without creating a day', async () => {
    const c = await request('2023-08-12');
    const decided = await decideServiceDayCorrection(
      database.db,
      c.id,
      { status: 'REJECTED' },
      {
        decidedById: head.id,
        at,
        note: '当天未到岗',
      },
    );
    expect(decided).toMatchObject({
      outcome: 'REJECTED',
      correction: { status: 'REJECTED', decisionNote: '当天未到岗' },
    });
    expect(await findServiceDay(database.db, f.physician.id, f.clinic.id, '2023-08-12')).toBeNull();
  });

  it('never edits an existing day: approving over one reports DAY_EXISTS and keeps the request pending', async () => {
    const { day } = await recordCheckIn(database.db, checkInAt(f, '2023-08-13', 'om_13'));
    const c = await request('2023-08-13');
    const decided = await decideServiceDayCorrection(database.db, c.id, approve('2023-08-13'), {
      decidedById: head.id,
      at,
    });
    expect(decided).toMatchObject({ outcome: 'DAY_EXISTS', day: { id: day.id, checkInMethod: 'LOCATION' } });
    expect((await findServiceDayCorrectionById(database.db, c.id))?.status).toBe('PENDING');
  });

  it('writes nothing when creating the day fails after the decision was recorded', async () => {
    const c = await request('2023-08-14');
    await expect(
      decideServiceDayCorrection(
        database.db,
        c.id,
        { status: 'APPROVED', checkInAt: new Date('invalid'), assignmentId: null },
        { decidedById: head.id, at },
      ),
    ).rejects.toThrow();
    expect((await findServiceDayCorrectionById(database.db, c.id))?.status).toBe('PENDING');
    expect(await findServiceDay(database.db, f.physician.id, f.clinic.id, '2023-08-14')).toBeNull();
  });

  it('refuses an unknown correction', async () => {
    await expect(
      decideServiceDayCorrection(database.db, 999_999, { status: 'REJECTED' }, { decidedById: head.id, at }),
    ).rejects.toMatchObject({ reason: 'CORRECTION_NOT_FOUND' });
  });

  it('counts a physician’s corrections per program and month, optionally by status', async () => {
    const other = await addClinic(database.db, 'C-HP', '和平镇卫生院', '350881101');
    await request('2023-07-31', { institutionId: other.id });
    await request('2023-09-01');
    const count = (month: string, filter = {}) =>
      countCorrectionsForPhysicianInMonth(database.db, f.physician.id, f.program.id, month, filter);
    expect(await count('2023-08')).toBe(5);
    expect(await count('2023-08', { statuses: ['PENDING', 'APPROVED'] })).toBe(4);
    expect(await count('2023-07')).toBe(1);
    expect(await count('2023-09')).toBe(1);
    expect(await countCorrectionsForPhysicianInMonth(database.db, f.physician.id, f.program.id + 1, '2023-08')).toBe(0);
  });
});
