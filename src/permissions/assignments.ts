import type { Actor } from '../core/context.js';
import { coordinatesRegion, rolesNamed, type InstitutionRef } from './actor-roles.js';
import type { PersonHome } from './people.js';

/** Who is assigned where: the physician's home hospital and the recipient clinic. */
export interface AssignmentSubject {
  home: PersonHome;
  clinic: InstitutionRef;
}

/** Whether a region coordinator grant (or administration) lets the actor assign to this clinic. */
function coversClinic(actor: Actor, clinic: InstitutionRef): boolean {
  return actor.isAdmin || coordinatesRegion(actor, clinic.regionPath);
}

/**
 * Whether the actor may assign (or cancel an assignment of) this physician to this clinic: an
 * administrator; a region coordinator (卫健局) for clinics inside their region, whoever the physician is;
 * a hospital coordinator (医务科) for their own hospital's physicians, wherever the clinic is.
 */
export function canAssign(actor: Actor, subject: AssignmentSubject): boolean {
  if (coversClinic(actor, subject.clinic)) return true;
  const home = subject.home;
  return home !== null && rolesNamed(actor, 'HOSPITAL_COORDINATOR').some((held) => held.institutionId === home.id);
}

/**
 * Whether the actor assigns only as the physician's hospital coordinator (not as the clinic's region
 * coordinator or an administrator): the program must then count their hospital among its supporting
 * units (支援单位).
 */
export function assignsAsHospitalOnly(actor: Actor, clinic: InstitutionRef): boolean {
  return !coversClinic(actor, clinic);
}
