import type { WorkLogTotals } from '../db/queries/work-logs.js';
import { datesBetween, monthRange } from '../time/local.js';
import { countsTowardMinimum, isCorrected, owesConfirmation } from '../records/service-day-state.js';
import type { EvidenceStrength } from './evidence.js';
import { classifyServiceDay, type ClassifiableDay, type DayFlag } from './day-status.js';

/**
 * The physician's month in numbers, as `/本月` shows it. Pure: the command loads the rows, this counts
 * them with the one classifier of service days (`day-status.ts`).
 */

/** A clinic (in a program) the physician is assigned to or served at in the month. */
export interface MonthClinic {
  programId: number;
  institutionId: number;
  clinic: string;
}

/** A service day with what the summary needs; `evidence` absent counts by the old rule (verified = 位置消息). */
export type MonthDay = ClassifiableDay & MonthClinic & { evidence?: EvidenceStrength };

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

/** Where the month stands: the current month with days left (today included), over, or ahead. */
export type MonthCalendar = { kind: 'current'; daysLeft: number } | { kind: 'past' } | { kind: 'future'; days: number };

/** Everything the `/本月` card shows. */
export interface MonthSummary {
  month: string;
  calendar: MonthCalendar;
  clinics: MonthClinicRow[];
  /** `corrected`: 补卡 days, neither verified nor owing verification. */
  verification: { verified: number; unverified: number; corrected: number };
  /** Days by evidence strength (设备定位核验 / 位置消息 / 未核验). */
  evidence: { device: number; locationMessage: number; none: number };
  confirmation: { confirmed: number; pending: number; unconfirmed: number; disputed: number; notOwed: number };
  totals: WorkLogTotals;
  flagged: FlaggedDay[];
}

/** What the summary is computed from. */
export interface MonthSummaryInput {
  month: string;
  today: string;
  assigned: readonly MonthClinic[];
  days: readonly MonthDay[];
  /** The monthly minimum of a program. */
  minimumOf: (programId: number) => number;
  totals: WorkLogTotals;
}

/** Flags a physician should act on; a day still open today is not one of them. */
const ATTENTION: ReadonlySet<DayFlag> = new Set<DayFlag>([
  'CHECK_OUT_MISSING',
  'UNVERIFIED',
  'DISPUTED',
  'UNCONFIRMED',
  'CONFIRMATION_OVERDUE',
  'SHORT',
]);

/**
 * Counts a month with the state model: a day counts toward the minimum once the clinic head confirmed it
 * (or a 补卡 made it), as the check-in receipt says; days awaiting confirmation are shown apart, and a
 * day awaiting confirmation past the grace period is unconfirmed, never confirmed.
 */
export function summarizeMonth(input: MonthSummaryInput): MonthSummary {
  const { month, today, days } = input;
  const statuses = days.map((day) => ({ day, flags: classifyServiceDay(day, today).flags }));
  const count = (flag: DayFlag) => statuses.filter((s) => s.flags.includes(flag)).length;
  const corrected = days.filter(isCorrected).length;
  return {
    month,
    calendar: calendarOf(month, today),
    clinics: clinicRows(input),
    verification: {
      verified: days.length - count('UNVERIFIED') - corrected,
      unverified: count('UNVERIFIED'),
      corrected,
    },
    evidence: evidenceCounts(days.filter((day) => !isCorrected(day))),
    confirmation: {
      confirmed: days.filter((d) => !isCorrected(d) && d.confirmationStatus === 'CONFIRMED').length,
      pending: count('UNCONFIRMED'),
      unconfirmed: count('CONFIRMATION_OVERDUE'),
      disputed: count('DISPUTED'),
      notOwed: corrected,
    },
    totals: input.totals,
    flagged: statuses.flatMap(({ day, flags }) => {
      const attention = flags.filter((flag) => ATTENTION.has(flag));
      return attention.length > 0 ? [{ date: day.serviceDate, clinic: day.clinic, flags: attention }] : [];
    }),
  };
}

function evidenceCounts(days: readonly MonthDay[]): MonthSummary['evidence'] {
  const strengths = days.map(
    (day) => day.evidence ?? (day.checkInVerification === 'VERIFIED' ? 'LOCATION_MESSAGE' : 'NONE'),
  );
  const count = (strength: EvidenceStrength) => strengths.filter((s) => s === strength).length;
  return { device: count('DEVICE'), locationMessage: count('LOCATION_MESSAGE'), none: count('NONE') };
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
  const clinics = new Map<string, MonthClinic>();
  for (const clinic of [...input.assigned, ...input.days])
    if (!clinics.has(key(clinic))) clinics.set(key(clinic), clinic);
  return [...clinics.values()].map((clinic) => {
    const days = input.days.filter((day) => key(day) === key(clinic));
    return {
      clinic: clinic.clinic,
      counted: days.filter(countsTowardMinimum).length,
      pending: days.filter(owesConfirmation).length,
      minimum: input.minimumOf(clinic.programId),
    };
  });
}
