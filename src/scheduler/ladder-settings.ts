import { z } from 'zod';
import type { Logger } from '../log/logger.js';

/** Who an escalation after the due date goes to: the hospital's own coordinators, or a bureau at a level. */
export const LADDER_LEVELS = ['HOSPITAL', 'COUNTY', 'CITY', 'PROVINCE'] as const;
/** An escalation level. */
export type LadderLevel = (typeof LADDER_LEVELS)[number];

/** One escalation: `days` calendar days after the due date, to `level`. */
export interface LadderEscalation {
  days: number;
  level: LadderLevel;
}

/** A program's deadline ladder, defaults filled in. */
export interface LadderSettings {
  /** Days before the due date on which the responsible people are reminded, earliest first (e.g. 3, 1). */
  before: readonly number[];
  /** Escalations after the due date, earliest first. */
  after: readonly LadderEscalation[];
}

/** The ladder of issue #6: T-3 and T-1 to the responsible people, then T+1 hospital, T+3 county, T+5 city. */
export const DEFAULT_LADDER: LadderSettings = {
  before: [3, 1],
  after: [
    { days: 1, level: 'HOSPITAL' },
    { days: 3, level: 'COUNTY' },
    { days: 5, level: 'CITY' },
  ],
};

/** The longest offset a program may set; it bounds how far around today the ladder job looks. */
export const MAX_LADDER_OFFSET_DAYS = 30;

const offset = z.number().int().min(1).max(MAX_LADDER_OFFSET_DAYS);

/**
 * The part of a program's `settings` JSON the ladder reads (other keys are other features'):
 * `{ "ladder": { "before": [3, 1], "after": [{ "days": 1, "level": "HOSPITAL" }, …] } }`. Each level
 * may appear once, since the ledger sends one message per level and recipient.
 */
const settingsSchema = z.object({
  ladder: z
    .object({
      before: z.array(offset).max(5).optional(),
      after: z
        .array(z.object({ days: offset, level: z.enum(LADDER_LEVELS) }))
        .max(LADDER_LEVELS.length)
        .refine((steps) => new Set(steps.map((s) => s.level)).size === steps.length, 'each level at most once')
        .optional(),
    })
    .optional(),
});

/**
 * Reads a program's ladder. Invalid settings fall back to the defaults with a warning, so one mistyped
 * program is still chased rather than stopping the job. Offsets are sorted into the order they happen.
 */
export function programLadderSettings(settings: unknown, log: Logger): LadderSettings {
  const parsed = settingsSchema.safeParse(settings ?? {});
  if (!parsed.success) {
    log.warn({ issues: parsed.error.issues }, 'program ladder settings invalid: using the defaults');
  }
  const ladder = parsed.success ? parsed.data.ladder : undefined;
  const before = [...new Set(ladder?.before ?? DEFAULT_LADDER.before)].sort((a, b) => b - a);
  const after = [...(ladder?.after ?? DEFAULT_LADDER.after)].sort((a, b) => a.days - b.days);
  return { before, after };
}
