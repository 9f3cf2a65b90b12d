import { addDays, isLocalDate } from '../time/local.js';

/** Words for days just past, as physicians type them. */
const RELATIVE_DAYS: Record<string, number> = { 今天: 0, 昨天: -1, 昨日: -1, 前天: -2 };

const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;

function localDateOf(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isLocalDate(date) ? date : undefined;
}

/**
 * A date as a physician types it, as a local date `YYYY-MM-DD`: `2026-11-05`, `2026/11/5`, `2026年11月5日`,
 * `11-05`, `11/5`, `11月5日`, `昨天`, `前天` (and `今天`). Without a year it is the latest such date not
 * after `today` (so `12-30` typed on 2 January is last year's). Undefined when it is no real date.
 */
export function parseLooseDate(text: string, today: string): string | undefined {
  const trimmed = text.trim();
  const offset = RELATIVE_DAYS[trimmed];
  if (offset !== undefined) return addDays(today, offset);
  const full = FULL.exec(trimmed);
  if (full) return localDateOf(Number(full[1]), Number(full[2]), Number(full[3]));
  const monthDay = MONTH_DAY.exec(trimmed);
  if (!monthDay) return undefined;
  const year = Number(today.slice(0, 4));
  const [month, day] = [Number(monthDay[1]), Number(monthDay[2])];
  const thisYear = localDateOf(year, month, day);
  return thisYear !== undefined && thisYear <= today ? thisYear : localDateOf(year - 1, month, day);
}
