import { isCorrectedDay, isDisputedDay, isPendingDay, isUnverifiedDay } from '../coordinator/workload-figures.js';
import type { ServiceDayFact } from '../db/queries/workload-facts.js';

/**
 * How strongly a physician's planned visit is drawn for a spot check (四不两直): weak evidence in their
 * recent days weighs toward them — unverified days, days without the clinic head's co-sign, corrections,
 * disputes — on top of a base weight of 1, so everyone can be drawn.
 */
export interface VisitWeight {
  weight: number;
  unverified: number;
  unsigned: number;
  corrected: number;
  disputed: number;
}

/** The weight of each physician from their recent days (the catalogue's day predicates). */
export function visitWeights(facts: readonly ServiceDayFact[]): Map<number, VisitWeight> {
  const weights = new Map<number, VisitWeight>();
  for (const fact of facts) {
    const entry = weights.get(fact.physicianId) ?? { weight: 1, unverified: 0, unsigned: 0, corrected: 0, disputed: 0 };
    if (isUnverifiedDay(fact)) entry.unverified += 1;
    if (isPendingDay(fact)) entry.unsigned += 1;
    if (isCorrectedDay(fact)) entry.corrected += 1;
    if (isDisputedDay(fact)) entry.disputed += 1;
    entry.weight = 1 + 2 * entry.unverified + entry.unsigned + 2 * entry.corrected + 3 * entry.disputed;
    weights.set(fact.physicianId, entry);
  }
  return weights;
}
