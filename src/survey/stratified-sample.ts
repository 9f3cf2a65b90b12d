import { seededRandom } from '../domain/seeded-random.js';

/** A stratum of the survey's frame: the service days of one clinic in one month, by id ascending. */
export interface Stratum {
  /** `<clinic id>:<YYYY-MM>`. */
  key: string;
  days: readonly number[];
}

/**
 * How many days each stratum gives to a sample of `size` (proportional allocation, largest remainder):
 * when there are no more strata than the size, every stratum gets one first and the rest is shared in
 * proportion to the days beyond that first one; otherwise the whole size is shared in proportion (some
 * strata then get none). Never more than a stratum holds; all of every stratum when the frame is small.
 * Ties go to the stratum listed first, so the allocation depends on the strata alone.
 */
export function allocate(strata: readonly Stratum[], size: number): number[] {
  const total = strata.reduce((sum, stratum) => sum + stratum.days.length, 0);
  if (total <= size) return strata.map((stratum) => stratum.days.length);
  const nonEmpty = strata.filter((stratum) => stratum.days.length > 0).length;
  const base = nonEmpty <= size ? strata.map((stratum) => Math.min(1, stratum.days.length)) : strata.map(() => 0);
  const baseSum = base.reduce((sum, n) => sum + n, 0);
  const room = strata.map((stratum, i) => stratum.days.length - (base[i] ?? 0));
  const roomSum = total - baseSum;
  const rest = size - baseSum;
  const exact = room.map((r) => (roomSum === 0 ? 0 : (rest * r) / roomSum));
  const counts = exact.map((share, i) => (base[i] ?? 0) + Math.floor(share));
  const leftover = size - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder.slice(0, leftover)) counts[index] = (counts[index] ?? 0) + 1;
  return counts;
}

/**
 * A stratified sample that anyone can redraw from its audit entry: strata in the given order, each
 * shuffled by one generator seeded by `seed` and cut to its allocation. Same seed, same strata, same
 * size: same days, in the same order.
 */
export function drawStratifiedSample(
  strata: readonly Stratum[],
  size: number,
  seed: string,
): { allocation: number[]; days: number[] } {
  const allocation = allocate(strata, size);
  const random = seededRandom(seed);
  const days = strata.flatMap((stratum, i) => random.shuffle(stratum.days).slice(0, allocation[i] ?? 0));
  return { allocation, days };
}

/** The strata of some service days: one per clinic and month, ordered by key, days by id. */
export function strataOf(days: readonly { id: number; institutionId: number; serviceDate: string }[]): Stratum[] {
  const strata = new Map<string, number[]>();
  for (const day of days) {
    const key = `${day.institutionId}:${day.serviceDate.slice(0, 7)}`;
    const ids = strata.get(key) ?? [];
    ids.push(day.id);
    strata.set(key, ids);
  }
  return [...strata.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, ids]) => ({ key, days: ids.sort((a, b) => a - b) }));
}
