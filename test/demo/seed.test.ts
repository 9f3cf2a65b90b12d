import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { listAssignmentsPlannedOn } from '../../src/db/queries/assignment-lists.js';
import { listInstitutionsInRegion, listProgramInstitutions } from '../../src/db/queries/institutions.js';
import { findProgramByCode } from '../../src/db/queries/programs.js';
import { countReportingCompleteness } from '../../src/db/queries/report-completeness.js';
import { listOverdueObligations } from '../../src/db/queries/reporting.js';
import { findRegionByCode } from '../../src/db/queries/regions.js';
import { institutionRoleHolders, regionCoordinatorsOf } from '../../src/db/queries/role-grants.js';
import { listServiceDaysOfInstitution } from '../../src/db/queries/service-day-lists.js';
import { Prisma } from '../../src/generated/sqlite/client.js';
import { buildDemoDataset, DEMO_PEOPLE, PLANNED_TODAY, PLANNED_TOMORROW } from '../../src/demo/dataset.js';
import { PROVINCIAL_HOSPITALS } from '../../src/demo/institutions.js';
import { DEMO_REGIONS } from '../../src/demo/regions.js';
import {
  formatIdentitiesJson,
  formatIdentitiesTable,
  listDemoIdentities,
  type DemoIdentity,
} from '../../src/demo/identities.js';
import { loadDemo, type DemoLoadSummary } from '../../src/demo/load.js';
import { displayWidth } from '../../src/platforms/sandbox/text-width.js';
import { addDays } from '../../src/time/local.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';

const TODAY = '2026-11-22';
const TOMORROW = addDays(TODAY, 1);
const TIME_ZONE = 'Asia/Shanghai';
const NOW = new Date('2026-11-22T02:00:00Z');
const OPEN_IDS = DEMO_PEOPLE.map((p) => p.openId);

