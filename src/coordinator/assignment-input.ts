import { badArguments } from '../core/bad-arguments.js';
import { parseLooseDate } from '../physician/loose-date.js';
import { parseMonthArgument } from '../physician/month-argument.js';
import { addDays, addMonths, monthRange } from '../time/local.js';

/**
 * The words of `/指派` and `/取消指派` after the physician: a clinic name, an optional program code, and
 * when — a month (`2026-12`, `2026年12月`, `12月`, `本月`, `下月`) or planned dates (`12-03 12-10`,
 * `2026-12-03,2026-12-10`, `12月3日`), in any order.
 */

/** When an assignment is for: the months it spans and the planned dates, if any. */
export interface AssignmentWhen {
  /** First and last month `YYYY-MM` spanned (the same for one month). */
  firstMonth: string;
  lastMonth: string;
  /** Planned dates, ascending, unique; empty when only a month was given. */
  plannedDates: string[];
}

/** The words of the command, sorted out. */
export interface AssignmentWords {
  /** Words that are neither a month nor a date: names and program codes, in order. */
  names: string[];
  /** Undefined when neither a month nor a date was given. */
  when: AssignmentWhen | undefined;
}

const RELATIVE_MONTHS: Record<string, number> = { 本月: 0, 这个月: 0, 下月: 1, 下个月: 1 };
const BARE_MONTH = /^(\d{1,2})月$/;
/** Dates may be listed with commas or 、 as well as spaces. */
const LIST_SEPARATORS = /[,、;；]/;
/**
 * Without a year, a date or month is taken within half a year either side of today: coordinators plan
 * the coming weeks and now and then record the past few.
 */
const HALF_YEAR_DAYS = 182;

/** Splits words into names and when. Anything that starts with a digit must be a month or a date. */
export function sortAssignmentWords(words: readonly string[], today: string): AssignmentWords {
  const names: string[] = [];
  const months: string[] = [];
  const dates: string[] = [];
  for (const token of words.flatMap((word) => word.split(LIST_SEPARATORS)).filter(Boolean)) {
    const month = monthOf(token, today);
    const date = month === undefined ? dateOf(token, today) : undefined;
    if (month !== undefined) months.push(month);
    else if (date !== undefined) dates.push(date);
    else if (/^\d/.test(token)) throw badArguments('coordinator.assign.badDate', { text: token });
    else names.push(token);
  }
  return { names, when: whenOf(months, dates) };
}

function whenOf(months: readonly string[], dates: readonly string[]): AssignmentWhen | undefined {
  const uniqueMonths = [...new Set(months)];
  if (uniqueMonths.length > 1) throw badArguments('coordinator.assign.oneMonth');
  const [month] = uniqueMonths;
  const plannedDates = [...new Set(dates)].sort();
  const stray = month === undefined ? undefined : plannedDates.find((date) => !date.startsWith(month));
  if (month !== undefined && stray !== undefined) {
    throw badArguments('coordinator.assign.dateOutsideMonth', { date: stray, month });
  }
  const first = plannedDates[0]?.slice(0, 7) ?? month;
  const last = plannedDates.at(-1)?.slice(0, 7) ?? month;
  return first === undefined || last === undefined ? undefined : { firstMonth: first, lastMonth: last, plannedDates };
}

function monthOf(token: string, today: string): string | undefined {
  const relative = RELATIVE_MONTHS[token];
  if (relative !== undefined) return addMonths(today.slice(0, 7), relative);
  const bare = BARE_MONTH.exec(token);
  if (bare) return dateOf(`${bare[1]}-01`, today)?.slice(0, 7);
  return parseMonthArgument(token);
}

/** A date typed with or without a year; only digits, so `昨天` and the like are no planned date. */
function dateOf(token: string, today: string): string | undefined {
  return /^\d/.test(token) ? parseLooseDate(token, addDays(today, HALF_YEAR_DAYS)) : undefined;
}

/** The local dates an assignment spans: its months from first to last day. */
export function spanOf(when: AssignmentWhen): { startDate: string; endDate: string } {
  return { startDate: monthRange(when.firstMonth).first, endDate: monthRange(when.lastMonth).last };
}
