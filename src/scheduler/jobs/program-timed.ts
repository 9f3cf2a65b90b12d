import type { JobContext, ScheduledJob } from '../job.js';
import {
  quarterHourSlot,
  reminderTimesReader,
  slotDateTime,
  withinReminderWindow,
  type ReminderTime,
} from '../program-reminder-times.js';
import { mayRemind } from './personal-reminders.js';

/** How long "the rest of the day" is, for reminders worth sending until midnight (quiet hours stop them at night). */
export const REST_OF_DAY_MINUTES = 24 * 60;

/** How a reminder job at a per-program time differs from the others. */
export interface ProgramTimedSpec<T extends { programId: number }> {
  name: string;
  /** The program setting the job runs at (`settings.reminders.<time>`, default in DEFAULT_REMINDER_TIMES). */
  time: ReminderTime;
  /** How long after the program's time a missed reminder is still worth sending, in minutes. */
  usefulMinutes: number;
  /** The local date the reminders are about, from the slot's date (the evening reminder: tomorrow). */
  dayOf(slotDate: string): string;
  /** What the job might remind of on `day`, of every program (one cheap query). */
  candidates(ctx: JobContext, day: string): Promise<T[]>;
  /** Sends for the candidates whose program's time has come. */
  send(ctx: JobContext, day: string, due: T[]): Promise<void>;
}

/**
 * A reminder job at each program's own time: it fires every quarter hour (slot `YYYY-MM-DDTHH:MM`) and
 * handles the candidates whose program's time falls in that quarter hour or earlier and is still
 * worth it. A program at 18:00 is thus sent to by the 18:00 slot, and a later slot of the same day
 * (a restart, a time changed mid-day) sends nothing twice: the ledger keys are per job, day and person,
 * not per slot. Nothing on a non-working day or in quiet hours.
 */
export function programTimedJob<T extends { programId: number }>(spec: ProgramTimedSpec<T>): ScheduledJob {
  return {
    name: spec.name,
    cron: '*/15 * * * *',
    slotOf: quarterHourSlot,
    // Every run covers all programs whose window holds its quarter hour: the latest one is a full catch-up.
    stillUseful: () => true,
    async run(ctx) {
      const { date, time } = slotDateTime(ctx.slot);
      const day = spec.dayOf(date);
      const timesOf = reminderTimesReader(ctx);
      const due: T[] = [];
      for (const candidate of await spec.candidates(ctx, day)) {
        const at = (await timesOf(candidate.programId))[spec.time];
        if (withinReminderWindow(time, at, spec.usefulMinutes)) due.push(candidate);
      }
      if (due.length === 0 || !mayRemind(ctx, spec.name, day)) return;
      await spec.send(ctx, day, due);
    },
  };
}
