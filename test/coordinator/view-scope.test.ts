import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/context.js';
import { sumFigures } from '../../src/coordinator/workload-figures.js';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { findRegionByCode } from '../../src/db/queries/regions.js';
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
});
