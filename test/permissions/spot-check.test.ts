import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/context.js';
import { spotCheckScope } from '../../src/permissions/spot-check.js';
import { ACTORS, INSTITUTIONS, PATHS } from './fixtures.js';

const county = ACTORS.countyCoordinator;
/** A county bureau officer who also coordinates a hospital in another city. */
const both: Actor = {
  ...county,
  roles: [...county.roles, { role: 'HOSPITAL_COORDINATOR', institutionId: 4, regionPath: PATHS.otherCityCounty }],
};

describe('spot-check scope', () => {
  it('is the region coordinator’s regions, never a hospital’s own physicians', () => {
    expect(spotCheckScope(county)).toEqual({
      ok: true,
      scope: { all: false, regionPaths: [PATHS.county], supportingInstitutionIds: [], within: {} },
    });
    expect(spotCheckScope(ACTORS.hospitalCoordinator)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(spotCheckScope(ACTORS.physician)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(spotCheckScope(both)).toMatchObject({ ok: true, scope: { supportingInstitutionIds: [] } });
    expect(spotCheckScope(ACTORS.admin)).toMatchObject({ ok: true, scope: { all: true } });
  });

  it('narrows to a town, a clinic or a hospital’s physicians inside the region, and refuses places outside', () => {
    const town = { kind: 'region', path: PATHS.township } as const;
    expect(spotCheckScope(county, town)).toMatchObject({ ok: true, scope: { within: { regionPath: town.path } } });
    const clinic = { kind: 'recipient', institutionId: 2, regionPath: INSTITUTIONS.townshipClinic.regionPath } as const;
    expect(spotCheckScope(county, clinic)).toMatchObject({
      ok: true,
      scope: { within: { recipientInstitutionId: 2 } },
    });
    const physiciansOf = { kind: 'supporting', institutionId: 4 } as const;
    expect(spotCheckScope(county, physiciansOf)).toMatchObject({
      ok: true,
      scope: { regionPaths: [PATHS.county], within: { supportingInstitutionId: 4 } },
    });
    const elsewhere = { kind: 'region', path: PATHS.siblingCounty } as const;
    expect(spotCheckScope(county, elsewhere)).toEqual({ ok: false, code: 'OUT_OF_SCOPE' });
    // Coordinating a hospital widens /汇总 to its physicians anywhere, but never a spot check.
    expect(spotCheckScope(both, elsewhere)).toEqual({ ok: false, code: 'OUT_OF_SCOPE' });
    const clinicElsewhere = { kind: 'recipient', institutionId: 3, regionPath: PATHS.siblingCounty } as const;
    expect(spotCheckScope(both, clinicElsewhere)).toEqual({ ok: false, code: 'OUT_OF_SCOPE' });
  });
});
