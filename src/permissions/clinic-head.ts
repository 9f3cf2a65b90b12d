import type { Actor } from '../core/context.js';
import { rolesNamed } from './actor-roles.js';

/**
 * Whether the actor is a clinic head (受援单位负责人) of this institution. Only they confirm or dispute
 * visits there: administrators and coordinators do not stand in for the clinic's own judgement.
 */
export function isClinicHeadOf(actor: Actor, institutionId: number): boolean {
  return rolesNamed(actor, 'CLINIC_HEAD').some((held) => held.institutionId === institutionId);
}
