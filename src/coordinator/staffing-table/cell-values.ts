import { toHalfWidth } from '../../core/command-parser.js';
import { isLocalDate, isMonth } from '../../time/local.js';

/**
 * The month and service-date cells of the staffing table as people write them: `2026-12`, `2026年12月`,
 * `2026/12`, an Excel date (`2026-12-01`); dates as `2026-12-03、2026-12-17`, `12月3日 12月17日`, `3日、17日`
 * or `3,17` (days of the row's month).
 */

const pad = (n: string) => n.padStart(2, '0');

/** The month `YYYY-MM` of a cell, or undefined when it names none (a month without a year is none). */
export function parseMonthCell(text: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:\s*[-/.]?\s*\d{1,2}\s*日?)?$/.exec(toHalfWidth(text).trim());
  if (!match) return undefined;
  const month = `${match[1]}-${pad(match[2] ?? '')}`;
  return isMonth(month) ? month : undefined;
}

/** The service dates of a cell within `month`, or the first part that is not a date of that month. */
export type DatesCell = { ok: true; dates: string[] } | { ok: false; part: string; outsideMonth: boolean };

const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const DAY = /^(\d{1,2})\s*[日号]?$/;

/** The dates of one part, in `YYYY-MM-DD`, or undefined when it is not a date. */
function dateOfPart(part: string, month: string): string | undefined {
  const year = month.slice(0, 4);
  const full = FULL_DATE.exec(part);
  const monthDay = MONTH_DAY.exec(part);
  const day = DAY.exec(part);
  const date = full
    ? `${full[1]}-${pad(full[2] ?? '')}-${pad(full[3] ?? '')}`
    : monthDay
      ? `${year}-${pad(monthDay[1] ?? '')}-${pad(monthDay[2] ?? '')}`
      : day
        ? `${month}-${pad(day[1] ?? '')}`
        : undefined;
  return date !== undefined && isLocalDate(date) ? date : undefined;
}

/** The service dates written in a cell, sorted and without repeats; an empty cell has none. */
export function parseDatesCell(text: string, month: string): DatesCell {
  const parts = toHalfWidth(text)
    .split(/[、,，;；\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const dates: string[] = [];
  for (const part of parts) {
    const date = dateOfPart(part, month);
    if (date === undefined || !date.startsWith(month)) return { ok: false, part, outsideMonth: date !== undefined };
    dates.push(date);
  }
  return { ok: true, dates: [...new Set(dates)].sort() };
}
