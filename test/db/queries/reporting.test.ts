import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureReportingObligation,
  findReportingObligation,
  listOpenObligationsDueOn,
  listOverdueObligations,
  type ObligationKey,
} from '../../../src/db/queries/reporting.js';
import {
  findLatestReportSubmission,
  listReportSubmissions,
  saveReportDraft,
  submitReport,
} from '../../../src/db/queries/report-submissions.js';
import { countReportingCompleteness } from '../../../src/db/queries/report-completeness.js';
import { upsertRegionByCode } from '../../../src/db/queries/regions.js';
import type { Institution, Person } from '../../../src/generated/sqlite/client.js';
import { zonedInstant } from '../../../src/time/local.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import {
  FIXTURE_TIME_ZONE,
  addClinic,
  addPerson,
  buildBasicFixture,
  type BasicFixture,
} from '../../support/fixtures.js';

const local = (date: string, time: string) => zonedInstant(date, time, FIXTURE_TIME_ZONE);
const clockOn = (today: string) => ({ today, timeZone: FIXTURE_TIME_ZONE });

describe.each(testProviders())('reporting on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;
  let coordinator: Person;
  let second: Institution;
  let third: Institution;
  const key = (institutionId: number, period = '2023-08'): ObligationKey => ({
    programId: f.program.id,
    institutionId,
    kind: 'MONTHLY_WORKLOAD',
    period,
  });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    coordinator = await addPerson(database.db, '医务科陈科长', f.hospital.id);
    second = await addClinic(database.db, 'C-HP', '和平镇卫生院', '350881101');
    await upsertRegionByCode(database.db, { code: '350802', name: '新罗区', level: 'COUNTY', parentCode: '3508' });
    third = await addClinic(database.db, 'C-DC', '东城社区卫生服务中心', '350802');
  });
  afterAll(() => database.destroy());

  it('ensures an obligation once and never resets it', async () => {
    const first = await ensureReportingObligation(database.db, key(f.hospital.id), '2023-09-02');
    const again = await ensureReportingObligation(database.db, key(f.hospital.id), '2023-09-05');
    expect(again).toMatchObject({ id: first.id, dueDate: '2023-09-02', status: 'PENDING' });
    expect((await findReportingObligation(database.db, key(f.hospital.id)))?.id).toBe(first.id);
    expect(await findReportingObligation(database.db, key(f.hospital.id, '2023-07'))).toBeNull();
    await ensureReportingObligation(database.db, key(second.id), '2023-09-02');
    await ensureReportingObligation(database.db, key(third.id), '2023-09-02');
    await ensureReportingObligation(database.db, key(f.clinic.id), '2023-09-04');
  });

  it('saves drafts, submits with time and person, and keeps the first submission time', async () => {
    const obligation = (await findReportingObligation(database.db, key(f.hospital.id)))!;
    const draft = await saveReportDraft(database.db, {
      obligationId: obligation.id,
      figures: { patients: 40 },
      byId: coordinator.id,
      at: local('2023-09-01', '10:00'),
    });
    expect(draft.status).toBe('DRAFT');
    expect((await findReportingObligation(database.db, key(f.hospital.id)))?.status).toBe('DRAFTED');
    const submitted = await submitReport(database.db, {
      obligationId: obligation.id,
      figures: { patients: 41 },
      sections: { workDone: '已完成', problems: '已核对', plans: '' },
      byId: coordinator.id,
      at: local('2023-09-02', '23:59'),
    });
    expect(submitted.obligation).toMatchObject({
      status: 'SUBMITTED',
      submittedAt: local('2023-09-02', '23:59'),
      submittedById: coordinator.id,
    });
    const resubmitted = await submitReport(database.db, {
      obligationId: obligation.id,
      figures: { patients: 42 },
      byId: f.physician.id,
      at: local('2023-09-05', '09:00'),
    });
    expect(resubmitted.obligation).toMatchObject({
      submittedAt: local('2023-09-02', '23:59'),
      submittedById: coordinator.id,
    });
    await saveReportDraft(database.db, {
      obligationId: obligation.id,
      figures: {},
      byId: null,
      at: local('2023-09-06', '09:00'),
    });
    expect((await findReportingObligation(database.db, key(f.hospital.id)))?.status).toBe('SUBMITTED');
    const versions = await listReportSubmissions(database.db, obligation.id);
    expect(versions.map((v) => [v.status, v.figures])).toEqual([
      ['DRAFT', { patients: 40 }],
      ['SUBMITTED', { patients: 41 }],
      ['SUBMITTED', { patients: 42 }],
      ['DRAFT', {}],
    ]);
    expect((await findLatestReportSubmission(database.db, obligation.id))?.id).toBe(versions[3]?.id);
    expect(await findLatestReportSubmission(database.db, 999_999)).toBeNull();
  });

  it('writes nothing for an unknown obligation or a failed step', async () => {
    const version = { obligationId: 999_999, figures: {}, byId: null, at: new Date() };
    await expect(saveReportDraft(database.db, version)).rejects.toMatchObject({ reason: 'OBLIGATION_NOT_FOUND' });
    await expect(submitReport(database.db, version)).rejects.toMatchObject({ reason: 'OBLIGATION_NOT_FOUND' });
    const open = (await findReportingObligation(database.db, key(second.id)))!;
    // The obligation is marked first, then the submission row fails (figures missing): both roll back.
    const unstorable = undefined as unknown as Record<string, number>;
    await expect(
      submitReport(database.db, { obligationId: open.id, figures: unstorable, byId: null, at: new Date() }),
    ).rejects.toThrow();
    await expect(
      saveReportDraft(database.db, { obligationId: open.id, figures: unstorable, byId: null, at: new Date() }),
    ).rejects.toThrow();
    expect(await listReportSubmissions(database.db, open.id)).toEqual([]);
    expect((await findReportingObligation(database.db, key(second.id)))?.status).toBe('PENDING');
  });

  it('lists open obligations due on a date and overdue ones, by scope', async () => {
    const codes = (rows: { institution: { code: string } }[]) => rows.map((r) => r.institution.code);
    expect(codes(await listOpenObligationsDueOn(database.db, '2023-09-02'))).toEqual(['C-HP', 'C-DC']);
    expect(codes(await listOpenObligationsDueOn(database.db, '2023-09-02', { regionPath: f.county.path }))).toEqual([
      'C-HP',
    ]);
    expect(await listOpenObligationsDueOn(database.db, '2023-09-03')).toEqual([]);
    expect(codes(await listOverdueObligations(database.db, '2023-09-03'))).toEqual(['C-HP', 'C-DC']);
    expect(codes(await listOverdueObligations(database.db, '2023-09-05'))).toEqual(['C-HP', 'C-DC', 'C-SM']);
    expect(codes(await listOverdueObligations(database.db, '2023-09-05', { institutionIds: [f.clinic.id] }))).toEqual([
      'C-SM',
    ]);
    expect(await listOverdueObligations(database.db, '2023-09-05', { kind: 'ANNUAL_SUMMARY' })).toEqual([]);
    expect(await listOverdueObligations(database.db, '2023-09-05', { programId: f.program.id + 1 })).toEqual([]);
  });

  it('counts completeness and timeliness in a region subtree for a period', async () => {
    const late = (await findReportingObligation(database.db, key(f.clinic.id)))!;
    await submitReport(database.db, {
      obligationId: late.id,
      figures: {},
      byId: null,
      at: local('2023-09-05', '00:00'),
    });
    const drafted = (await findReportingObligation(database.db, key(second.id)))!;
    await saveReportDraft(database.db, {
      obligationId: drafted.id,
      figures: {},
      byId: null,
      at: local('2023-09-01', '08:00'),
    });

    expect(
      await countReportingCompleteness(database.db, '2023-08', { regionPath: f.county.path }, clockOn('2023-09-03')),
    ).toEqual({ total: 3, submitted: 2, onTime: 1, late: 1, overdue: 1, open: 0, drafted: 1 });
    expect(
      await countReportingCompleteness(database.db, '2023-08', { regionPath: f.city.path }, clockOn('2023-09-02')),
    ).toEqual({ total: 4, submitted: 2, onTime: 1, late: 1, overdue: 0, open: 2, drafted: 1 });
    expect(await countReportingCompleteness(database.db, '2023-07', {}, clockOn('2023-09-02'))).toEqual({
      total: 0,
      submitted: 0,
      onTime: 0,
      late: 0,
      overdue: 0,
      open: 0,
      drafted: 0,
    });
  });
});
