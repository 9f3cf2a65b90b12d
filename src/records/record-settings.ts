import { z } from 'zod';

/** Default shortest day, in hours, recorded without asking (时长不足 below it). */
export const DEFAULT_MIN_SERVICE_HOURS = 2;
/** Default number of days after a service day during which its work log may still be written. */
export const DEFAULT_PAST_LOG_DAYS = 10;

/**
 * The part of a program's `settings` JSON the service-day records read (other keys are other features'):
 * `{ "records": { "minServiceHours": 2, "pastLogDays": 10 } }`.
 */
const settingsSchema = z.object({
  records: z
    .object({
      minServiceHours: z.number().min(0).max(24).optional(),
      pastLogDays: z.number().int().min(0).max(62).optional(),
    })
    .optional(),
});

/** A program's record settings, defaults filled in. */
export interface RecordSettings {
  /** A check-out sooner than this after the check-in is asked about once and marked 时长不足. */
  minServiceHours: number;
  /** A past day's work log may be written this many days after it at most (and not once the month's report is submitted). */
  pastLogDays: number;
}

/** Reads a program's record settings; anything invalid falls back to the defaults. */
export function recordSettings(program: { settings: unknown } | null): RecordSettings {
  const parsed = settingsSchema.safeParse(program?.settings ?? {});
  const records = parsed.success ? parsed.data.records : undefined;
  return {
    minServiceHours: records?.minServiceHours ?? DEFAULT_MIN_SERVICE_HOURS,
    pastLogDays: records?.pastLogDays ?? DEFAULT_PAST_LOG_DAYS,
  };
}
