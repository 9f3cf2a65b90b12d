import { describe, expect, it } from 'vitest';
import { bindDecision, canManagePhysician } from '../../src/permissions/people.js';
import { ACTORS, INSTITUTIONS } from './fixtures.js';
import { matrixCases, type Matrix } from './matrix.js';

type Home = 'countyHospital' | 'townshipClinic' | 'siblingClinic' | 'otherCityHospital' | 'none';

const HOMES = { ...INSTITUTIONS, none: null };

const T = true;
const F = false;

/** The same table holds for both: whoever coordinates a person's home institution manages and binds them. */
const matrix: Matrix<Home> = {
  unregistered: { countyHospital: F, townshipClinic: F, siblingClinic: F, otherCityHospital: F, none: F },
  physician: { countyHospital: F, townshipClinic: F, siblingClinic: F, otherCityHospital: F, none: F },
  clinicHead: { countyHospital: F, townshipClinic: F, siblingClinic: F, otherCityHospital: F, none: F },
  hospitalCoordinator: { countyHospital: T, townshipClinic: F, siblingClinic: F, otherCityHospital: F, none: F },
  countyCoordinator: { countyHospital: T, townshipClinic: T, siblingClinic: F, otherCityHospital: F, none: F },
  cityCoordinator: { countyHospital: T, townshipClinic: T, siblingClinic: T, otherCityHospital: F, none: F },
  provinceCoordinator: { countyHospital: T, townshipClinic: T, siblingClinic: T, otherCityHospital: T, none: F },
  admin: { countyHospital: T, townshipClinic: T, siblingClinic: T, otherCityHospital: T, none: T },
  configuredAdmin: { countyHospital: T, townshipClinic: T, siblingClinic: T, otherCityHospital: T, none: T },
};

describe('canManagePhysician', () => {
  it.each(matrixCases(matrix))('%s managing a physician of %s → %s', (actor, home, expected) => {
    expect(canManagePhysician(ACTORS[actor], HOMES[home])).toBe(expected);
  });
});

describe('bindDecision', () => {
  it.each(matrixCases(matrix))('%s binding a physician without an account of %s → %s', (actor, home, expected) => {
    const decision = bindDecision(ACTORS[actor], { home: HOMES[home], roles: ['PHYSICIAN'], hasAccount: false });
    expect(decision === 'allowed').toBe(expected);
  });

  it('leaves people with an account, coordinators and administrators to administrators', () => {
    const home = HOMES.countyHospital;
    const coordinator = ACTORS.countyCoordinator;
    expect(bindDecision(coordinator, { home, roles: ['CLINIC_HEAD'], hasAccount: false })).toBe('allowed');
    expect(bindDecision(coordinator, { home, roles: ['PHYSICIAN'], hasAccount: true })).toBe('needsAdmin');
    for (const role of ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'] as const) {
      expect(bindDecision(coordinator, { home, roles: ['PHYSICIAN', role], hasAccount: false })).toBe('needsAdmin');
      expect(bindDecision(ACTORS.admin, { home, roles: [role], hasAccount: true })).toBe('allowed');
    }
    expect(bindDecision(coordinator, { home: HOMES.otherCityHospital, roles: [], hasAccount: false })).toBe(
      'outOfScope',
    );
  });
});
