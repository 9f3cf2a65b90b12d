import { addDays } from '../time/local.js';
import { MAX_LADDER_OFFSET_DAYS, type LadderLevel, type LadderSettings } from './ladder-settings.js';

/**
 * The deadline ladder as pure date arithmetic: on which working day each step of a due date is sent,
 * and which steps are due on a given day. The ladder job and the group broadcasts both use it.
 *
 * Calendar rule: a step whose day is not a working day moves in the direction that keeps it useful. A
 * reminder BEFORE the due date goes on the last working day before (a T-1 falling on a holiday must
 * still come before the deadline); an escalation AFTER it goes on the next working day, and at least
 * one working day after the previous escalation, so each level has a working day to act before the
 * next one is told (after 国庆 the hospital is told on the first day back, the county the day after).
 */

/** A step of the ladder: a reminder before the due date, or an escalation after it. */
export type LadderStep =
  | { kind: 'before'; days: number; name: `T-${number}` }
  | { kind: 'after'; days: number; level: LadderLevel; name: LadderLevel };

/** A step with the working day it is sent on, and the day from which it is no longer worth sending. */
export interface ScheduledLadderStep {
  step: LadderStep;
  sendDay: string;
  /** Exclusive: a missed step is caught up on any run from `sendDay` until the day before this. */
  until: string;
}

/** How many days after its day a missed escalation is still sent (a service down over a weekend catches up). */
export const ESCALATION_CATCH_UP_DAYS = 7;

/** Longest run of non-working days the search walks over (the longest holiday is 9 days). */
const MAX_DAYS_OFF = 31;

/**
 * The due dates whose ladder may have a step on `today`: what the ladder job reads from the database.
 * Before-steps reach at most the longest offset plus a holiday ahead; escalations the longest offset,
 * one working day per level, holidays and the catch-up days behind.
 */
export function ladderDueDateWindow(today: string): { from: string; to: string } {
  const slack = MAX_DAYS_OFF;
  return {
    from: addDays(today, -(MAX_LADDER_OFFSET_DAYS + slack + ESCALATION_CATCH_UP_DAYS)),
    to: addDays(today, MAX_LADDER_OFFSET_DAYS + slack),
  };
}

/** The nearest working day from `date` walking `direction` days at a time (`date` itself if it is one). */
function nearestWorkingDay(date: string, direction: 1 | -1, isWorkingDay: (date: string) => boolean): string {
  for (let day = date, walked = 0; walked <= MAX_DAYS_OFF; day = addDays(day, direction), walked++) {
    if (isWorkingDay(day)) return day;
  }
  return date;
}

/** Every step of a due date's ladder with its send day, in the order they happen. */
export function scheduleLadder(
  dueDate: string,
  ladder: LadderSettings,
  isWorkingDay: (date: string) => boolean,
): ScheduledLadderStep[] {
  const beforeDays = ladder.before.map((days) => nearestWorkingDay(addDays(dueDate, -days), -1, isWorkingDay));
  const before = ladder.before.map((days, i): ScheduledLadderStep => {
    const step: LadderStep = { kind: 'before', days, name: `T-${days}` };
    return { step, sendDay: beforeDays[i] ?? dueDate, until: beforeDays[i + 1] ?? dueDate };
  });
  let previous = dueDate;
  const after = ladder.after.map(({ days, level }): ScheduledLadderStep => {
    const nominal = nearestWorkingDay(addDays(dueDate, days), 1, isWorkingDay);
    const afterPrevious = nearestWorkingDay(addDays(previous, 1), 1, isWorkingDay);
    previous = nominal > afterPrevious ? nominal : afterPrevious;
    const step: LadderStep = { kind: 'after', days, level, name: level };
    return { step, sendDay: previous, until: addDays(previous, ESCALATION_CATCH_UP_DAYS) };
  });
  return [...before, ...after];
}

/**
 * The steps of a due date's ladder due on `today`: a step is due from its send day until the next
 * before-step takes over (or the due date comes), and an escalation for a week after its day, so a run
 * missed while the service was down is caught up by the next one. Each step is sent once per
 * recipient by its ledger key, so being due on several days sends nothing twice.
 */
export function ladderStepsDue(
  dueDate: string,
  today: string,
  ladder: LadderSettings,
  isWorkingDay: (date: string) => boolean,
): LadderStep[] {
  return scheduleLadder(dueDate, ladder, isWorkingDay)
    .filter(({ sendDay, until }) => sendDay <= today && today < until)
    .map(({ step }) => step);
}

/**
 * The items (reporting obligations, program milestones …) with a ladder step due on `today`, one
 * entry per item and step. Pure: the group broadcasts reuse it with their own items and recipients.
 */
export function ladderItemsDue<T extends { dueDate: string }>(
  items: readonly T[],
  today: string,
  ladderOf: (item: T) => LadderSettings,
  isWorkingDay: (date: string) => boolean,
): { item: T; step: LadderStep }[] {
  return items.flatMap((item) =>
    ladderStepsDue(item.dueDate, today, ladderOf(item), isWorkingDay).map((step) => ({ item, step })),
  );
}
