import type { ServiceDayFact } from '../db/queries/workload-facts.js';
import { WORK_LOG_METRICS, type WorkLogValues } from '../db/queries/work-logs.js';

/**
 * The workload figures of DOMAIN.md folded from service-day facts: one pure function, used by the summary
 * card, the monthly report, the exports and the progress view, so the same rows always give the same
 * numbers.
 */

/** Figures over a set of service days. */
export interface WorkloadFigures extends WorkLogValues {
  /** Distinct physicians with at least one day. */
  physicians: number;
  /** Distinct recipient clinics with at least one day. */
  clinics: number;
  serviceDays: number;
  /** Days whose check-in was verified by location. */
  verified: number;
  unverified: number;
  /** Days by evidence strength: 设备定位核验 and 位置消息 (the rest is 未核验; evidence.ts). */
  deviceVerified: number;
  locationMessage: number;
  /** Days the clinic head confirmed / disputed / has not decided. */
  confirmed: number;
  disputed: number;
  pendingConfirmation: number;
  /** Days made by an approved correction (补卡): they owe no confirmation. */
  corrected: number;
  /** Days with a work log. */
  logged: number;
}

/** Figures of no days at all. */
export function emptyFigures(): WorkloadFigures {
  const zero = Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, 0])) as WorkLogValues;
  return {
    ...zero,
    physicians: 0,
    clinics: 0,
    serviceDays: 0,
    verified: 0,
    unverified: 0,
    deviceVerified: 0,
    locationMessage: 0,
    confirmed: 0,
    disputed: 0,
    pendingConfirmation: 0,
    corrected: 0,
    logged: 0,
  };
}

/** Folds facts into figures. */
export function sumFigures(facts: readonly ServiceDayFact[]): WorkloadFigures {
  const figures = emptyFigures();
  const physicians = new Set<number>();
  const clinics = new Set<number>();
  for (const fact of facts) {
    physicians.add(fact.physicianId);
    clinics.add(fact.institutionId);
    figures.serviceDays += 1;
    if (fact.verified) figures.verified += 1;
    else figures.unverified += 1;
    if (fact.evidence === 'DEVICE') figures.deviceVerified += 1;
    else if (fact.evidence === 'LOCATION_MESSAGE') figures.locationMessage += 1;
    if (fact.confirmation === 'CONFIRMED') figures.confirmed += 1;
    else if (fact.confirmation === 'DISPUTED') figures.disputed += 1;
    else if (fact.confirmation === 'PENDING') figures.pendingConfirmation += 1;
    if (fact.corrected) figures.corrected += 1;
    if (fact.hasLog) figures.logged += 1;
    for (const metric of WORK_LOG_METRICS) figures[metric] += fact.values[metric];
  }
  figures.physicians = physicians.size;
  figures.clinics = clinics.size;
  return figures;
}

/** One group of a breakdown: its key, a display label and its figures. */
export interface FigureGroup<K> {
  key: K;
  label: string;
  figures: WorkloadFigures;
}

/**
 * Folds facts into groups by a key (a hospital, a sub-region, a physician …), largest by service days
 * first, then by label. Facts whose key is undefined are left out.
 */
export function groupFigures<K>(
  facts: readonly ServiceDayFact[],
  keyOf: (fact: ServiceDayFact) => { key: K; label: string } | undefined,
): FigureGroup<K>[] {
  const groups = new Map<K, { label: string; facts: ServiceDayFact[] }>();
  for (const fact of facts) {
    const group = keyOf(fact);
    if (group === undefined) continue;
    const entry = groups.get(group.key) ?? { label: group.label, facts: [] };
    entry.facts.push(fact);
    groups.set(group.key, entry);
  }
  return [...groups.entries()]
    .map(([key, entry]) => ({ key, label: entry.label, figures: sumFigures(entry.facts) }))
    .sort((a, b) => b.figures.serviceDays - a.figures.serviceDays || a.label.localeCompare(b.label, 'zh-CN'));
}
