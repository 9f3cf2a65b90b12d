import type { ScopedAssignment } from '../db/queries/scoped-assignments.js';
import type { ScopedClinic } from '../db/queries/scoped-programs.js';
import type { ServiceDayFact } from '../db/queries/workload-facts.js';

/**
 * Coverage of recipient clinics in a month (DOMAIN.md: "every recipient unit covered", "the specialist
 * mix is adjusted to the local disease spectrum"): which clinics nobody is assigned to, which have
 * assignments but no visit yet, which were visited, and the specialties sent to each. Pure, so the card
 * and its tests need no database.
 */

/** Where a clinic stands in the month. */
export type CoverageState = 'UNASSIGNED' | 'NOT_VISITED' | 'VISITED';

/** Display order of the groups: what needs action first. */
export const COVERAGE_STATES: readonly CoverageState[] = ['UNASSIGNED', 'NOT_VISITED', 'VISITED'];

/** How many physicians of one specialty (null: not recorded) are assigned to a clinic. */
export interface SpecialtyCount {
  specialty: string | null;
  count: number;
}

/** One clinic's coverage. */
export interface ClinicCoverage {
  clinicId: number;
  name: string;
  state: CoverageState;
  /** Distinct physicians with an active assignment or a service day there in the month. */
  physicians: number;
  /** Service days there in the month. */
  serviceDays: number;
  /** Largest specialty first, then by name. */
  specialtyMix: SpecialtyCount[];
}

/** Folds clinics, their month's active assignments and service days into coverage, in the clinics' order. */
export function foldCoverage(
  clinics: readonly ScopedClinic[],
  assignments: readonly ScopedAssignment[],
  facts: readonly ServiceDayFact[],
): ClinicCoverage[] {
  // Physicians sent to a clinic: those assigned, and those who served there (an assignment may have been
  // cancelled after the visit), each once with their specialty.
  const specialtiesByClinic = new Map<number, Map<number, string | null>>();
  const send = (clinicId: number, physicianId: number, specialty: string | null) => {
    const physicians = specialtiesByClinic.get(clinicId) ?? new Map<number, string | null>();
    physicians.set(physicianId, specialty);
    specialtiesByClinic.set(clinicId, physicians);
  };
  for (const assignment of assignments) send(assignment.institutionId, assignment.physicianId, assignment.specialty);
  const daysByClinic = new Map<number, number>();
  for (const fact of facts) {
    send(fact.institutionId, fact.physicianId, fact.specialty);
    daysByClinic.set(fact.institutionId, (daysByClinic.get(fact.institutionId) ?? 0) + 1);
  }
  return clinics.map((clinic) => {
    const physicians = specialtiesByClinic.get(clinic.id) ?? new Map<number, string | null>();
    const serviceDays = daysByClinic.get(clinic.id) ?? 0;
    const state: CoverageState = serviceDays > 0 ? 'VISITED' : physicians.size > 0 ? 'NOT_VISITED' : 'UNASSIGNED';
    return {
      clinicId: clinic.id,
      name: clinic.name,
      state,
      physicians: physicians.size,
      serviceDays,
      specialtyMix: specialtyMix([...physicians.values()]),
    };
  });
}

function specialtyMix(specialties: readonly (string | null)[]): SpecialtyCount[] {
  const counts = new Map<string | null, number>();
  for (const specialty of specialties) counts.set(specialty, (counts.get(specialty) ?? 0) + 1);
  return [...counts.entries()]
    .map(([specialty, count]) => ({ specialty, count }))
    .sort((a, b) => b.count - a.count || (a.specialty ?? '').localeCompare(b.specialty ?? '', 'zh-CN'));
}
