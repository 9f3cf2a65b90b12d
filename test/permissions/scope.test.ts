import { describe, expect, it } from 'vitest';
import { canViewInstitution, canViewRegion, narrowScope, scopeOf } from '../../src/permissions/scope.js';
import { ACTORS, INSTITUTIONS, PATHS, type InstitutionName } from './fixtures.js';
import { matrixCases, type Matrix } from './matrix.js';

type RegionName = 'township' | 'county' | 'siblingCounty' | 'city' | 'province' | 'otherCity';

const T = true;
const F = false;

describe('canViewRegion', () => {
  const matrix: Matrix<RegionName> = {
    unregistered: { township: F, county: F, siblingCounty: F, city: F, province: F, otherCity: F },
    physician: { township: F, county: F, siblingCounty: F, city: F, province: F, otherCity: F },
    clinicHead: { township: F, county: F, siblingCounty: F, city: F, province: F, otherCity: F },
    hospitalCoordinator: { township: F, county: F, siblingCounty: F, city: F, province: F, otherCity: F },
    countyCoordinator: { township: T, county: T, siblingCounty: F, city: F, province: F, otherCity: F },
    cityCoordinator: { township: T, county: T, siblingCounty: T, city: T, province: F, otherCity: F },
    provinceCoordinator: { township: T, county: T, siblingCounty: T, city: T, province: T, otherCity: T },
    admin: { township: T, county: T, siblingCounty: T, city: T, province: T, otherCity: T },
    configuredAdmin: { township: T, county: T, siblingCounty: T, city: T, province: T, otherCity: T },
  };
  it.each(matrixCases(matrix))('%s viewing the %s region → %s', (actor, region, expected) => {
    expect(canViewRegion(ACTORS[actor], PATHS[region])).toBe(expected);
  });

  it('does not take a code prefix for a parent region', () => {
    const coordinator = {
      ...ACTORS.countyCoordinator,
      roles: [{ role: 'REGION_COORDINATOR' as const, regionPath: '/35/35/' }],
    };
    expect(canViewRegion(coordinator, '/35/3508/')).toBe(false);
  });

  it('accepts paths written without the closing slash', () => {
    expect(canViewRegion(ACTORS.countyCoordinator, '/35/3508/350881/350881001')).toBe(true);
  });
});

describe('canViewInstitution', () => {
  const matrix: Matrix<InstitutionName> = {
    unregistered: { countyHospital: F, townshipClinic: F, siblingClinic: F, otherCityHospital: F },
    physician: { countyHospital: F, townshipClinic: F, siblingClinic: F, otherCityHospital: F },
    clinicHead: { countyHospital: F, townshipClinic: T, siblingClinic: F, otherCityHospital: F },
    hospitalCoordinator: { countyHospital: T, townshipClinic: F, siblingClinic: F, otherCityHospital: F },
    countyCoordinator: { countyHospital: T, townshipClinic: T, siblingClinic: F, otherCityHospital: F },
    cityCoordinator: { countyHospital: T, townshipClinic: T, siblingClinic: T, otherCityHospital: F },
    provinceCoordinator: { countyHospital: T, townshipClinic: T, siblingClinic: T, otherCityHospital: T },
    admin: { countyHospital: T, townshipClinic: T, siblingClinic: T, otherCityHospital: T },
    configuredAdmin: { countyHospital: T, townshipClinic: T, siblingClinic: T, otherCityHospital: T },
  };
  it.each(matrixCases(matrix))('%s viewing %s → %s', (actor, institution, expected) => {
    expect(canViewInstitution(ACTORS[actor], INSTITUTIONS[institution])).toBe(expected);
  });
});

