/**
 * Calendar arithmetic in the bot's time zone. A "local date" is an ISO `YYYY-MM-DD` string and a
 * "month" is `YYYY-MM`; both are what the database stores, so a day is the same day everywhere.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string) {
  const p = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    month: `${p.year}-${p.month}`,
    time: `${p.hour}:${p.minute}`,
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

/** The local date (`YYYY-MM-DD`) of an instant. */
export function localDate(instant: Date, timeZone: string): string {
  return localParts(instant, timeZone).date;
}

/** The local month (`YYYY-MM`) of an instant. */
export function localMonth(instant: Date, timeZone: string): string {
  return localParts(instant, timeZone).month;
}

/** The instant at which a local date and time (`HH:MM`) occurs in a time zone. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  // Guess the instant as if the zone were UTC, then correct by the zone's offset at that instant
  // (twice, so a DST change between guess and answer is handled).
  const guess = new Date(`${date}T${time}:00Z`).getTime();
  let instant = guess;
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(instant), timeZone);
    const shown = new Date(`${p.date}T${p.time}:00Z`).getTime();
    instant += guess - shown;
  }
  return new Date(instant);
}

/** `2023-08-15` plus `days` (may be negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** First and last local date of a month `YYYY-MM`. */
export function monthRange(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

/** `2023-08` plus `months` (may be negative). */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 7);
}

/** Whether a string is a real calendar date `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const instant = new Date(`${value}T00:00:00Z`);
  // `2027-01-32` is an Invalid Date (toISOString would throw); `2026-02-30` rolls over to March.
  return !Number.isNaN(instant.getTime()) && instant.toISOString().slice(0, 10) === value;
}

/** Whether a string is a month `YYYY-MM`. */
export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** Every local date from `first` to `last` inclusive. */
export function datesBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}
