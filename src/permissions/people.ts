import type { Actor, RoleName } from '../core/context.js';
import { coordinatesInstitution, type InstitutionRef } from './actor-roles.js';

/** A person's home institution as permission checks see it; null when the person has none. */
export type PersonHome = InstitutionRef | null;

/**
 * Whether the actor may manage a physician (assign, correct, view their records): an administrator,
 * the hospital coordinator of the physician's home hospital, or a region coordinator above it.
 */
export function canManagePhysician(actor: Actor, home: PersonHome): boolean {
  if (actor.isAdmin) return true;
  return home !== null && coordinatesInstitution(actor, home);
}

/** Who the person being bound is, as far as binding rules care. */
export interface BindTarget {
  home: PersonHome;
  /** Roles the person holds now. */
  roles: readonly RoleName[];
  /** Whether the person already has a chat account on the platform of the binding. */
  hasAccount: boolean;
}

/**
 * Whether the actor may bind a chat account to the person: `allowed`, `needsAdmin` (the person already
 * has an account on this platform, or holds a role above physician and clinic head: only an
 * administrator binds them) or `outOfScope` (the person's home institution is outside what the actor
 * coordinates). Administrators may bind anyone; people without a home institution only administrators.
 */
export function bindDecision(actor: Actor, target: BindTarget): 'allowed' | 'needsAdmin' | 'outOfScope' {
  if (actor.isAdmin) return 'allowed';
  if (target.home === null || !coordinatesInstitution(actor, target.home)) return 'outOfScope';
  const privileged = target.roles.some((role) => !COORDINATOR_BINDABLE.includes(role));
  return privileged || target.hasAccount ? 'needsAdmin' : 'allowed';
}

/** The roles a coordinator may bind an account to; anyone holding another role is bound by an administrator. */
const COORDINATOR_BINDABLE: readonly RoleName[] = ['PHYSICIAN', 'CLINIC_HEAD', 'TEAM_LEADER'];
