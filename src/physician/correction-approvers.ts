import type { DbOrTx } from '../db/client.js';
import type { PersonWithHome } from '../db/queries/people.js';
import { institutionRoleHolders, regionCoordinatorsAbove } from '../db/queries/role-grants.js';
import type { Institution, Person } from '../generated/sqlite/client.js';
import { isWithinRegionPath } from '../permissions/region-path.js';

/**
 * Who decides a physician's corrections: the hospital coordinators of their home hospital; when it has
 * none, the nearest region coordinators above the clinic who also cover the physician's hospital (any
 * above the clinic when the physician has no home hospital). Matches `canDecideCorrection`.
 */
export async function correctionApprovers(
  db: DbOrTx,
  physician: PersonWithHome,
  clinic: Institution,
): Promise<Person[]> {
  const home = physician.homeInstitution;
  if (home) {
    const coordinators = await institutionRoleHolders(db, 'HOSPITAL_COORDINATOR', home.id);
    if (coordinators.length > 0) return coordinators;
  }
  const above = (await regionCoordinatorsAbove(db, clinic.regionPath)).filter(
    (rc) => !home || isWithinRegionPath(home.regionPath, rc.regionPath),
  );
  // Nearest level only: a county's coordinators, not also the province's.
  const nearest = above[0]?.regionPath;
  const people = above.filter((rc) => rc.regionPath === nearest).map((rc) => rc.person);
  return [...new Map(people.map((p) => [p.id, p])).values()];
}
