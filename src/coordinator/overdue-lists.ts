import type { Db } from '../db/client.js';
import {
  listAssignedPairs,
  listMonthlyReportsDue,
  type AssignedPair,
  type DueObligation,
} from '../db/queries/overdue-sources.js';
import { listServiceDayFacts, type ServiceDayFact } from '../db/queries/workload-facts.js';
import { addDays, datesBetween, monthRange } from '../time/local.js';
import type { CoordinatorQuery } from './coordinator-query.js';

/**
 * The four lists of the overdue card (`/逾期`), each with its numerator (the items) and denominator
 * (`total`), computed from four queries whatever the scope's size: the month's service-day facts, the
 * monthly reports due, the month's assignments. The 催办 button recomputes the same lists at the moment
 * it is pressed, so whoever caught up in between is not reminded.
 */

/** Why someone is reminded; also the 催办 button's `reason` and part of the ledger key. */
export const OVERDUE_REASONS = ['reports', 'minimum', 'worklogs', 'confirms'] as const;
/** One of {@link OVERDUE_REASONS}. */
export type OverdueReason = (typeof OVERDUE_REASONS)[number];

/** A visit is chased when the clinic head has left it unconfirmed this many days. */
export const UNCONFIRMED_AFTER_DAYS = 3;

/** A monthly workload report past its due date. */
export interface ReportItem {
  institutionId: number;
  hospital: string;
  regionPath: string;
  period: string;
  dueDate: string;
  daysLate: number;
}

/** A physician below the program's monthly minimum at a clinic they are still assigned to. */
export interface MinimumItem {
  physicianId: number;
  physician: string;
  hospital: string;
  clinicId: number;
  clinic: string;
  served: number;
  required: number;
}

/** One service day (without a log, or unconfirmed). */
export interface DayItem {
  serviceDayId: number;
  physicianId: number;
  physician: string;
  clinicId: number;
  clinic: string;
  date: string;
}

/** Items overdue out of `total` (reports due, assigned pairs, service days). */
export interface Tally<T> {
  total: number;
  items: T[];
}

/** Everything the overdue card shows. */
export interface OverdueLists {
  /** `YYYY-MM`. */
  month: string;
  /** The local date the lists are computed for. */
  today: string;
  reports: Tally<ReportItem>;
  /** `open`: the month is the current one, so days can still be made up; `daysLeft` counts today. */
  minimum: Tally<MinimumItem> & { open: boolean; daysLeft: number };
  worklogs: Tally<DayItem>;
  confirms: Tally<DayItem>;
}

/** Computes the four lists of a coordinator query as of `today`. */
export async function computeOverdueLists(db: Db, query: CoordinatorQuery, today: string): Promise<OverdueLists> {
  const { month, scope } = query;
  const { first, last } = monthRange(month);
  const program = query.program ? { programId: query.program.id } : {};
  const [facts, reports, pairs] = await Promise.all([
    listServiceDayFacts(db, { scope, from: first, to: last, ...program }),
    // Reports of the month's year so far: a report stays on the card until it is filed.
    listMonthlyReportsDue(db, {
      scope,
      fromPeriod: `${month.slice(0, 4)}-01`,
      toPeriod: month,
      before: today,
      ...program,
    }),
    listAssignedPairs(db, { scope, from: first, to: last, ...program }),
  ]);
  const open = today.slice(0, 7) === month;
  const lateAfter = addDays(today, -UNCONFIRMED_AFTER_DAYS);
  const past = facts.filter((fact) => fact.serviceDate < today);
  const old = facts.filter((fact) => fact.serviceDate <= lateAfter);
  return {
    month,
    today,
    reports: reportTally(reports, today),
    minimum: {
      ...minimumTally(pairs, facts, open ? today : null),
      open,
      daysLeft: open ? datesBetween(today, last).length : 0,
    },
    // A 补卡 day is complete as approved, and a day no longer owing confirmation is no longer chased.
    worklogs: { total: past.length, items: past.filter((fact) => !fact.hasLog && !fact.corrected).map(dayItem) },
    confirms: { total: old.length, items: old.filter((fact) => fact.confirmation === 'PENDING').map(dayItem) },
  };
}

function reportTally(reports: readonly DueObligation[], today: string): Tally<ReportItem> {
  const items = reports
    .filter((report) => report.status !== 'SUBMITTED')
    .map((report) => ({
      institutionId: report.institutionId,
      hospital: report.institutionName,
      regionPath: report.institutionRegionPath,
      period: report.period,
      dueDate: report.dueDate,
      daysLate: datesBetween(report.dueDate, today).length - 1,
    }));
  return { total: reports.length, items };
}

/**
 * Physician–clinic pairs of the month (two assignments to one clinic are one pair) and those below the
 * minimum with days left: only while the month runs (`today` not null) and an assignment there has not
 * ended.
 */
function minimumTally(
  pairs: readonly AssignedPair[],
  facts: readonly ServiceDayFact[],
  today: string | null,
): Tally<MinimumItem> {
  const keyOf = (row: { programId: number; physicianId: number; institutionId: number }) =>
    `${row.programId}:${row.physicianId}:${row.institutionId}`;
  const served = new Map<string, number>();
  for (const fact of facts) served.set(keyOf(fact), (served.get(keyOf(fact)) ?? 0) + 1);
  const byPair = groupItems(pairs, keyOf);
  const items: MinimumItem[] = [];
  for (const assignments of byPair) {
    const [pair] = assignments;
    const days = served.get(keyOf(pair)) ?? 0;
    const running = today !== null && assignments.some((a) => a.endDate >= today);
    if (!running || days >= pair.minServiceDaysPerMonth) continue;
    items.push({
      physicianId: pair.physicianId,
      physician: pair.physicianName,
      hospital: pair.supportingInstitutionName ?? '',
      clinicId: pair.institutionId,
      clinic: pair.institutionName,
      served: days,
      required: pair.minServiceDaysPerMonth,
    });
  }
  return { total: byPair.length, items };
}

function dayItem(fact: ServiceDayFact): DayItem {
  return {
    serviceDayId: fact.serviceDayId,
    physicianId: fact.physicianId,
    physician: fact.physicianName,
    clinicId: fact.institutionId,
    clinic: fact.institutionName,
    date: fact.serviceDate,
  };
}

/** Groups items by a key, keeping first-seen order; every group has at least one item. */
export function groupItems<T>(items: readonly T[], keyOf: (item: T) => string | number): [T, ...T[]][] {
  const groups = new Map<string | number, [T, ...T[]]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}
