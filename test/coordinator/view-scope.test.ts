import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/context.js';
import { sumFigures } from '../../src/coordinator/workload-figures.js';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { findRegionByCode } from '../../src/db/queries/regions.js';
import {
  assignmentInScope,
  auditEntryInScope,
  obligationInScope,
  serviceDayInScope,
} from '../../src/db/queries/view-scope-where.js';
import { listProgramsInScope } from '../../src/db/queries/scoped-programs.js';
import { listServiceDayFacts } from '../../src/db/queries/workload-facts.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { ZHANGPING } from '../../src/demo/regions.js';
import { baseViewScope, narrowViewScope, type ViewScope } from '../../src/permissions/view-scope.js';
import { testProviders } from '../support/db.js';
import { createCoordinatorWorld, type CoordinatorWorld } from '../support/coordinator-world.js';

const county: Actor = {
  person: { id: 1, name: '苏建明', homeInstitutionId: null, title: null },
  roles: [{ role: 'REGION_COORDINATOR', regionId: 3, regionPath: '/35/3508/350881/' }],
  isAdmin: false,
};
const hospital: Actor = {
  person: { id: 2, name: '刘永健', homeInstitutionId: 7, title: null },
  roles: [{ role: 'HOSPITAL_COORDINATOR', institutionId: 7, regionPath: '/35/3501/' }],
  isAdmin: false,
};
const physician: Actor = {
  person: { id: 3, name: '陈明', homeInstitutionId: 7, title: 'ATTENDING' },
  roles: [{ role: 'PHYSICIAN' }],
  isAdmin: false,
};

describe('view scope', () => {
  it('gives region coordinators their region and hospital coordinators their hospital', () => {
    expect(baseViewScope(county)).toMatchObject({ all: false, regionPaths: ['/35/3508/350881/'] });
    expect(baseViewScope(hospital)).toMatchObject({ all: false, supportingInstitutionIds: [7] });
  });

  it('refuses a physician and a region outside a county', () => {
    expect(narrowViewScope(physician)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(narrowViewScope(county, { kind: 'region', path: '/35/3501/' })).toEqual({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(narrowViewScope(hospital, { kind: 'supporting', institutionId: 8 })).toEqual({
      ok: false,
      code: 'OUT_OF_SCOPE',
    });
  });

  it('lets a county look at one hospital and a hospital at one township, AND-ed with their base', () => {
    const one = narrowViewScope(county, { kind: 'supporting', institutionId: 7 });
    expect(one).toMatchObject({
      ok: true,
      scope: { regionPaths: ['/35/3508/350881/'], within: { supportingInstitutionId: 7 } },
    });
    const town = narrowViewScope(hospital, { kind: 'region', path: '/35/3508/350881/350881100/' });
    expect(town).toMatchObject({ ok: true, scope: { supportingInstitutionIds: [7] } });
  });
});

describe.each(testProviders())('service-day facts in a scope (%s)', (provider) => {
  let world: CoordinatorWorld;
  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
  }, 120_000);
  afterAll(() => world.bot.close());

  it('splits a county month between hospitals and keeps every day once', async () => {
    const db = world.bot.db;
    const region = await findRegionByCode(db, ZHANGPING);
    const countyScope: ViewScope = {
      all: false,
      regionPaths: [region!.path],
      supportingInstitutionIds: [],
      within: {},
    };
    const all = await listServiceDayFacts(db, { scope: countyScope, from: '2023-09-01', to: '2023-10-31' });
    expect(all.length).toBeGreaterThan(0);
    const hospitalId = (await findInstitutionByCode(db, demoInstitutionCode('zhangping_hospital')))!.id;
    const mine = await listServiceDayFacts(db, {
      scope: { ...countyScope, within: { supportingInstitutionId: hospitalId } },
      from: '2023-09-01',
      to: '2023-10-31',
    });
    expect(mine.every((f) => f.supportingInstitutionId === hospitalId)).toBe(true);
    const everything = await listServiceDayFacts(db, {
      scope: { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} },
      from: '2023-09-01',
      to: '2023-10-31',
    });
    expect(sumFigures(everything).serviceDays).toBe(
      await db.serviceDay.count({ where: { serviceDate: { gte: '2023-09-01', lte: '2023-10-31' } } }),
    );
    expect(sumFigures(all).serviceDays).toBe(all.length);
  });

  it('reads the same days in SQL as the Prisma where-clause selects, for every kind of scope', async () => {
    const db = world.bot.db;
    const region = (await findRegionByCode(db, ZHANGPING))!;
    const hospitalId = (await findInstitutionByCode(db, demoInstitutionCode('zhangping_hospital')))!.id;
    const clinic = (await db.serviceDay.findFirst({ select: { institutionId: true } }))!.institutionId;
    const none = { all: false, regionPaths: [], supportingInstitutionIds: [], within: {} };
    const scopes: ViewScope[] = [
      { ...none, all: true },
      none,
      { ...none, regionPaths: [region.path] },
      { ...none, regionPaths: ['/35/'], supportingInstitutionIds: [hospitalId] },
      { ...none, supportingInstitutionIds: [hospitalId] },
      { ...none, regionPaths: [region.path], within: { supportingInstitutionId: hospitalId } },
      { ...none, supportingInstitutionIds: [hospitalId], within: { regionPath: region.path } },
      { ...none, all: true, within: { recipientInstitutionId: clinic } },
    ];
    const range = { from: '2000-01-01', to: '2099-12-31' };
    for (const scope of scopes) {
      const facts = await listServiceDayFacts(db, { scope, ...range });
      const days = await db.serviceDay.findMany({
        where: { ...serviceDayInScope(scope), serviceDate: { gte: range.from, lte: range.to } },
        select: { id: true },
        orderBy: [{ serviceDate: 'asc' }, { id: 'asc' }],
      });
      expect(
        facts.map((fact) => fact.serviceDayId),
        JSON.stringify(scope),
      ).toEqual(days.map((day) => day.id));
    }
  });

  it('takes a region path in SQL literally: LIKE’s own wildcards match only themselves', async () => {
    // Prisma's startsWith passes them through (`/%/` matched every day), which region codes never contain.
    const none = { all: false, regionPaths: [], supportingInstitutionIds: [], within: {} };
    for (const path of ['/%/', '/3_/', '/\\/']) {
      const facts = await listServiceDayFacts(world.bot.db, {
        scope: { ...none, regionPaths: [path] },
        from: '2000-01-01',
        to: '2099-12-31',
      });
      expect(facts, path).toEqual([]);
    }
  });

  it('shows nothing to a scope with no base, in every entity (Prisma drops an empty OR inside an AND)', async () => {
    const db = world.bot.db;
    const none: ViewScope = { all: false, regionPaths: [], supportingInstitutionIds: [], within: {} };
    expect(await db.serviceDay.count()).toBeGreaterThan(0);
    expect(await db.serviceDay.count({ where: serviceDayInScope(none) })).toBe(0);
    expect(await db.assignment.count({ where: assignmentInScope(none) })).toBe(0);
    expect(await db.reportingObligation.count({ where: obligationInScope(none) })).toBe(0);
    expect(await db.auditLog.count({ where: auditEntryInScope(none) })).toBe(0);
    expect(await listProgramsInScope(db, none, { from: '2000-01-01', to: '2099-12-31' })).toEqual([]);
  });
});