/** Rows in every table of the model, by model name. */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.values(Prisma.ModelName).map(async (model) => {
      // Every model delegate has count(); the name is the model's with a lower-case first letter.
      const delegate = db[(model[0]?.toLowerCase() + model.slice(1)) as keyof Db] as unknown as {
        count(): Promise<number>;
      };
      return [model, await delegate.count()] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function regionPath(db: Db, code: string): Promise<{ id: number; path: string }> {
  const region = await findRegionByCode(db, code);
  if (!region) throw new Error(`region ${code} missing`);
  return region;
}

describe('demo dataset', () => {
  it('is the same for the same day', () => {
    expect(buildDemoDataset(TODAY, TIME_ZONE)).toEqual(buildDemoDataset(TODAY, TIME_ZONE));
  });

  it('gives every demo person a unique ou_demo_ open_id and a unique phone', () => {
    expect(new Set(OPEN_IDS).size).toBe(OPEN_IDS.length);
    expect(OPEN_IDS.every((id) => /^ou_demo_[a-z_]+$/.test(id))).toBe(true);
    expect(new Set(DEMO_PEOPLE.map((p) => p.phone)).size).toBe(DEMO_PEOPLE.length);
  });

  it('schedules no one twice in a month and keeps residents off the schedule', () => {
    const { assignments, people } = buildDemoDataset(TODAY, TIME_ZONE);
    const slots = assignments.map((a) => `${a.programCode}/${a.physicianKey}/${a.startDate}`);
    expect(new Set(slots).size).toBe(slots.length);
    const residents = new Set(people.filter((p) => p.title === 'RESIDENT').map((p) => p.openId));
    expect(residents.size).toBeGreaterThan(0);
    expect(assignments.some((a) => residents.has(a.physicianOpenId))).toBe(false);
  });

  it('deals each month the same whatever today is', () => {
    const clinicOf = (today: string) =>
      new Map(
        buildDemoDataset(today, TIME_ZONE)
          .assignments.filter((a) => a.startDate >= '2026-11-01')
          .map((a) => [`${a.physicianKey}/${a.startDate}`, a.clinicKey]),
      );
    // On the 30th "tomorrow" is in December, which pins other physicians there.
    expect(clinicOf('2026-11-30')).toEqual(clinicOf(TODAY));
  });

  it('gives every provincial hospital of seed 004 annex 1 its two or three counties', () => {
    const codes = new Set(DEMO_REGIONS.map((r) => r.code));
    expect(PROVINCIAL_HOSPITALS).toHaveLength(14);
    for (const hospital of PROVINCIAL_HOSPITALS) {
      expect(hospital.tourCountyCodes.length).toBeGreaterThanOrEqual(2);
      expect(hospital.tourCountyCodes.length).toBeLessThanOrEqual(3);
      expect(hospital.tourCountyCodes.every((code) => codes.has(code))).toBe(true);
    }
  });

  it('keeps past days the same when today moves on', () => {
    const before = buildDemoDataset(TODAY, TIME_ZONE).serviceDays.filter((d) => d.serviceDate < '2026-11-10');
    const after = buildDemoDataset('2026-11-25', TIME_ZONE).serviceDays.filter((d) => d.serviceDate < '2026-11-10');
    expect(after.map((d) => d.checkIn)).toEqual(before.map((d) => d.checkIn));
  });
});

describe.each(testProviders())('demo seed on %s', (provider) => {
  let database: TestDatabase;
  let db: Db;
  let identities: DemoIdentity[];
  let summary: DemoLoadSummary;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    summary = await loadDemo(db, { today: TODAY, timeZone: TIME_ZONE, now: NOW });
    identities = await listDemoIdentities(db, OPEN_IDS, TODAY);
  });
  afterAll(() => database?.destroy());

  it('loads twice without duplicates', async () => {
    const first = await rowCounts(db);
    expect(first).toMatchObject({
      Region: summary.regions,
      Institution: summary.institutions,
      Person: summary.people,
      ChatIdentity: summary.people,
      Assignment: summary.assignments,
      ServiceDay: summary.serviceDays,
      WorkLog: summary.workLogs,
      ReportingObligation: summary.obligations,
    });
    await loadDemo(db, { today: TODAY, timeZone: TIME_ZONE, now: NOW });
    expect(await rowCounts(db)).toEqual(first);
  });

  it('has the 14 provincial hospitals and 16 clinics in 漳平市', async () => {
    const fujian = await regionPath(db, '350000');
    const zhangping = await regionPath(db, '350881');
    expect(await listInstitutionsInRegion(db, fujian.path, { kinds: ['PROVINCIAL_HOSPITAL'] })).toHaveLength(14);
    const clinics = await listInstitutionsInRegion(db, zhangping.path, {
      kinds: ['TOWNSHIP_HEALTH_CENTER', 'COMMUNITY_HEALTH_CENTER'],
    });
    expect(clinics).toHaveLength(16);
    for (const clinic of clinics) {
      expect(clinic.geofenceRadiusM).toBe(500);
      expect(Math.abs((clinic.latitude ?? 0) - 25.29)).toBeLessThan(0.4);
      expect(Math.abs((clinic.longitude ?? 0) - 117.42)).toBeLessThan(0.4);
      expect(await institutionRoleHolders(db, 'CLINIC_HEAD', clinic.id)).toHaveLength(1);
    }
  });

  it('has about 50 physicians and a coordinator at every level and supporting hospital', async () => {
    const physicians = identities.filter((i) => i.roles.some((r) => r.role === 'PHYSICIAN'));
    expect(physicians.length).toBeGreaterThanOrEqual(45);
    expect(physicians.length).toBeLessThanOrEqual(55);
    for (const code of ['350881', '350800', '350000']) {
      expect(await regionCoordinatorsOf(db, (await regionPath(db, code)).id)).toHaveLength(1);
    }
    const program = await findProgramByCode(db, `DEMO-ZP-GRASSROOTS-2026`);
    expect(program).toMatchObject({ reportDueDay: 2, startDate: '2026-01-01', endDate: '2026-12-31' });
    const supporting = await listProgramInstitutions(db, program?.id ?? 0, 'SUPPORTING');
    expect(supporting.length).toBeGreaterThan(2);
    for (const hospital of supporting) {
      expect(await institutionRoleHolders(db, 'HOSPITAL_COORDINATOR', hospital.id)).toHaveLength(1);
    }
    expect(identities.filter((i) => i.roles.some((r) => r.role === 'ADMIN'))).toHaveLength(1);
  });

  it('plans some physicians today and tomorrow, and records service days only in the past', async () => {
    const openIdOf = (personId: number) => identities.find((i) => i.name === personIdName.get(personId))?.openId;
    const personIdName = new Map<number, string>();
    const today = await listAssignmentsPlannedOn(db, TODAY);
    const tomorrow = await listAssignmentsPlannedOn(db, TOMORROW);
    for (const a of [...today, ...tomorrow]) personIdName.set(a.physicianId, a.physician.name);
    expect(today.map((a) => openIdOf(a.physicianId))).toEqual(
      expect.arrayContaining(PLANNED_TODAY.map((key) => `ou_demo_dr_${key}`)),
    );
    expect(tomorrow.map((a) => openIdOf(a.physicianId))).toEqual(
      expect.arrayContaining(PLANNED_TOMORROW.map((key) => `ou_demo_dr_${key}`)),
    );
    const zhangping = await regionPath(db, '350881');
    for (const clinic of await listInstitutionsInRegion(db, zhangping.path)) {
      expect(await listServiceDaysOfInstitution(db, clinic.id, TODAY, '9999-12-31')).toEqual([]);
    }
  });

  it('has monthly reports mostly on time, some late and one overdue', async () => {
    const program = await findProgramByCode(db, 'DEMO-ZP-GRASSROOTS-2026');
    const scope = { programId: program?.id ?? 0 };
    const clock = { today: TODAY, timeZone: TIME_ZONE };
    const periods = await Promise.all(
      ['2026-08', '2026-09', '2026-10'].map((p) => countReportingCompleteness(db, p, scope, clock)),
    );
    const sum = (key: 'onTime' | 'late' | 'overdue') => periods.reduce((n, c) => n + c[key], 0);
    expect(sum('overdue')).toBe(1);
    expect(sum('late')).toBeGreaterThan(0);
    expect(sum('onTime')).toBeGreaterThan(sum('late'));
    expect(await listOverdueObligations(db, TODAY, scope)).toHaveLength(1);
  });

  it('lists every demo person with their roles and the physicians with their schedule', () => {
    const parsed = JSON.parse(formatIdentitiesJson(TODAY, identities)) as { today: string; identities: DemoIdentity[] };
    expect(parsed.today).toBe(TODAY);
    expect(parsed.identities.map((i) => i.openId)).toEqual(OPEN_IDS);
    for (const identity of parsed.identities) {
      expect(identity.openId).toMatch(/^ou_demo_/);
      expect(identity.roles.length).toBeGreaterThan(0);
    }
    const chen = parsed.identities.find((i) => i.openId === 'ou_demo_dr_chen_ming');
    const now = chen?.assignments.find((a) => a.plannedDates.includes(TODAY));
    expect(now).toMatchObject({
      clinic: expect.stringMatching(/卫生院|社区卫生服务中心/),
      latitude: expect.any(Number),
    });
    const residents = parsed.identities.filter((i) => i.title === 'RESIDENT');
    expect(residents.every((r) => r.assignments.length === 0)).toBe(true);
  });

  it('prints the listing as a table aligned for Chinese characters', () => {
    const lines = formatIdentitiesTable(TODAY, identities).split('\n');
    for (const openId of OPEN_IDS) expect(lines.some((l) => l.startsWith(`${openId} `))).toBe(true);
    // The name column starts at the same display column on every line.
    const nameColumn = displayWidth(lines[0]?.slice(0, lines[0].indexOf('姓名')) ?? '');
    const at = lines.findIndex((l) => l.startsWith('ou_demo_dr_chen_ming'));
    const chen = lines[at] ?? '';
    expect(displayWidth(chen.slice(0, chen.indexOf('陈明')))).toBe(nameColumn);
    // His assignments follow on lines of their own, one of them planned today.
    expect(lines.slice(at, at + 3).join('\n')).toContain('(今天)');
  });

  it('loads on a later day without duplicating assignments', async () => {
    const later = '2026-11-30';
    const before = await rowCounts(db);
    await loadDemo(db, { today: later, timeZone: TIME_ZONE, now: NOW });
    const after = await rowCounts(db);
    expect(after.Assignment).toBe(before.Assignment);
    expect(after.Person).toBe(before.Person);
    expect(after.ServiceDay).toBeGreaterThan(before.ServiceDay ?? 0);
    const tomorrow = await listAssignmentsPlannedOn(db, addDays(later, 1));
    const names = tomorrow.map((a) => a.physician.name);
    expect(names).toEqual(expect.arrayContaining(['吴丽华', '张伟']));
  });
});
