import { isCountedDay, isPendingDay, sumFigures, type WorkloadFigures } from '../coordinator/workload-figures.js';
import type { ServiceDayFact } from '../db/queries/workload-facts.js';
import { datesBetween, monthRange } from '../time/local.js';
import { classifyServiceDay, type ClassifiableDay, type DayFlag } from './day-status.js';

/**
 * The physician's month in numbers, as `/本月` shows it. Pure: the command loads the rows; the figures
 * are folded by the figure catalogue (`coordinator/workload-figures.ts`) from the same facts a
 * coordinator's summary folds, and the days needing attention come from the day classifier
 * (`day-status.ts`).
 */

/** A clinic (in a program) the physician is assigned to or served at in the month. */
export interface MonthClinic {
  programId: number;
  institutionId: number;
  clinic: string;
}

/** A service day with what the summary needs. */
export type MonthDay = ClassifiableDay & MonthClinic;

/**
 * Days at one clinic against the program's monthly minimum: `counted` (confirmed by the clinic head, or
 * 补卡) count toward it; `pending` (待确认) are recorded and will count once confirmed; disputed never do.
 */
export interface MonthClinicRow {
  clinic: string;
  counted: number;
  pending: number;
  minimum: number;
}

/** A day that needs attention, with every reason. */
export interface FlaggedDay {
  date: string;
  clinic: string;
  flags: DayFlag[];
}

/** A day made by an approved 补卡, with who approved it. */
export interface CorrectedDay {
  date: string;
  clinic: string;
  /** The approver's name (null when the record no longer names one). */
  approvedBy: string | null;
}

/** A day a spot check (四不两直) has looked at: found as recorded (已抽查) or not (抽查不符). */
export interface SpotCheckedDay {
  date: string;
  clinic: string;
  failed: boolean;
}

/** Where the month stands: the current month with days left (today included), over, or ahead. */
export type MonthCalendar = { kind: 'current'; daysLeft: number } | { kind: 'past' } | { kind: 'future'; days: number };

/** Everything the `/本月` card shows. */
export interface MonthSummary {
  month: string;
  /** The local date it was counted on. */
  today: string;
  calendar: MonthCalendar;
  clinics: MonthClinicRow[];
  /** The catalogue's figures of the physician's days in the month. */
  figures: WorkloadFigures;
  flagged: FlaggedDay[];
  /** The month's 补卡 days and their approvers. */
  corrected: CorrectedDay[];
  /** The month's spot-checked days. */
  spotChecked: SpotCheckedDay[];
}

/** What the summary is computed from. */
export interface MonthSummaryInput {
  month: string;
  today: string;
  assigned: readonly MonthClinic[];
  /** The days as the classifier sees them (for the days needing attention). */
  days: readonly MonthDay[];
  /** The same days as the figures see them. */
  facts: readonly ServiceDayFact[];
  /** The monthly minimum of a program. */
  minimumOf: (programId: number) => number;
  /** The approved corrections of the month, by date. */
  corrected: readonly CorrectedDay[];
}

/** Flags a physician should act on; a day still open today is not one of them. */
const ATTENTION: ReadonlySet<DayFlag> = new Set<DayFlag>([
  'CHECK_OUT_MISSING',
  'UNVERIFIED',
  'DISPUTED',
  'UNCONFIRMED',
  'CONFIRMATION_OVERDUE',
  'SHORT',
  'SPOT_CHECK_FAILED',
]);

/**
 * Counts a month with the state model, through the figure catalogue: the figures (days served, verified,
 * confirmed, awaiting confirmation, 补卡, work) by the catalogue's fold; per clinic, the days counted toward
 * the minimum (`isCountedDay`: confirmed by the clinic head, or 补卡, as the check-in receipt says) apart
 * from those awaiting confirmation (`isPendingDay`); the days needing attention and the spot-checked days
 * by the classifier.
 */
export function summarizeMonth(input: MonthSummaryInput): MonthSummary {
  const { month, today, days } = input;
  const statuses = days.map((day) => ({ day, flags: classifyServiceDay(day, today).flags }));
  return {
    month,
    today,
    calendar: calendarOf(month, today),
    clinics: clinicRows(input),
    figures: sumFigures(input.facts),
    flagged: statuses.flatMap(({ day, flags }) => {
      const attention = flags.filter((flag) => ATTENTION.has(flag));
      return attention.length > 0 ? [{ date: day.serviceDate, clinic: day.clinic, flags: attention }] : [];
    }),
    corrected: [...input.corrected],
    spotChecked: statuses.flatMap(({ day, flags }) => {
      const failed = flags.includes('SPOT_CHECK_FAILED');
      return failed || flags.includes('SPOT_CHECKED') ? [{ date: day.serviceDate, clinic: day.clinic, failed }] : [];
    }),
  };
}

function calendarOf(month: string, today: string): MonthCalendar {
  const { first, last } = monthRange(month);
  if (today > last) return { kind: 'past' };
  if (today < first) return { kind: 'future', days: datesBetween(first, last).length };
  return { kind: 'current', daysLeft: datesBetween(today, last).length };
}

/** One row per program and clinic, assigned ones first in assignment order, then clinics served without one. */
function clinicRows(input: MonthSummaryInput): MonthClinicRow[] {
  const key = (c: MonthClinic) => `${c.programId}:${c.institutionId}`;
  const served = input.facts.map((fact) => ({
    fact,
    programId: fact.programId,
    institutionId: fact.institutionId,
    clinic: fact.institutionName,
  }));
  const clinics = new Map<string, MonthClinic>();
  for (const clinic of [...input.assigned, ...served]) if (!clinics.has(key(clinic))) clinics.set(key(clinic), clinic);
  return [...clinics.values()].map((clinic) => {
    const here = served.filter((day) => key(day) === key(clinic)).map((day) => day.fact);
    return {
      clinic: clinic.clinic,
      counted: here.filter(isCountedDay).length,
      pending: here.filter(isPendingDay).length,
      minimum: input.minimumOf(clinic.programId),
    };
  });
}
