import { describe, expect, it } from 'vitest';
import type { RoleName } from '../../src/core/context.js';
import { canGrant, scopeKindOf, type GrantScope } from '../../src/permissions/grants.js';
import { ACTORS, INSTITUTIONS, PATHS } from './fixtures.js';
import { matrixCases, type Matrix } from './matrix.js';

/** A role together with the scope it is granted for. */
const GRANTS = {
  hospitalCoordinatorOfCountyHospital: ['HOSPITAL_COORDINATOR', inst('countyHospital')],
  clinicHeadOfTownshipClinic: ['CLINIC_HEAD', inst('townshipClinic')],
  clinicHeadOfSiblingClinic: ['CLINIC_HEAD', inst('siblingClinic')],
  hospitalCoordinatorOfOtherCity: ['HOSPITAL_COORDINATOR', inst('otherCityHospital')],
  countyCoordinator: ['REGION_COORDINATOR', region(30, PATHS.county)],
  townshipCoordinator: ['REGION_COORDINATOR', region(40, PATHS.township)],
  physician: ['PHYSICIAN', { kind: 'none' }],
  admin: ['ADMIN', { kind: 'none' }],
} satisfies Record<string, [RoleName, GrantScope]>;

type GrantName = keyof typeof GRANTS;

function inst(name: keyof typeof INSTITUTIONS): GrantScope {
  return { kind: 'institution', institution: INSTITUTIONS[name] };
}

function region(id: number, path: string): GrantScope {
  return { kind: 'region', region: { id, path } };
}

const T = true;
const F = false;
const NONE = {
  hospitalCoordinatorOfCountyHospital: F,
  clinicHeadOfTownshipClinic: F,
  clinicHeadOfSiblingClinic: F,
  hospitalCoordinatorOfOtherCity: F,
  countyCoordinator: F,
  townshipCoordinator: F,
  physician: F,
  admin: F,
};
const ALL = Object.fromEntries(Object.keys(NONE).map((k) => [k, T])) as Record<GrantName, boolean>;

describe('canGrant', () => {
  const matrix: Matrix<GrantName> = {
    unregistered: NONE,
    physician: NONE,
    clinicHead: NONE,
    hospitalCoordinator: NONE,
    countyCoordinator: { ...NONE, hospitalCoordinatorOfCountyHospital: T, clinicHeadOfTownshipClinic: T },
    cityCoordinator: {
      ...NONE,
      hospitalCoordinatorOfCountyHospital: T,
      clinicHeadOfTownshipClinic: T,
      clinicHeadOfSiblingClinic: T,
    },
    provinceCoordinator: {
      ...NONE,
      hospitalCoordinatorOfCountyHospital: T,
      clinicHeadOfTownshipClinic: T,
      clinicHeadOfSiblingClinic: T,
      hospitalCoordinatorOfOtherCity: T,
    },
    admin: ALL,
    configuredAdmin: ALL,
  };
  it.each(matrixCases(matrix))('%s granting %s → %s', (actor, grant, expected) => {
    const [role, scope] = GRANTS[grant];
    expect(canGrant(ACTORS[actor], role, scope)).toBe(expected);
  });

  it('never allows a scope of the wrong kind, not even to administrators', () => {
    expect(canGrant(ACTORS.admin, 'REGION_COORDINATOR', inst('countyHospital'))).toBe(false);
    expect(canGrant(ACTORS.admin, 'CLINIC_HEAD', { kind: 'none' })).toBe(false);
    expect(canGrant(ACTORS.admin, 'PHYSICIAN', inst('countyHospital'))).toBe(false);
  });
});

describe('scopeKindOf', () => {
  it('puts institution roles on institutions, region coordinators on regions, the rest on nothing', () => {
    expect(scopeKindOf('CLINIC_HEAD')).toBe('institution');
    expect(scopeKindOf('HOSPITAL_COORDINATOR')).toBe('institution');
    expect(scopeKindOf('REGION_COORDINATOR')).toBe('region');
    expect(scopeKindOf('PHYSICIAN')).toBe('none');
    expect(scopeKindOf('ADMIN')).toBe('none');
  });
});
