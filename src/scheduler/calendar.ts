import { z } from 'zod';
import { BotError } from '../core/errors.js';
import type { DbOrTx } from '../db/client.js';
import { countOutboundForPerson } from '../db/queries/outbound-messages.js';
import { addDays, isLocalDate, localParts, zonedInstant } from '../time/local.js';
import cnHolidays from './calendar-data/cn-holidays.json' with { type: 'json' };

/**
 * When the bot may remind people: working days by China's official calendar (public holidays off,
 * 补班 weekend days on), quiet hours in which nothing personal is sent, and a per-person daily cap.
 */
export interface Calendar {
  /** The time zone local dates are read in. */
  readonly timeZone: string;
  /**
   * Whether a local date (`YYYY-MM-DD`) is a working day: an official holiday is not, an adjusted
   * working day (补班) is even on a weekend, other days are Monday to Friday.
   */
  isWorkingDay(date: string): boolean;
  /** Whether an instant falls in quiet hours (default 21:30–07:00 local) in `timeZone` (default: the calendar's). */
  isQuietTime(instant: Date, timeZone?: string): boolean;
  /**
   * Whether a person may get one more reminder on a local date: fewer than the daily cap of ledger
   * messages with a `reminder:*` purpose were queued for them that day.
   */
  underDailyCap(db: DbOrTx, personId: number, date: string): Promise<boolean>;
}

/** Calendar settings; every member has a default. */
export interface CalendarOptions {
  timeZone: string;
  /** Quiet hours as local `HH:MM`; `start` may be after `end` (across midnight). */
  quietHours?: { start: string; end: string };
  /** Reminders per person per local day. */
  dailyReminderCap?: number;
  /** Holiday data (default: the file in calendar-data/, validated). */
  holidays?: HolidayData;
}

/** Default quiet hours. */
export const DEFAULT_QUIET_HOURS = { start: '21:30', end: '07:00' } as const;
/** Default reminders per person per day. */
export const DEFAULT_DAILY_REMINDER_CAP = 3;
/** The ledger purposes that count towards the daily cap. */
export const REMINDER_PURPOSE_PREFIX = 'reminder:';

const localDate = z.string().refine(isLocalDate, { message: 'a date YYYY-MM-DD' });

const holidayFileSchema = z.object({
  source: z.string().min(1),
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({ note: z.string().optional(), holidays: z.array(localDate), workdays: z.array(localDate) }),
  ),
});

/** Holidays and adjusted working days, as sets of local dates. */
export interface HolidayData {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

/**
 * Validates holiday data (the shape of calendar-data/cn-holidays.json): every date real and in the year
 * it is listed under, and no date both a holiday and a working day.
 * @throws BotError CONFIG_INVALID naming the first problem.
 */
export function parseHolidayData(raw: unknown): HolidayData {
  const parsed = holidayFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BotError('CONFIG_INVALID', 'scheduler.calendar.invalid', {
      problem: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    });
  }
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const [year, entry] of Object.entries(parsed.data.years)) {
    for (const date of [...entry.holidays, ...entry.workdays]) {
      if (!date.startsWith(`${year}-`)) invalid(`${date} is listed under ${year}`);
    }
    entry.holidays.forEach((date) => holidays.add(date));
    entry.workdays.forEach((date) => workdays.add(date));
  }
  const both = [...holidays].find((date) => workdays.has(date));
  if (both) invalid(`${both} is both a holiday and a working day`);
  return { holidays, workdays };
}

function invalid(problem: string): never {
  throw new BotError('CONFIG_INVALID', 'scheduler.calendar.invalid', { problem });
}

let bundled: HolidayData | undefined;

/** The holiday file shipped in the repository, validated once. */
export function bundledHolidays(): HolidayData {
  bundled ??= parseHolidayData(cnHolidays);
  return bundled;
}

/** Creates the calendar. */
export function createCalendar(options: CalendarOptions): Calendar {
  const { timeZone } = options;
  const quiet = options.quietHours ?? DEFAULT_QUIET_HOURS;
  const cap = options.dailyReminderCap ?? DEFAULT_DAILY_REMINDER_CAP;
  const data = options.holidays ?? bundledHolidays();
  return {
    timeZone,
    isWorkingDay(date) {
      if (data.workdays.has(date)) return true;
      if (data.holidays.has(date)) return false;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
    isQuietTime(instant, zone = timeZone) {
      return inQuietHours(localParts(instant, zone).time, quiet);
    },
    async underDailyCap(db, personId, date) {
      const sent = await countOutboundForPerson(db, {
        personId,
        purposePrefix: REMINDER_PURPOSE_PREFIX,
        from: zonedInstant(date, '00:00', timeZone),
        until: zonedInstant(addDays(date, 1), '00:00', timeZone),
      });
      return sent < cap;
    },
  };
}

/** Whether a local time `HH:MM` is within quiet hours (start inclusive, end exclusive). */
function inQuietHours(time: string, quiet: { start: string; end: string }): boolean {
  return quiet.start <= quiet.end ? time >= quiet.start && time < quiet.end : time >= quiet.start || time < quiet.end;
}
