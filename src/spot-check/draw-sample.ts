import { seededRandom } from '../domain/seeded-random.js';

/**
 * A weighted sample without replacement that anyone can redraw from its audit entry: each candidate gets
 * the key u^(1/w) from a generator seeded by `seed` (Efraimidis–Spirakis), in the candidates' order, and
 * the `size` largest keys are drawn. Same seed, same candidates, same weights: same sample.
 */
export function drawWeightedSample<T extends { weight: number }>(
  candidates: readonly T[],
  size: number,
  seed: string,
): T[] {
  const random = seededRandom(seed);
  return candidates
    .map((candidate) => ({ candidate, key: Math.pow(random.next(), 1 / Math.max(candidate.weight, 0.001)) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, size)
    .map((entry) => entry.candidate);
}
