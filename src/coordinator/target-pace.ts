import { addDays } from '../time/local.js';

/**
 * The pace of a program target (DOMAIN.md "Targets"): how far it is, what it needs per day to be met by
 * its due date, and when it will be met at the pace so far. Pure arithmetic over local dates, so the
 * boundaries (due today, past due, no progress, already met) are unit-tested on their own.
 *
 * Days are counted inclusively: on the program's first day one day has elapsed, and on the due date one
 * day is left (today's work still counts towards the target).
 */

/** What the pace is computed from. */
export interface PaceInput {
  target: number;
  actual: number;
  /** Local dates `YYYY-MM-DD`. */
  today: string;
  startDate: string;
  dueDate: string;
  /** The program's last day: a forecast beyond it is no forecast. */
  programEnd: string;
}

/** Days of records a forecast needs before it extrapolates. */
export const MIN_FORECAST_DAYS = 7;

/** Where a target stands. */
export type PaceStatus =
  /** Actual ≥ target. */
  | 'MET'
  /** At the pace so far it is met by the due date. */
  | 'ON_TRACK'
  /** At the pace so far it is met, but after the due date (or the due date has passed). */
  | 'BEHIND'
  /** Nothing done yet: no pace, no forecast. */
  | 'STALLED'
  /** Fewer than {@link MIN_FORECAST_DAYS} days of records: too early to extrapolate. */
  | 'TOO_EARLY'
  /** At the pace so far it is met only after the program has ended: 按当前进度无法按期完成. */
  | 'UNREACHABLE';

/** A target's pace. */
export interface TargetPace {
  status: PaceStatus;
  /** Whole percent done, floored (99.9 % is not yet 100 %). */
  percent: number;
  /** Still to do; 0 once met. */
  remaining: number;
  /** Days from today to the due date, both included; 0 once past due. */
  daysLeft: number;
  /** Per day needed to meet the target in time; null when met or past due. */
  neededPerDay: number | null;
  /** Per day done so far, since the start. */
  currentPerDay: number;
  /** When the target is met at the current pace; null when met, stalled, too early or beyond the program's end. */
  forecastDate: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The pace of one target on a day. */
export function targetPace(input: PaceInput): TargetPace {
  const { target, actual, today, startDate, dueDate } = input;
  const remaining = Math.max(0, target - actual);
  const percent = target > 0 ? Math.floor((actual * 100) / target) : 100;
  const daysLeft = Math.max(0, daysFrom(today, dueDate) + 1);
  const daysElapsed = Math.max(0, daysFrom(startDate, today) + 1);
  const currentPerDay = daysElapsed > 0 ? actual / daysElapsed : 0;
  if (remaining === 0) {
    return { status: 'MET', percent, remaining, daysLeft, neededPerDay: null, currentPerDay, forecastDate: null };
  }
  const neededPerDay = daysLeft > 0 ? remaining / daysLeft : null;
  const noForecast = { percent, remaining, daysLeft, neededPerDay, currentPerDay, forecastDate: null };
  if (daysElapsed < MIN_FORECAST_DAYS) return { status: 'TOO_EARLY', ...noForecast };
  if (currentPerDay === 0) return { status: 'STALLED', ...noForecast };
  // Today's work is already in `actual`, so the remaining days start tomorrow.
  const forecastDate = addDays(today, Math.ceil(remaining / currentPerDay));
  if (forecastDate > input.programEnd) return { status: 'UNREACHABLE', ...noForecast };
  const status = forecastDate <= dueDate ? 'ON_TRACK' : 'BEHIND';
  return { status, percent, remaining, daysLeft, neededPerDay, currentPerDay, forecastDate };
}
