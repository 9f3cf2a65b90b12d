import { addDays, datesBetween } from '../time/local.js';

/**
 * Until when a service day's work log may be written or edited: on the day itself, and afterwards for
 * at most the program's `pastLogDays` (default 10) and only while the month's workload report of the
 * physician's hospital is not submitted (the report fixes the month's figures). Pure.
 */

/** Whether a day's log may be written as of `today`, or why not. */
export type LogWindow =
  | { open: true; past: boolean }
  | { open: false; reason: 'FUTURE' | 'TOO_OLD' | 'REPORT_SUBMITTED'; lastDay: string | null };

/** What the window depends on. */
export interface LogWindowInput {
  serviceDate: string;
  today: string;
  pastLogDays: number;
  /** The month's workload report of the physician's hospital is submitted. */
  reportSubmitted: boolean;
}

/** The window of a day's log. */
export function logWindow(input: LogWindowInput): LogWindow {
  const { serviceDate, today, pastLogDays } = input;
  if (serviceDate > today) return { open: false, reason: 'FUTURE', lastDay: null };
  if (serviceDate === today) return { open: true, past: false };
  const lastDay = addDays(serviceDate, pastLogDays);
  const daysAgo = datesBetween(serviceDate, today).length - 1;
  if (daysAgo > pastLogDays) return { open: false, reason: 'TOO_OLD', lastDay };
  if (input.reportSubmitted) return { open: false, reason: 'REPORT_SUBMITTED', lastDay: null };
  return { open: true, past: true };
}
