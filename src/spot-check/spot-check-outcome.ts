/** What the inspector found at a sampled visit (四不两直). */
export type SpotCheckOutcomeKind = 'ON_DUTY' | 'ABSENT' | 'LEFT' | 'OTHER';

/** Every outcome, in the order cards list them. */
export const SPOT_CHECK_OUTCOMES: readonly SpotCheckOutcomeKind[] = ['ON_DUTY', 'ABSENT', 'LEFT', 'OTHER'];

/** The words an inspector may type for each outcome (Chinese first, then English). */
const OUTCOME_WORDS: Record<string, SpotCheckOutcomeKind> = {
  在岗: 'ON_DUTY',
  不在岗: 'ABSENT',
  已离开: 'LEFT',
  离开: 'LEFT',
  其他: 'OTHER',
  'on duty': 'ON_DUTY',
  absent: 'ABSENT',
  left: 'LEFT',
  other: 'OTHER',
};

/** The outcome a typed word names, or null when it names none. */
export function parseSpotCheckOutcome(word: string): SpotCheckOutcomeKind | null {
  return OUTCOME_WORDS[word.trim().toLowerCase()] ?? null;
}

/** Whether the outcome contradicts the record: nobody there (不在岗) or gone before the day was over (已离开). */
export function isFailedSpotCheck(outcome: string): boolean {
  return outcome === 'ABSENT' || outcome === 'LEFT';
}
