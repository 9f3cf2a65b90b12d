import type { Metric } from '../generated/sqlite/enums.js';
import type { ScopedAssignment } from '../db/queries/scoped-assignments.js';
import type { WorkLogMetric } from '../db/queries/work-logs.js';
import type { ServiceDayFact } from '../db/queries/workload-facts.js';
import { isWithinRegionPath } from '../permissions/region-path.js';
import { sumFigures, type WorkloadFigures } from './workload-figures.js';

/**
 * What a program target (`Metric`) is measured against, from the records: the workload figures of the
 * service days, and the assignments already started. Pure, so the same rows always give the same actuals.
 */

/** The records a set of actuals is computed from. */
export interface ActualsBasis {
  figures: WorkloadFigures;
  /** Distinct physicians with an active assignment already started. */
  physiciansPlaced: number;
  /** Active assignments already started (人次). */
  personTimes: number;
}

/** Targets measured by a work-log figure. */
const LOG_METRICS: Partial<Record<Metric, WorkLogMetric>> = {
  PATIENTS: 'patients',
  SPECIAL_POPULATION: 'specialPopulation',
  HOME_VISITS: 'homeVisits',
  LECTURES: 'lectures',
  TRAINING: 'training',
  TEACHING_ROUNDS: 'teachingRounds',
  CASE_DISCUSSIONS: 'caseDiscussions',
  SURGERY_TEACHING: 'surgeryTeaching',
  REMOTE_SERVICES: 'remoteServices',
  HEALTH_EDUCATION: 'healthEducation',
  NEW_TECHNIQUES: 'newTechniques',
};

/** Folds service-day facts and started assignments into a basis. */
export function actualsBasis(facts: readonly ServiceDayFact[], assignments: readonly ScopedAssignment[]): ActualsBasis {
  return {
    figures: sumFigures(facts),
    physiciansPlaced: new Set(assignments.map((a) => a.physicianId)).size,
    personTimes: assignments.length,
  };
}

/** The basis of the records at clinics under a region path. */
export function basisUnder(
  path: string,
  facts: readonly ServiceDayFact[],
  assignments: readonly ScopedAssignment[],
): ActualsBasis {
  return actualsBasis(
    facts.filter((fact) => isWithinRegionPath(fact.institutionRegionPath, path)),
    assignments.filter((assignment) => isWithinRegionPath(assignment.institutionRegionPath, path)),
  );
}

/** The actual of a metric; null for a metric the records do not measure (mobile hospital tours). */
export function actualOf(metric: Metric, basis: ActualsBasis): number | null {
  const logMetric = LOG_METRICS[metric];
  if (logMetric) return basis.figures[logMetric];
  switch (metric) {
    case 'PHYSICIANS_PLACED':
      return basis.physiciansPlaced;
    case 'PERSON_TIMES':
      return basis.personTimes;
    case 'SERVICE_DAYS':
      return basis.figures.serviceDays;
    case 'TOWNSHIPS_COVERED':
      return basis.figures.clinicsServed;
    default:
      return null;
  }
}
