import { z } from 'zod';
import { findProgramById } from '../db/queries/programs.js';
import type { Logger } from '../log/logger.js';
import { localParts } from '../time/local.js';
import type { JobContext } from './job.js';

/** The duty-reminder and nudge times a program may set, as local `HH:MM`. */
export interface ProgramReminderTimes {
  /** The evening before a planned visit. */
  eveningAt: string;
  /** The morning of a planned visit. */
  morningAt: string;
  /** A planned visit without a check-in yet. */
  noCheckInAt: string;
  /** A checked-in day without a work log. */
  noWorkLogAt: string;
}

/** Which time a job reads. */
export type ReminderTime = keyof ProgramReminderTimes;

/** The issue's defaults. */
export const DEFAULT_REMINDER_TIMES: ProgramReminderTimes = {
  eveningAt: '18:00',
  morningAt: '07:30',
  noCheckInAt: '12:00',
  noWorkLogAt: '20:00',
};

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time HH:MM');

/**
 * The part of a program's `settings` JSON these jobs read (the monthly-minimum day beside them is read
 * in program-reminder-settings.ts): `{ "reminders": { "eveningAt": "18:30", … } }`.
 */
const settingsSchema = z.object({
  reminders: z.object({ eveningAt: time, morningAt: time, noCheckInAt: time, noWorkLogAt: time }).partial().optional(),
});

/** Reads a program's reminder times; invalid settings fall back to the defaults with a warning. */
export function programReminderTimes(settings: unknown, log: Logger): ProgramReminderTimes {
  const parsed = settingsSchema.safeParse(settings ?? {});
  if (!parsed.success) {
    log.warn({ issues: parsed.error.issues }, 'program reminder times invalid: using the defaults');
  }
  return { ...DEFAULT_REMINDER_TIMES, ...(parsed.success ? parsed.data.reminders : {}) };
}

/** Minutes since midnight of `HH:MM`. */
function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** The quarter hour an instant is in, as a slot `YYYY-MM-DDTHH:MM` (e.g. 18:07 → `…T18:00`). */
export function quarterHourSlot(now: Date, timeZone: string): string {
  const { date, time: hhmm } = localParts(now, timeZone);
  const minute = String(Math.floor(Number(hhmm.slice(3, 5)) / 15) * 15).padStart(2, '0');
  return `${date}T${hhmm.slice(0, 2)}:${minute}`;
}

/** The local date and time of a quarter-hour slot. */
export function slotDateTime(slot: string): { date: string; time: string } {
  return { date: slot.slice(0, 10), time: slot.slice(11, 16) };
}

/**
 * Whether the quarter hour starting at `slotTime` is within `usefulMinutes` of a program's time: from
 * the quarter hour containing it (18:05 is handled by the 18:00 slot) until it is no longer worth it.
 */
export function withinReminderWindow(slotTime: string, at: string, usefulMinutes: number): boolean {
  const slot = minutesOf(slotTime);
  const start = minutesOf(at) - (minutesOf(at) % 15);
  return slot >= start && slot < minutesOf(at) + usefulMinutes;
}

/** Reads programs' reminder times by id, once per run (a deleted program keeps the defaults). */
export function reminderTimesReader(ctx: JobContext): (programId: number) => Promise<ProgramReminderTimes> {
  const cache = new Map<number, Promise<ProgramReminderTimes>>();
  const read = async (programId: number) => {
    const program = await findProgramById(ctx.db, programId);
    return programReminderTimes(program?.settings, ctx.log.child({ programId }));
  };
  return (programId) => {
    const times = cache.get(programId) ?? read(programId);
    cache.set(programId, times);
    return times;
  };
}
