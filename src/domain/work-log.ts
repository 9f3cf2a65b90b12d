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
  // The three remote kinds apart, as the official monthly form counts them (a log written before the
  // split keeps its combined 远程 figure under remoteConsultations: migration remote_kinds_split).
  'remoteConsultations',
  'remoteImaging',
  'remoteEcg',
  'healthEducation',
  'newTechniques',
] as const;

/** One workload figure. */
export type WorkLogMetric = (typeof WORK_LOG_METRICS)[number];

/** Every workload figure. */
export type WorkLogValues = Record<WorkLogMetric, number>;
