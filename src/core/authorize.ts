import { holdsRole } from '../permissions/actor-roles.js';
import type { Actor, Audience } from './context.js';

/** Whether an actor may use something meant for an audience, and if not, why. */
export type Verdict = 'allowed' | 'unregistered' | 'forbidden';

/**
 * The audience check for commands, card actions and event handlers. `ANYONE` lets unregistered users
 * in; administrators may use everything; otherwise the actor must be registered and, unless the
 * audience includes `REGISTERED`, hold one of the listed roles.
 */
export function authorize(actor: Actor, audience: readonly Audience[]): Verdict {
  if (audience.includes('ANYONE') || actor.isAdmin) return 'allowed';
  if (actor.person === null) return 'unregistered';
  if (audience.includes('REGISTERED')) return 'allowed';
  const allowed = audience.some((who) => who !== 'ANYONE' && who !== 'REGISTERED' && holdsRole(actor, who));
  return allowed ? 'allowed' : 'forbidden';
}

/** Shorthand for `authorize(...) === 'allowed'` (e.g. to filter /帮助). */
export function mayUse(actor: Actor, audience: readonly Audience[]): boolean {
  return authorize(actor, audience) === 'allowed';
}