describe('scopeOf', () => {
  it('is everything for administrators, configured or granted', () => {
    expect(scopeOf(ACTORS.admin)).toEqual({ all: true, regionPaths: [], institutionIds: [] });
    expect(scopeOf(ACTORS.configuredAdmin).all).toBe(true);
  });

  it('is empty for physicians and unregistered users', () => {
    expect(scopeOf(ACTORS.physician)).toEqual({ all: false, regionPaths: [], institutionIds: [] });
    expect(scopeOf(ACTORS.unregistered)).toEqual({ all: false, regionPaths: [], institutionIds: [] });
  });

  it('is the region of a region coordinator and the institution of a hospital coordinator', () => {
    expect(scopeOf(ACTORS.countyCoordinator)).toEqual({ all: false, regionPaths: [PATHS.county], institutionIds: [] });
    expect(scopeOf(ACTORS.hospitalCoordinator)).toEqual({ all: false, regionPaths: [], institutionIds: [1] });
    expect(scopeOf(ACTORS.clinicHead)).toEqual({ all: false, regionPaths: [], institutionIds: [2] });
  });

  it('unites several grants, dropping what a wider grant already covers', () => {
    const actor = {
      ...ACTORS.countyCoordinator,
      roles: [
        { role: 'REGION_COORDINATOR' as const, regionId: 30, regionPath: PATHS.county },
        { role: 'REGION_COORDINATOR' as const, regionId: 20, regionPath: PATHS.city },
        { role: 'REGION_COORDINATOR' as const, regionId: 99, regionPath: PATHS.otherCityCounty },
        { role: 'HOSPITAL_COORDINATOR' as const, institutionId: 3, regionPath: PATHS.siblingCounty },
        { role: 'CLINIC_HEAD' as const, institutionId: 5, regionPath: '/36/3601/' },
        { role: 'CLINIC_HEAD' as const, institutionId: 5, regionPath: '/36/3601/' },
      ],
    };
    expect(scopeOf(actor)).toEqual({
      all: false,
      regionPaths: [PATHS.city, PATHS.otherCityCounty],
      institutionIds: [5],
    });
  });
});

describe('narrowScope', () => {
  it('gives the whole scope when nothing narrower is asked for', () => {
    expect(narrowScope(ACTORS.cityCoordinator)).toEqual({
      ok: true,
      scope: { all: false, regionPaths: [PATHS.city], institutionIds: [] },
    });
  });

  it('narrows a city coordinator to one of their counties', () => {
    expect(narrowScope(ACTORS.cityCoordinator, { kind: 'region', path: PATHS.county })).toEqual({
      ok: true,
      scope: { all: false, regionPaths: [PATHS.county], institutionIds: [] },
    });
  });

  it('narrows to one institution inside the scope', () => {
    const decision = narrowScope(ACTORS.countyCoordinator, {
      kind: 'institution',
      institution: INSTITUTIONS.townshipClinic,
    });
    expect(decision).toEqual({ ok: true, scope: { all: false, regionPaths: [], institutionIds: [2] } });
  });

  it('refuses a county coordinator the sibling county, the parent city and another city', () => {
    for (const path of [PATHS.siblingCounty, PATHS.city, PATHS.otherCity]) {
      expect(narrowScope(ACTORS.countyCoordinator, { kind: 'region', path })).toMatchObject({
        ok: false,
        code: 'OUT_OF_SCOPE',
      });
    }
    const sibling = { kind: 'institution' as const, institution: INSTITUTIONS.siblingClinic };
    expect(narrowScope(ACTORS.countyCoordinator, sibling)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
  });

  it('refuses a hospital coordinator any region, even their own county', () => {
    expect(narrowScope(ACTORS.hospitalCoordinator, { kind: 'region', path: PATHS.county })).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
    });
  });

  it('refuses people with no scope at all', () => {
    expect(narrowScope(ACTORS.physician)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      messageKey: 'identity.noScope',
    });
    expect(narrowScope(ACTORS.unregistered)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('lets administrators narrow to anything', () => {
    expect(narrowScope(ACTORS.admin, { kind: 'region', path: PATHS.otherCity })).toMatchObject({ ok: true });
  });
});
