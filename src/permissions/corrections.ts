import type { Actor } from '../core/context.js';
import { coordinatesRegion, type InstitutionRef } from './actor-roles.js';
import { canManagePhysician, type PersonHome } from './people.js';

/**
 * Whether the actor may approve or reject a physician's correction (补卡) at a clinic: whoever manages
 * the physician (their hospital coordinator, a region coordinator above their hospital, an
 * administrator). A physician with no home hospital on record is decided by the region coordinators
 * above the clinic, the only coordinators the request can reach.
 */
export function canDecideCorrection(actor: Actor, subject: { home: PersonHome; clinic: InstitutionRef }): boolean {
  if (canManagePhysician(actor, subject.home)) return true;
  return subject.home === null && coordinatesRegion(actor, subject.clinic.regionPath);
}
