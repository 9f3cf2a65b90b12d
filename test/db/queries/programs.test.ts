import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureProgramParticipant,
  findProgramByCode,
  findProgramById,
  listDeadlinesDueBetween,
  listProgramParticipants,
  listProgramTargets,
  listProgramsActiveOn,
  upsertDeadline,
  upsertProgramByCode,
  upsertProgramTarget,
} from '../../../src/db/queries/programs.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { buildBasicFixture, type BasicFixture } from '../../support/fixtures.js';

describe.each(testProviders())('program queries on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    await upsertProgramByCode(database.db, {
      code: 'TOUR-2024',
      name: '省级医疗队巡回医疗',
      kind: 'PROVINCIAL_TEAM_TOUR',
      regionCode: '35',
      startDate: '2024-11-01',
      endDate: '2025-01-15',
    });
  });
  afterAll(() => database.destroy());

  it('upserts by code, keeping defaults and applying overrides', async () => {
    expect(f.program.minServiceDaysPerMonth).toBe(1);
    const updated = await upsertProgramByCode(database.db, {
      code: 'GS-2023',
      name: '医师下基层 2023',
      kind: 'GRASSROOTS_SUPPORT',
      regionCode: '350881',
      startDate: '2023-01-01',
      endDate: '2023-12-31',
      minServiceDaysPerMonth: 2,
      settings: { reminderTime: '07:30' },
    });
    expect(updated.id).toBe(f.program.id);
    expect(updated.minServiceDaysPerMonth).toBe(2);
    expect(updated.settings).toEqual({ reminderTime: '07:30' });
    expect(await database.db.program.count({ where: { code: 'GS-2023' } })).toBe(1);
    await expect(
      upsertProgramByCode(database.db, { ...updated, settings: undefined, regionCode: 'none' }),
    ).rejects.toMatchObject({ reason: 'REGION_NOT_FOUND' });
  });

  it('finds by code and id', async () => {
    expect((await findProgramByCode(database.db, 'GS-2023'))?.id).toBe(f.program.id);
    expect((await findProgramById(database.db, f.program.id))?.code).toBe('GS-2023');
    expect(await findProgramByCode(database.db, 'nope')).toBeNull();
  });

  it('lists programs active on a date, both ends included', async () => {
    const codes = async (date: string, filter = {}) =>
      (await listProgramsActiveOn(database.db, date, filter)).map((p) => p.code);
    expect(await codes('2023-01-01')).toEqual(['GS-2023']);
    expect(await codes('2023-12-31')).toEqual(['GS-2023']);
    expect(await codes('2024-01-01')).toEqual([]);
    expect(await codes('2024-12-31')).toEqual(['TOUR-2024']);
    expect(await codes('2023-06-01', { institutionId: f.clinic.id })).toEqual(['GS-2023']);
    expect(await codes('2023-06-01', { institutionId: f.clinic.id, side: 'SUPPORTING' })).toEqual([]);
  });

  it('adds participants idempotently and lists them by side', async () => {
    const again = await ensureProgramParticipant(database.db, {
      programId: f.program.id,
      institutionId: f.clinic.id,
      side: 'RECIPIENT',
    });
    expect(await database.db.programParticipant.count({ where: { programId: f.program.id } })).toBe(2);
    const recipients = await listProgramParticipants(database.db, f.program.id, 'RECIPIENT');
    expect(recipients.map((p) => [p.id, p.institution.name])).toEqual([[again.id, '石门镇卫生院']]);
    expect((await listProgramParticipants(database.db, f.program.id)).length).toBe(2);
  });

  it('upserts targets by natural key, including whole-program (NULL region) targets', async () => {
    const base = { programId: f.program.id, metric: 'LECTURES' as const, dueDate: '2023-08-31' };
    const first = await upsertProgramTarget(database.db, { ...base, regionId: null, value: 800 });
    const second = await upsertProgramTarget(database.db, { ...base, regionId: null, value: 900, note: '调整' });
    expect(second.id).toBe(first.id);
    expect(second.value).toBe(900);
    const regional = await upsertProgramTarget(database.db, { ...base, regionId: f.county.id, value: 40 });
    await upsertProgramTarget(database.db, { ...base, regionId: f.county.id, value: 50 });
    await upsertProgramTarget(database.db, { ...base, metric: 'PATIENTS', regionId: null, value: 80_000 });
    expect(await database.db.programTarget.count()).toBe(3);
    expect((await listProgramTargets(database.db, f.program.id)).map((t) => [t.metric, t.value])).toEqual([
      ['LECTURES', 900],
      ['LECTURES', 50],
      ['PATIENTS', 80_000],
    ]);
    expect((await listProgramTargets(database.db, f.program.id, { regionId: f.county.id })).map((t) => t.id)).toEqual([
      regional.id,
    ]);
    expect((await listProgramTargets(database.db, f.program.id, { regionId: null })).length).toBe(2);
  });

  it('upserts deadlines and lists those due in a window', async () => {
    const plan = { programId: f.program.id, title: '实施方案', dueDate: '2023-05-31' };
    const first = await upsertDeadline(database.db, plan);
    const again = await upsertDeadline(database.db, { ...plan, description: '附件1 支援人员安排情况表' });
    expect(again.id).toBe(first.id);
    expect(again.description).toBe('附件1 支援人员安排情况表');
    await upsertDeadline(database.db, { programId: f.program.id, title: '年度总结', dueDate: '2023-12-20' });
    const tour = await findProgramByCode(database.db, 'TOUR-2024');
    await upsertDeadline(database.db, { programId: tour!.id, title: '花名册', dueDate: '2024-10-20' });
    const titles = async (from: string, to: string, filter = {}) =>
      (await listDeadlinesDueBetween(database.db, from, to, filter)).map((d) => d.title);
    expect(await titles('2023-05-31', '2023-12-20')).toEqual(['实施方案', '年度总结']);
    expect(await titles('2023-06-01', '2023-12-19')).toEqual([]);
    expect(await titles('2023-01-01', '2024-12-31', { programId: tour!.id })).toEqual(['花名册']);
  });
});
