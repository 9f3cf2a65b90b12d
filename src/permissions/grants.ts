import type { Actor, RoleName } from '../core/context.js';
import type { InstitutionKind } from '../generated/sqlite/client.js';
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
    case 'TITLE_OFFICE':
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

/** The kinds of institution each institution-scoped role belongs to: 医务科 at hospitals, 负责人 at recipient clinics. */
const ROLE_INSTITUTION_KINDS: Partial<Record<RoleName, readonly InstitutionKind[]>> = {
  HOSPITAL_COORDINATOR: ['PROVINCIAL_HOSPITAL', 'CITY_HOSPITAL', 'COUNTY_HOSPITAL'],
  CLINIC_HEAD: ['TOWNSHIP_HEALTH_CENTER', 'COMMUNITY_HEALTH_CENTER'],
};

/** A grant someone asks for: to whom, which role, where, and the kind of the institution named. */
export interface GrantRequest {
  personId: number;
  role: RoleName;
  scope: GrantScope;
  /** The kind of the scope's institution, for institution-scoped roles. */
  institutionKind?: InstitutionKind;
}

/** Why a grant is refused: to oneself, at an institution of the wrong kind, or beyond the actor's authority. */
export type GrantRefusal = 'self' | 'wrongKind' | 'forbidden';

/**
 * Whether the actor may make the grant, and if not why. Nobody grants a role to themself (administrators
 * included); an institution-scoped role is granted only at an institution of its kind; beyond that,
 * `canGrant` decides (coordinators grant only roles below their own, inside their region).
 */
export function grantRefusal(actor: Actor, request: GrantRequest): GrantRefusal | null {
  if (actor.person !== null && actor.person.id === request.personId) return 'self';
  const kinds = ROLE_INSTITUTION_KINDS[request.role];
  if (kinds && request.institutionKind !== undefined && !kinds.includes(request.institutionKind)) return 'wrongKind';
  return canGrant(actor, request.role, request.scope) ? null : 'forbidden';
}
