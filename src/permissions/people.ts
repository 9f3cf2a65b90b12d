import type { Actor } from '../core/context.js';
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

/**
 * Whether the actor may bind a chat account to the person: a coordinator of the person's home
 * institution (its hospital coordinator, or a region coordinator above it), or an administrator.
 * People without a home institution can only be bound by administrators.
 */
export function canBind(actor: Actor, target: { home: PersonHome }): boolean {
  return canManagePhysician(actor, target.home);
}
