/**
 * The workload figures of a service day, as the domain names them (DOMAIN.md "What is counted"). The
 * database columns of `work_logs` carry the same names; cards and features read them from here, never
 * from the database layer.
 */

/** The workload figures a log records, in display order. */
export const WORK_LOG_METRICS = [
  'patients',
  'specialPopulation',
  'homeVisits',
  'lectures',
  'training',
  'teachingRounds',
  'caseDiscussions',
  'surgeryTeaching',
  'remoteServices',
  'healthEducation',
  'newTechniques',
] as const;

/** One workload figure. */
export type WorkLogMetric = (typeof WORK_LOG_METRICS)[number];

/** Every workload figure. */
export type WorkLogValues = Record<WorkLogMetric, number>;
