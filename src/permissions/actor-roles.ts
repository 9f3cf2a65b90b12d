import type { Actor, RoleName, ScopedRole } from '../core/context.js';
import { isWithinRegionPath } from './region-path.js';

/** An institution as permission checks see it. */
export interface InstitutionRef {
  id: number;
  regionPath: string;
}

/** Whether the actor holds `role` (with any scope). Configured administrators hold ADMIN. */
export function holdsRole(actor: Actor, role: RoleName): boolean {
  if (role === 'ADMIN' && actor.isAdmin) return true;
  return actor.roles.some((held) => held.role === role);
}

/** Whether the actor is a hospital or region coordinator. */
export function isCoordinator(actor: Actor): boolean {
  return holdsRole(actor, 'HOSPITAL_COORDINATOR') || holdsRole(actor, 'REGION_COORDINATOR');
}

/** The actor's grants of one role. */
export function rolesNamed(actor: Actor, role: RoleName): ScopedRole[] {
  return actor.roles.filter((held) => held.role === role);
}

/** Whether a region coordinator grant of the actor covers `regionPath`. */
export function coordinatesRegion(actor: Actor, regionPath: string): boolean {
  return rolesNamed(actor, 'REGION_COORDINATOR').some(
    (held) => held.regionPath !== undefined && isWithinRegionPath(regionPath, held.regionPath),
  );
}

/**
 * Whether the actor coordinates the institution: an administrator, a region coordinator above it, or
 * the institution's own hospital coordinator.
 */
export function coordinatesInstitution(actor: Actor, institution: InstitutionRef): boolean {
  if (actor.isAdmin) return true;
  if (coordinatesRegion(actor, institution.regionPath)) return true;
  return rolesNamed(actor, 'HOSPITAL_COORDINATOR').some((held) => held.institutionId === institution.id);
}
