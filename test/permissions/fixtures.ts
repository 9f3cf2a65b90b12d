import type { Actor, ScopedRole } from '../../src/core/context.js';
import type { InstitutionRef } from '../../src/permissions/actor-roles.js';

/**
 * A small region tree for permission tests: Fujian → Longyan (city) → Zhangping (county) → Jingcheng
 * (township), with Xinluo as Zhangping's sibling county and Xiamen/Siming as another city.
 */
export const PATHS = {
  province: '/35/',
  city: '/35/3508/',
  county: '/35/3508/350881/',
  township: '/35/3508/350881/350881001/',
  siblingCounty: '/35/3508/350802/',
  otherCity: '/35/3502/',
  otherCityCounty: '/35/3502/350203/',
} as const;

/** Institutions: a hospital and a clinic in the county, one in the sibling county, one in another city. */
export const INSTITUTIONS = {
  countyHospital: { id: 1, regionPath: PATHS.county },
  townshipClinic: { id: 2, regionPath: PATHS.township },
  siblingClinic: { id: 3, regionPath: PATHS.siblingCounty },
  otherCityHospital: { id: 4, regionPath: PATHS.otherCityCounty },
} as const satisfies Record<string, InstitutionRef>;

export type InstitutionName = keyof typeof INSTITUTIONS;

function actor(roles: ScopedRole[], options: { isAdmin?: boolean; registered?: boolean } = {}): Actor {
  const person = options.registered === false ? null : { id: 100, name: '测试', homeInstitutionId: 1, title: null };
  return { person, roles, isAdmin: options.isAdmin ?? false };
}

const regionCoordinator = (regionId: number, regionPath: string): ScopedRole => ({
  role: 'REGION_COORDINATOR',
  regionId,
  regionPath,
});

/** One actor per role that matters, scoped to the county where the role has a scope. */
export const ACTORS = {
  unregistered: actor([], { registered: false }),
  physician: actor([{ role: 'PHYSICIAN' }]),
  clinicHead: actor([{ role: 'CLINIC_HEAD', institutionId: 2, regionPath: PATHS.township }]),
  hospitalCoordinator: actor([{ role: 'HOSPITAL_COORDINATOR', institutionId: 1, regionPath: PATHS.county }]),
  countyCoordinator: actor([regionCoordinator(30, PATHS.county)]),
  cityCoordinator: actor([regionCoordinator(20, PATHS.city)]),
  provinceCoordinator: actor([regionCoordinator(10, PATHS.province)]),
  admin: actor([{ role: 'ADMIN' }], { isAdmin: true }),
  configuredAdmin: actor([], { isAdmin: true, registered: false }),
} satisfies Record<string, Actor>;

export type ActorName = keyof typeof ACTORS;

/** Every actor name, for tables that must cover them all. */
export const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];
