import type { Metric } from '../generated/sqlite/enums.js';
import type { ScopedAssignment } from '../db/queries/scoped-assignments.js';
import type { ServiceDayFact } from '../db/queries/workload-facts.js';
import { isWithinRegionPath } from '../permissions/region-path.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import {
  assignmentFigures,
  figureLabel,
  sumFigures,
  type AssignmentFigures,
  type FigureId,
  type SurveyFigureId,
  type TourFigureId,
  type WorkloadFigures,
} from './workload-figures.js';

/**
 * What a program target (`Metric`) is measured against: a figure of the catalogue, folded from the
 * service days and the assignments already started. Pure, so the same rows always give the same actuals.
 */

/** The records a set of actuals is computed from, folded. */
export type ActualsBasis = WorkloadFigures & Pick<AssignmentFigures, 'physiciansAssigned' | 'personTimes'>;

/** The catalogue figure each target metric is measured by; null for one the records do not measure. */
export const METRIC_FIGURES: Record<Metric, Exclude<FigureId, 'minimumMet' | SurveyFigureId | TourFigureId> | null> = {
  PHYSICIANS_PLACED: 'physiciansAssigned',
  PERSON_TIMES: 'personTimes',
  SERVICE_DAYS: 'serviceDays',
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
  TOURS: null,
  TOWNSHIPS_COVERED: 'clinicsServed',
};

/** A target metric under its catalogue label (tours are not a figure of the records). */
export function metricLabel(locale: Locale, metric: Metric): string {
  const figure = METRIC_FIGURES[metric];
  return figure === null ? t(locale, `coordinator.progress.metric.${metric}`) : figureLabel(locale, figure);
}

/** Folds service-day facts and started assignments into a basis. */
export function actualsBasis(facts: readonly ServiceDayFact[], assignments: readonly ScopedAssignment[]): ActualsBasis {
  return { ...sumFigures(facts), ...assignmentFigures(assignments) };
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
  const figure = METRIC_FIGURES[metric];
  return figure === null ? null : basis[figure];
}
