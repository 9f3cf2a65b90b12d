import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cancelAssignment,
  createAssignment,
  ensureAssignment,
  findAssignmentById,
  listAssignmentChanges,
  updateAssignmentPlan,
  type NewAssignment,
} from '../../../src/db/queries/assignments.js';
import {
  findPlannedDateConflicts,
  listAssignmentsForPhysicianInMonth,
  listAssignmentsForPhysicianOverlapping,
  listAssignmentsInRegionForMonth,
  listAssignmentsOfInstitutionInMonth,
  listAssignmentsPlannedInMonth,
  listAssignmentsPlannedOn,
} from '../../../src/db/queries/assignment-lists.js';
import { upsertRegionByCode } from '../../../src/db/queries/regions.js';
import type { Institution, Person } from '../../../src/generated/sqlite/client.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { addClinic, addPerson, buildBasicFixture, type BasicFixture } from '../../support/fixtures.js';

const at = new Date('2023-07-20T02:00:00Z');

describe.each(testProviders())('assignment queries on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;
  let otherClinic: Institution;
  let otherPhysician: Person;

  /** An August assignment of the fixture physician at the fixture clinic. */
  function august(overrides: Partial<NewAssignment> = {}): NewAssignment {
    return {
      programId: f.program.id,
      physicianId: f.physician.id,
      institutionId: f.clinic.id,
      startDate: '2023-08-01',
      endDate: '2023-08-31',
      plannedDates: ['2023-08-15', '2023-08-02', '2023-08-15'],
      createdById: null,
      at,
      ...overrides,
    };
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    await upsertRegionByCode(database.db, { code: '350802', name: '新罗区', level: 'COUNTY', parentCode: '3508' });
    otherClinic = await addClinic(database.db, 'C-DC', '东城社区卫生服务中心', '350802');
    otherPhysician = await addPerson(database.db, '李医生', f.hospital.id);
  });
  afterAll(() => database.destroy());

  it('creates an assignment with sorted unique planned dates and a CREATED change', async () => {
    const a = await createAssignment(database.db, august({ reason: '月度排班' }));
    expect(a.plannedDates.map((d) => d.date)).toEqual(['2023-08-02', '2023-08-15']);
    expect(a.institution.name).toBe('石门镇卫生院');
    expect(a.physician.name).toBe('王医生');
    const changes = await listAssignmentChanges(database.db, a.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ action: 'CREATED', before: null, reason: '月度排班', at });
    expect(changes[0]?.after).toEqual({
      startDate: '2023-08-01',
      endDate: '2023-08-31',
      status: 'ACTIVE',
      plannedDates: ['2023-08-02', '2023-08-15'],
    });
  });

  it('writes nothing when a step of the creation fails', async () => {
    const before = await database.db.assignment.count();
    // The invalid instant fails the change row, after the assignment row was written.
    await expect(createAssignment(database.db, august({ at: new Date('invalid') }))).rejects.toThrow();
    expect(await database.db.assignment.count()).toBe(before);
    expect(await database.db.assignmentPlannedDate.count()).toBe(2);
  });

  it('ensures an assignment once per physician, clinic, program and start date', async () => {
    const first = await ensureAssignment(database.db, august({ physicianId: otherPhysician.id }));
    const again = await ensureAssignment(database.db, august({ physicianId: otherPhysician.id, plannedDates: [] }));
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, assignment: { id: first.assignment.id } });
    expect(again.assignment.plannedDates).toHaveLength(2);
    expect(await database.db.assignment.count({ where: { physicianId: otherPhysician.id } })).toBe(1);
  });

  it('updates the plan with an UPDATED change and refuses unknown assignments', async () => {
    const a = await createAssignment(
      database.db,
      august({
        institutionId: otherClinic.id,
        startDate: '2023-09-01',
        endDate: '2023-09-30',
        plannedDates: ['2023-09-05'],
      }),
    );
    const updated = await updateAssignmentPlan(
      database.db,
      a.id,
      { plannedDates: ['2023-10-09', '2023-10-08'], startDate: '2023-10-01', endDate: '2023-10-31' },
      { actorId: f.physician.id, at, reason: '改期' },
    );
    expect(updated.plannedDates.map((d) => d.date)).toEqual(['2023-10-08', '2023-10-09']);
    expect(updated).toMatchObject({ startDate: '2023-10-01', endDate: '2023-10-31' });
    const changes = await listAssignmentChanges(database.db, a.id);
    expect(changes.map((c) => c.action)).toEqual(['CREATED', 'UPDATED']);
    expect(changes[1]?.before).toMatchObject({ startDate: '2023-09-01', plannedDates: ['2023-09-05'] });
    expect(changes[1]?.after).toMatchObject({ startDate: '2023-10-01', plannedDates: ['2023-10-08', '2023-10-09'] });
    await expect(
      updateAssignmentPlan(database.db, 999_999, { plannedDates: [] }, { actorId: null, at }),
    ).rejects.toMatchObject({ reason: 'ASSIGNMENT_NOT_FOUND' });
  });

  it('keeps the old plan when the update fails half-way', async () => {
    const a = await createAssignment(
      database.db,
      august({ startDate: '2023-11-01', endDate: '2023-11-30', plannedDates: ['2023-11-03'] }),
    );
    await expect(
      updateAssignmentPlan(database.db, a.id, { plannedDates: ['2023-11-04'] }, { actorId: null, at: new Date('x') }),
    ).rejects.toThrow();
    expect((await findAssignmentById(database.db, a.id))?.plannedDates.map((d) => d.date)).toEqual(['2023-11-03']);
    expect(await listAssignmentChanges(database.db, a.id)).toHaveLength(1);
  });

  it('cancels once, records it, and refuses to re-plan a cancelled assignment', async () => {
    const a = await createAssignment(
      database.db,
      august({ startDate: '2023-12-01', endDate: '2023-12-31', plannedDates: ['2023-12-05'] }),
    );
    const first = await cancelAssignment(database.db, a.id, { actorId: f.physician.id, at, reason: '生病' });
    const second = await cancelAssignment(database.db, a.id, { actorId: f.physician.id, at });
    expect(first).toMatchObject({ cancelled: true, assignment: { status: 'CANCELLED' } });
    expect(second).toMatchObject({ cancelled: false, assignment: { status: 'CANCELLED' } });
    const changes = await listAssignmentChanges(database.db, a.id);
    expect(changes.map((c) => c.action)).toEqual(['CREATED', 'CANCELLED']);
    expect(changes[1]).toMatchObject({ before: { status: 'ACTIVE' }, after: { status: 'CANCELLED' }, reason: '生病' });
    await expect(
      updateAssignmentPlan(database.db, a.id, { plannedDates: [] }, { actorId: null, at }),
    ).rejects.toMatchObject({ reason: 'ASSIGNMENT_CANCELLED' });
    await expect(cancelAssignment(database.db, 999_999, { actorId: null, at })).rejects.toMatchObject({
      reason: 'ASSIGNMENT_NOT_FOUND',
    });
  });

  it('lists a physician’s assignments overlapping a range and a month, at month boundaries', async () => {
    const starts = async (from: string, to: string) =>
      (await listAssignmentsForPhysicianOverlapping(database.db, f.physician.id, from, to)).map((a) => a.startDate);
    expect(await starts('2023-07-01', '2023-07-31')).toEqual([]);
    expect(await starts('2023-07-31', '2023-08-01')).toEqual(['2023-08-01']);
    expect(await starts('2023-08-31', '2023-09-30')).toEqual(['2023-08-01']);
    const inMonth = async (month: string, options = {}) =>
      (await listAssignmentsForPhysicianInMonth(database.db, f.physician.id, month, options)).map((a) => a.startDate);
    expect(await inMonth('2023-09')).toEqual([]);
    expect(await inMonth('2023-10')).toEqual(['2023-10-01']);
    expect(await inMonth('2023-12')).toEqual([]);
    expect(await inMonth('2023-12', { includeCancelled: true })).toEqual(['2023-12-01']);
    expect(await inMonth('2023-08', { programId: f.program.id + 1 })).toEqual([]);
  });

  it('lists assignments of a clinic and of a region subtree for a month', async () => {
    const ofClinic = await listAssignmentsOfInstitutionInMonth(database.db, f.clinic.id, '2023-08');
    expect(ofClinic.map((a) => a.physician.name)).toEqual(['王医生', '李医生']);
    expect(await listAssignmentsOfInstitutionInMonth(database.db, otherClinic.id, '2023-08')).toEqual([]);
    expect((await listAssignmentsInRegionForMonth(database.db, f.county.path, '2023-08')).length).toBe(2);
    expect(
      (await listAssignmentsInRegionForMonth(database.db, f.city.path, '2023-10')).map((a) => a.institutionId),
    ).toEqual([otherClinic.id]);
    expect(await listAssignmentsInRegionForMonth(database.db, f.county.path, '2023-10')).toEqual([]);
  });

  it('lists assignments planned on a date and in a month, skipping cancelled ones', async () => {
    expect((await listAssignmentsPlannedOn(database.db, '2023-08-15')).length).toBe(2);
    expect(await listAssignmentsPlannedOn(database.db, '2023-08-16')).toEqual([]);
    expect(await listAssignmentsPlannedOn(database.db, '2023-12-05')).toEqual([]);
    expect(await listAssignmentsPlannedOn(database.db, '2023-08-15', { regionPath: '/35/3508/350802/' })).toEqual([]);
    expect((await listAssignmentsPlannedInMonth(database.db, '2023-10')).length).toBe(1);
    expect((await listAssignmentsPlannedInMonth(database.db, '2023-10', { regionPath: f.county.path })).length).toBe(0);
    expect(await listAssignmentsPlannedInMonth(database.db, '2023-12')).toEqual([]);
  });

  it('finds planned-date conflicts of a physician at other clinics', async () => {
    const conflicts = await findPlannedDateConflicts(database.db, f.physician.id, [
      '2023-08-15',
      '2023-10-08',
      '2023-12-05',
      '2023-08-16',
    ]);
    expect(conflicts.map((c) => [c.date, c.institutionId])).toEqual([
      ['2023-08-15', f.clinic.id],
      ['2023-10-08', otherClinic.id],
    ]);
    const own = conflicts[1]!.assignmentId;
    expect(await findPlannedDateConflicts(database.db, f.physician.id, ['2023-10-08'], own)).toEqual([]);
    expect(await findPlannedDateConflicts(database.db, otherPhysician.id, ['2023-10-08'])).toEqual([]);
  });
});
