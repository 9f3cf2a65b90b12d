import type { Actor } from '../core/context.js';
import { coordinatesInstitution, coordinatesRegion } from './actor-roles.js';
import { isClinicHeadOf } from './clinic-head.js';

/** A group subscription as the permission check sees it. */
export interface SubscriptionRef {
  createdById: number | null;
  institution: { id: number; regionPath: string } | null;
  region: { path: string } | null;
}

/**
 * Whether the actor may cancel a group's subscription: whoever made it, an administrator, a coordinator
 * whose scope covers its clinic, hospital or region, or the head of its clinic.
 */
export function mayCancelSubscription(actor: Actor, subscription: SubscriptionRef): boolean {
  if (actor.isAdmin) return true;
  if (actor.person && subscription.createdById === actor.person.id) return true;
  const { institution, region } = subscription;
  if (institution) return coordinatesInstitution(actor, institution) || isClinicHeadOf(actor, institution.id);
  return region !== null && coordinatesRegion(actor, region.path);
}
