import { describe, expect, it } from 'vitest';
import { isClinicHeadOf } from '../../src/permissions/clinic-head.js';
import { canDecideCorrection } from '../../src/permissions/corrections.js';
import { ACTOR_NAMES, ACTORS, INSTITUTIONS, type ActorName } from './fixtures.js';

describe('isClinicHeadOf', () => {
  it.each(ACTOR_NAMES)('%s', (name) => {
    expect(isClinicHeadOf(ACTORS[name], INSTITUTIONS.townshipClinic.id)).toBe(name === 'clinicHead');
    expect(isClinicHeadOf(ACTORS[name], INSTITUTIONS.siblingClinic.id)).toBe(false);
  });
});

describe('canDecideCorrection', () => {
  const homeInCounty = { home: INSTITUTIONS.countyHospital, clinic: INSTITUTIONS.townshipClinic };
  const homeElsewhere = { home: INSTITUTIONS.otherCityHospital, clinic: INSTITUTIONS.townshipClinic };
  const noHome = { home: null, clinic: INSTITUTIONS.townshipClinic };
  const allowed: Record<ActorName, [boolean, boolean, boolean]> = {
    unregistered: [false, false, false],
    physician: [false, false, false],
    clinicHead: [false, false, false],
    hospitalCoordinator: [true, false, false],
    countyCoordinator: [true, false, true],
    cityCoordinator: [true, false, true],
    provinceCoordinator: [true, true, true],
    admin: [true, true, true],
    configuredAdmin: [true, true, true],
  };
  it.each(ACTOR_NAMES)('%s', (name) => {
    const actor = ACTORS[name];
    expect([homeInCounty, homeElsewhere, noHome].map((s) => canDecideCorrection(actor, s))).toEqual(allowed[name]);
  });
});
