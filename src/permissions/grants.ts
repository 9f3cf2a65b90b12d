import type { Actor, RoleName } from '../core/context.js';
import { coordinatesRegion, type InstitutionRef } from './actor-roles.js';

/** What a role is held for: an institution, a region, or nothing (physician, administrator). */
export type ScopeKind = 'institution' | 'region' | 'none';

/** The scope of a grant being made or revoked. */
export type GrantScope =
  | { kind: 'institution'; institution: InstitutionRef }
  | { kind: 'region'; region: { id: number; path: string } }
  | { kind: 'none' };

/** The kind of scope each role is granted with. */
export function scopeKindOf(role: RoleName): ScopeKind {
  switch (role) {
    case 'CLINIC_HEAD':
    case 'HOSPITAL_COORDINATOR':
      return 'institution';
    case 'REGION_COORDINATOR':
      return 'region';
    case 'PHYSICIAN':
    case 'ADMIN':
      return 'none';
  }
}

/** Roles a region coordinator may hand out inside their region. */
const DELEGABLE: readonly RoleName[] = ['HOSPITAL_COORDINATOR', 'CLINIC_HEAD'];

/**
 * Whether the actor may grant (or revoke) `role` with `scope`. Administrators grant anything; a region
 * coordinator grants hospital coordinator and clinic head roles for institutions inside their region;
 * nobody else grants anything. A scope of the wrong kind for the role is never allowed.
 */
export function canGrant(actor: Actor, role: RoleName, scope: GrantScope): boolean {
  if (scope.kind !== scopeKindOf(role)) return false;
  if (actor.isAdmin) return true;
  return (
    DELEGABLE.includes(role) && scope.kind === 'institution' && coordinatesRegion(actor, scope.institution.regionPath)
  );
}
