/** The key of one sampled visit of a draw, as a spot-check link and its readings carry it. */
export function spotCheckKey(seed: string, plannedDateId: number): string {
  return `${seed}:${plannedDateId}`;
}

/** The draw seed and planned date id of a key, or null when it is not one. */
export function parseSpotCheckKey(key: string): { seed: string; plannedDateId: number } | null {
  const match = /^([0-9a-f]+):(\d+)$/.exec(key);
  return match?.[1] && match[2] ? { seed: match[1], plannedDateId: Number.parseInt(match[2], 10) } : null;
}
