import cron from 'node-cron';
import { BotError } from '../core/errors.js';
import { addDays, localDate, zonedInstant } from '../time/local.js';

/**
 * The instants a cron expression fires at, computed from any "now" (the process clock, or a test's
 * manual one) rather than node-cron's own timer. node-cron parses the expression; day-of-month,
 * month and weekday must all match, as in node-cron. Minute resolution: a seconds field is ignored.
 */

/** How far to look for a fire: a yearly expression still fires within this. */
const SEARCH_DAYS = 367;

interface Fields {
  times: string[];
  days: ReadonlySet<number>;
  months: ReadonlySet<number>;
  weekdays: ReadonlySet<number>;
}

const cache = new Map<string, Fields>();

function fieldsOf(expression: string): Fields {
  let fields = cache.get(expression);
  if (fields) return fields;
  const parsed = cron.parse(expression);
  const numbers = (values: (number | string)[]) => {
    if (values.some((v) => typeof v !== 'number')) {
      throw new BotError('CONFIG_INVALID', 'scheduler.cron.unsupported', { expression });
    }
    return new Set(values as number[]);
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  fields = {
    times: parsed.hour.flatMap((h) => parsed.minute.map((m) => `${pad(h)}:${pad(m)}`)).sort(),
    days: numbers(parsed.dayOfMonth),
    months: new Set(parsed.month),
    weekdays: numbers(parsed.dayOfWeek),
  };
  cache.set(expression, fields);
  return fields;
}

function firesOn(fields: Fields, date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return (
    fields.days.has(d.getUTCDate()) && fields.months.has(d.getUTCMonth() + 1) && fields.weekdays.has(d.getUTCDay())
  );
}

/** The fires on a local date, earliest first. */
function firesOnDate(fields: Fields, date: string, timeZone: string): Date[] {
  return firesOn(fields, date) ? fields.times.map((time) => zonedInstant(date, time, timeZone)) : [];
}

/**
 * Checks that an expression is one these functions evaluate (node-cron syntax without L, W or #).
 * @throws BotError CONFIG_INVALID otherwise.
 */
export function assertSupportedCron(expression: string): void {
  try {
    fieldsOf(expression);
  } catch (error) {
    if (error instanceof BotError) throw error;
    throw new BotError('CONFIG_INVALID', 'scheduler.cron.invalid', { expression }, { cause: error });
  }
}

/** The latest instant at or before `atOrBefore` the expression fires at in `timeZone`, if within a year. */
export function previousFire(expression: string, atOrBefore: Date, timeZone: string): Date | undefined {
  const fields = fieldsOf(expression);
  const today = localDate(atOrBefore, timeZone);
  for (let back = 0; back <= SEARCH_DAYS; back++) {
    const fires = firesOnDate(fields, addDays(today, -back), timeZone).filter((f) => f <= atOrBefore);
    const last = fires[fires.length - 1];
    if (last) return last;
  }
  return undefined;
}

/** The earliest instant after `after` the expression fires at in `timeZone`, if within a year. */
export function nextFire(expression: string, after: Date, timeZone: string): Date | undefined {
  const fields = fieldsOf(expression);
  const today = localDate(after, timeZone);
  for (let ahead = 0; ahead <= SEARCH_DAYS; ahead++) {
    const next = firesOnDate(fields, addDays(today, ahead), timeZone).find((f) => f > after);
    if (next) return next;
  }
  return undefined;
}
