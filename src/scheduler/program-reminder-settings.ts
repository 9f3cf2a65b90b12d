import { z } from 'zod';
import type { Logger } from '../log/logger.js';

/** Default first day of the month on which the monthly-minimum nudge runs. */
export const DEFAULT_MONTHLY_MINIMUM_FROM_DAY = 20;

/**
 * The part of a program's `settings` JSON the reminders read (other keys are other features'):
 * `{ "reminders": { "monthlyMinimumFromDay": 20 } }`.
 */
const settingsSchema = z.object({
  reminders: z
    .object({
      monthlyMinimumFromDay: z.number().int().min(1).max(31).optional(),
    })
    .optional(),
});

/** A program's reminder settings, defaults filled in. */
export interface ProgramReminderSettings {
  /** Day of the month from which physicians below the monthly minimum are nudged. */
  monthlyMinimumFromDay: number;
}

/**
 * Reads a program's reminder settings. Invalid settings fall back to the defaults with a warning, so
 * one mistyped program keeps its reminders rather than stopping every job.
 */
export function programReminderSettings(settings: unknown, log: Logger): ProgramReminderSettings {
  const parsed = settingsSchema.safeParse(settings ?? {});
  if (!parsed.success) {
    log.warn({ issues: parsed.error.issues }, 'program reminder settings invalid: using the defaults');
  }
  const reminders = parsed.success ? parsed.data.reminders : undefined;
  return { monthlyMinimumFromDay: reminders?.monthlyMinimumFromDay ?? DEFAULT_MONTHLY_MINIMUM_FROM_DAY };
}
