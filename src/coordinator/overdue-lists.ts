import type { Db } from '../db/client.js';
import type { EvidenceStrength } from '../physician/evidence.js';
import {
  listAssignedPairs,
  listMonthlyReportsDue,
  type AssignedPair,
  type DueObligation,
} from '../db/queries/overdue-sources.js';
import { listServiceDayFacts, type ServiceDayFact } from '../db/queries/workload-facts.js';
import { addDays, datesBetween, monthRange } from '../time/local.js';
import type { CoordinatorQuery } from './coordinator-query.js';
import { spotCheckOf } from '../records/service-day-state.js';
import {
  isDisputedDay,
  isPendingDay,
  minimumStandings,
  owesWorkLogDay,
  type MinimumStanding,
} from './workload-figures.js';

/**
 * The lists of the overdue card (`/逾期`), each with its numerator (the items) and denominator (`total`),
 * computed from three queries whatever the scope's size: the month's service-day facts, the monthly
 * reports due, the month's assignments with their planned dates. Overdue means a deadline has passed (a
 * report's due day, a past day's log, a visit's 3-day confirmation window, the last day a physician could
 * still serve the month's minimum at a clinic); **at risk** is a minimum whose deadline has not passed yet
 * but whose planned dates ahead do not cover the days still needed. For the at-risk forecast a day checked
 * in and awaiting the clinic head's confirmation counts as served (the physician came; the confirmation
 * backlog is its own list), so only days really missing make a pair at risk. The 催办 buttons recompute the same
 * lists at the moment they are pressed, so whoever caught up in between is not reminded.
 */

/** Why someone is reminded; also the 催办 button's `reason` and part of the ledger key. */
export const OVERDUE_REASONS = ['reports', 'minimum', 'atRisk', 'worklogs', 'confirms'] as const;
/** One of {@link OVERDUE_REASONS}. */
export type OverdueReason = (typeof OVERDUE_REASONS)[number];

/** A visit is chased when the clinic head has left it unconfirmed this many days. */
export const UNCONFIRMED_AFTER_DAYS = 3;

/**
 * A minimum not covered by planned dates is at risk once the days left to its deadline are no more than
 * the days still needed plus this slack; earlier it is simply not done yet.
 */
export const AT_RISK_SLACK_DAYS = 7;

/** A monthly workload report past its due date. */
export interface ReportItem {
  institutionId: number;
  hospital: string;
  regionPath: string;
  period: string;
  dueDate: string;
  daysLate: number;
}

/** A physician below the program's monthly minimum at a clinic they are assigned to in the month. */
export interface MinimumItem {
  physicianId: number;
  physician: string;
  hospital: string;
  clinicId: number;
  clinic: string;
  /** Days counted toward the minimum (`isCountedDay`: confirmed, or 补卡). */
  served: number;
  /** Days checked in there and awaiting the clinic head (`isPendingDay`): served for the at-risk forecast. */
  pending: number;
  required: number;
  /** The last day they can serve toward it: the month's end, or their last assignment there's end. */
  deadline: string;
  /** Days from today to the deadline, both included; 0 once it has passed. */
  daysLeft: number;
  /** Planned dates from today to the deadline not served yet. */
  planned: number;
}

/** One service day (without a log, or unconfirmed). */
export interface DayItem {
  serviceDayId: number;
  physicianId: number;
  physician: string;
  clinicId: number;
  clinic: string;
  date: string;
  /** The day's evidence strength, shown beside its date. */
  evidence: EvidenceStrength;
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
  /** Pairs whose deadline has passed below the minimum, out of the pairs whose deadline has passed. */
  minimum: Tally<MinimumItem>;
  /** Pairs below the minimum that can still make it but have too few dates planned, out of the pairs still open. */
  atRisk: Tally<MinimumItem>;
  worklogs: Tally<DayItem>;
  confirms: Tally<DayItem>;
  /**
   * Follow-ups of failed spot checks (抽查不符): the days still 有异议, out of the month's days a spot
   * check found otherwise than recorded. No 催办: the hospital coordinator was told when it was found.
   */
  spotChecks: Tally<DayItem>;
}

/** Computes the lists of a coordinator query as of `today`. */
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
  const lateAfter = addDays(today, -UNCONFIRMED_AFTER_DAYS);
  const past = facts.filter((fact) => fact.serviceDate < today);
  const old = facts.filter((fact) => fact.serviceDate <= lateAfter);
  const standings = minimumStandings(pairs, facts, last).map((standing) => minimumItem(standing, facts, today));
  const failedChecks = facts.filter((fact) => spotCheckOf(fact.record) === 'FAILED');
  const closed = standings.filter((item) => item.deadline < today);
  const open = standings.filter((item) => item.deadline >= today);
  const short = (item: MinimumItem) => item.served < item.required;
  const shortOfServed = (item: MinimumItem) => item.served + item.pending < item.required;
  return {
    month,
    today,
    reports: reportTally(reports, today),
    minimum: { total: closed.length, items: closed.filter(short) },
    atRisk: { total: open.length, items: open.filter((item) => shortOfServed(item) && isAtRisk(item)) },
    // A 补卡 day is complete as approved (no log chased, no confirmation owed).
    worklogs: { total: past.length, items: past.filter((fact) => owesWorkLogDay(fact, today)).map(dayItem) },
    confirms: { total: old.length, items: old.filter(isPendingDay).map(dayItem) },
    spotChecks: { total: failedChecks.length, items: failedChecks.filter(isDisputedDay).map(dayItem) },
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

/** Not covered by the planned dates ahead, and the days left are running out (pending days served). */
function isAtRisk(item: MinimumItem): boolean {
  const needed = item.required - item.served - item.pending;
  return item.planned < needed && item.daysLeft <= needed + AT_RISK_SLACK_DAYS;
}

/** A pair's standing as a list item, with what is left of it as of `today`. */
function minimumItem(
  standing: MinimumStanding<AssignedPair>,
  facts: readonly ServiceDayFact[],
  today: string,
): MinimumItem {
  const [pair] = standing.assignments;
  const there = facts.filter(
    (fact) =>
      fact.programId === pair.programId &&
      fact.physicianId === pair.physicianId &&
      fact.institutionId === pair.institutionId,
  );
  const servedDates = new Set(there.map((fact) => fact.serviceDate));
  const planned = new Set(
    standing.assignments.flatMap((a) =>
      a.plannedDates.filter((date) => date >= today && date <= standing.deadline && !servedDates.has(date)),
    ),
  );
  return {
    physicianId: pair.physicianId,
    physician: pair.physicianName,
    hospital: pair.supportingInstitutionName ?? '',
    clinicId: pair.institutionId,
    clinic: pair.institutionName,
    served: standing.served,
    pending: there.filter(isPendingDay).length,
    required: standing.required,
    deadline: standing.deadline,
    daysLeft: standing.deadline < today ? 0 : datesBetween(today, standing.deadline).length,
    planned: planned.size,
  };
}

function dayItem(fact: ServiceDayFact): DayItem {
  return {
    serviceDayId: fact.serviceDayId,
    physicianId: fact.physicianId,
    physician: fact.physicianName,
    clinicId: fact.institutionId,
    clinic: fact.institutionName,
    date: fact.serviceDate,
    evidence: fact.evidence,
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
