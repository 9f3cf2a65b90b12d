import type { Actor } from '../core/context.js';
import { coordinatesRegion, rolesNamed, type InstitutionRef } from './actor-roles.js';

/**
 * Whether the actor may submit a hospital's monthly report: only that hospital's own coordinator (医务科).
 * Bureaus and administrators read reports and may return them; they never submit one.
 */
export function canSubmitReport(actor: Actor, hospital: InstitutionRef): boolean {
  return rolesNamed(actor, 'HOSPITAL_COORDINATOR').some((held) => held.institutionId === hospital.id);
}

/** Whether the actor may return a submitted report for correction: a bureau above the hospital, or an administrator. */
export function canReturnReport(actor: Actor, hospital: InstitutionRef): boolean {
  return actor.isAdmin || coordinatesRegion(actor, hospital.regionPath);
}
