import { toHalfWidth } from '../../core/command-parser.js';
import { isLocalDate, isMonth } from '../../time/local.js';

/**
 * The month and service-date cells of the staffing table as people write them: `2026-12`, `2026年12月`,
 * `2026/12`, an Excel date (`2026-12-01`) or an Excel serial number (`46357`); dates as
 * `2026-12-03、2026-12-17`, `2026/12/3`, `2026年12月3日`, `12月3日`, `12.3`, `3日、17日`, `3,17` (days of
 * the row's month) or serial numbers.
 */

const pad = (n: string) => n.padStart(2, '0');

/** Excel's serial day numbers count from 1899-12-30; 20000–80000 covers 1954–2119. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/** The date of an Excel serial day number (`46359` → `2026-12-03`), or undefined when it is none. */
export function serialDate(text: string): string | undefined {
  if (!SERIAL.test(text)) return undefined;
  const days = Math.floor(Number(text));
  if (days < 20_000 || days > 80_000) return undefined;
  return new Date(EXCEL_EPOCH_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/** The month `YYYY-MM` of a cell, or undefined when it names none (a month without a year is none). */
export function parseMonthCell(text: string): string | undefined {
  const compact = toHalfWidth(text).trim();
  const serial = serialDate(compact);
  if (serial) return serial.slice(0, 7);
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:\s*[-/.]?\s*\d{1,2}\s*日?)?$/.exec(compact);
  if (!match) return undefined;
  const month = `${match[1]}-${pad(match[2] ?? '')}`;
  return isMonth(month) ? month : undefined;
}

/** Why a part of a dates cell is not a date of the row's month. */
export type DateRefusal = 'badDate' | 'impossibleDate' | 'dateOutsideMonth';

/** The service dates of a cell within `month`, or the first part that is not a date of that month. */
export type DatesCell = { ok: true; dates: string[] } | { ok: false; part: string; why: DateRefusal };

const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const DAY = /^(\d{1,2})\s*[日号]?$/;

/** A part as `YYYY-MM-DD` as written (possibly impossible, `2027-01-32`), or undefined when it is no date. */
function writtenDate(part: string, month: string): string | undefined {
  const serial = serialDate(part);
  if (serial) return serial;
  const full = FULL_DATE.exec(part);
  if (full) return `${full[1]}-${pad(full[2] ?? '')}-${pad(full[3] ?? '')}`;
  const monthDay = MONTH_DAY.exec(part);
  if (monthDay) return `${month.slice(0, 4)}-${pad(monthDay[1] ?? '')}-${pad(monthDay[2] ?? '')}`;
  const day = DAY.exec(part);
  return day ? `${month}-${pad(day[1] ?? '')}` : undefined;
}

/** The service dates written in a cell, sorted and without repeats; an empty cell has none. */
export function parseDatesCell(text: string, month: string): DatesCell {
  const parts = toHalfWidth(text)
    .split(/[、,，;；\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const dates: string[] = [];
  for (const part of parts) {
    const date = writtenDate(part, month);
    if (date === undefined) return { ok: false, part, why: 'badDate' };
    if (!isLocalDate(date)) return { ok: false, part, why: 'impossibleDate' };
    if (!date.startsWith(month)) return { ok: false, part, why: 'dateOutsideMonth' };
    dates.push(date);
  }
  return { ok: true, dates: [...new Set(dates)].sort() };
}
