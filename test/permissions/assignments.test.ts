import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/context.js';
import { assignsAsHospitalOnly, canAssign } from '../../src/permissions/assignments.js';

const ZHANGPING = '/35/3508/350881/';
const county: Actor = {
  person: { id: 1, name: '苏建明', homeInstitutionId: null, title: null },
  roles: [{ role: 'REGION_COORDINATOR', regionId: 3, regionPath: ZHANGPING }],
  isAdmin: false,
};
const hospital: Actor = {
  person: { id: 2, name: '吴国华', homeInstitutionId: 7, title: null },
  roles: [{ role: 'HOSPITAL_COORDINATOR', institutionId: 7, regionPath: ZHANGPING }],
  isAdmin: false,
};
const admin: Actor = { person: null, roles: [], isAdmin: true };
const clinicInCounty = { id: 20, regionPath: `${ZHANGPING}350881002/` };
const clinicElsewhere = { id: 30, regionPath: '/35/3508/350802/350802100/' };
const ownPhysician = { id: 7, regionPath: ZHANGPING };
const otherPhysician = { id: 8, regionPath: '/35/3508/350802/' };

describe('who may assign', () => {
  it('lets a region coordinator assign anyone to clinics in their region only', () => {
    expect(canAssign(county, { home: otherPhysician, clinic: clinicInCounty })).toBe(true);
    expect(canAssign(county, { home: null, clinic: clinicInCounty })).toBe(true);
    expect(canAssign(county, { home: ownPhysician, clinic: clinicElsewhere })).toBe(false);
  });

  it("lets a hospital coordinator assign their own physicians anywhere, never another hospital's", () => {
    expect(canAssign(hospital, { home: ownPhysician, clinic: clinicElsewhere })).toBe(true);
    expect(canAssign(hospital, { home: otherPhysician, clinic: clinicInCounty })).toBe(false);
    expect(canAssign(hospital, { home: null, clinic: clinicInCounty })).toBe(false);
    expect(assignsAsHospitalOnly(hospital, clinicInCounty)).toBe(true);
  });

  it('lets an administrator assign anyone anywhere', () => {
    expect(canAssign(admin, { home: null, clinic: clinicElsewhere })).toBe(true);
    expect(assignsAsHospitalOnly(admin, clinicElsewhere)).toBe(false);
    expect(assignsAsHospitalOnly(county, clinicInCounty)).toBe(false);
  });
});
