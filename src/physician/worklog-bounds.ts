import { WORK_LOG_METRICS, type WorkLogMetric, type WorkLogValues } from '../db/queries/work-logs.js';

/**
 * The limits of one day's figures, in one place. `max` is impossible in a day (refused outright);
 * above `plausible` a value is possible but more likely a typo, so the physician confirms it first.
 */
export interface WorkLogBound {
  max: number;
  plausible: number;
}

/** Limits per metric for one physician's day at one clinic. */
export const WORK_LOG_BOUNDS: Readonly<Record<WorkLogMetric, WorkLogBound>> = {
  patients: { max: 1000, plausible: 200 },
  specialPopulation: { max: 500, plausible: 100 },
  homeVisits: { max: 100, plausible: 20 },
  lectures: { max: 50, plausible: 20 },
  training: { max: 1000, plausible: 200 },
  teachingRounds: { max: 50, plausible: 10 },
  caseDiscussions: { max: 50, plausible: 10 },
  surgeryTeaching: { max: 50, plausible: 10 },
  remoteConsultations: { max: 200, plausible: 50 },
  remoteImaging: { max: 200, plausible: 50 },
  remoteEcg: { max: 200, plausible: 50 },
  healthEducation: { max: 2000, plausible: 500 },
  newTechniques: { max: 20, plausible: 5 },
};

/** A value beyond a limit. */
export interface BoundBreach {
  metric: WorkLogMetric;
  value: number;
  limit: number;
}

/** Values over the hard maximum (refuse) and values over the plausibility threshold (confirm first). */
export interface BoundsVerdict {
  impossible: BoundBreach[];
  implausible: BoundBreach[];
}

/** Checks the given figures against {@link WORK_LOG_BOUNDS}, in metric display order. */
export function checkWorkLogBounds(values: Partial<WorkLogValues>): BoundsVerdict {
  const verdict: BoundsVerdict = { impossible: [], implausible: [] };
  for (const metric of WORK_LOG_METRICS) {
    const value = values[metric];
    if (value === undefined) continue;
    const { max, plausible } = WORK_LOG_BOUNDS[metric];
    if (value > max) verdict.impossible.push({ metric, value, limit: max });
    else if (value > plausible) verdict.implausible.push({ metric, value, limit: plausible });
  }
  return verdict;
}
