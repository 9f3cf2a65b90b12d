import type { DbOrTx } from '../../db/client.js';
import type { MonthlyObligation } from '../../db/queries/monthly-reports.js';
import type { ReportingCompleteness } from '../../db/queries/report-completeness.js';
import { findRegionByPath } from '../../db/queries/regions.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { addDays, datesBetween, localDate, localParts, zonedInstant } from '../../time/local.js';

/**
 * Completeness and timeliness of the monthly workload reports in a coordinator's scope: each obligation
 * is on time (submitted by the end of its due date, local time — the rule of countReportingCompleteness),
 * late, overdue (not submitted, past due) or open (not submitted, not yet due); the counts are kept as
 * numerator and denominator, per child region and per hospital.
 */

/** Where one report stands. */
export type ReportState = 'onTime' | 'late' | 'overdue' | 'open';

/** Counts of a group of reports (the counts of countReportingCompleteness); every rate is over `total`. */
export type ReportTally = Omit<ReportingCompleteness, 'drafted'>;

/** One hospital's report in the completeness view. */
export interface HospitalReportLine {
  hospital: string;
  /** The program's name (never its code: the reader is a person). */
  program: string;
  dueDate: string;
  state: ReportState;
  /** Local `YYYY-MM-DD HH:MM` of the submission. */
  submittedAt?: string;
  /** Days after the due date it was (late) or is (overdue) in. */
  daysLate: number;
}

/** The completeness of a scope for a month. */
export interface CompletenessView {
  all: ReportTally;
  regions: { region: string; tally: ReportTally }[];
  hospitals: HospitalReportLine[];
}

/** How many whole local days `date` is after `dueDate` (0 when not after). */
export function daysAfter(dueDate: string, date: string): number {
  return date > dueDate ? datesBetween(addDays(dueDate, 1), date).length : 0;
}

/** Where a report stands today. */
export function reportState(
  obligation: Pick<MonthlyObligation, 'status' | 'dueDate' | 'submittedAt'>,
  today: string,
  timeZone: string,
): ReportState {
  if (obligation.status === 'SUBMITTED' && obligation.submittedAt) {
    const deadline = zonedInstant(addDays(obligation.dueDate, 1), '00:00', timeZone);
    return obligation.submittedAt < deadline ? 'onTime' : 'late';
  }
  return obligation.dueDate < today ? 'overdue' : 'open';
}

function tally(states: readonly ReportState[]): ReportTally {
  const count = (state: ReportState) => states.filter((s) => s === state).length;
  const onTime = count('onTime');
  const late = count('late');
  return {
    total: states.length,
    submitted: onTime + late,
    onTime,
    late,
    overdue: count('overdue'),
    open: count('open'),
  };
}

/** Where one hospital's report stands as of `now`. */
export function reportLine(obligation: MonthlyObligation, now: Date, timeZone: string): HospitalReportLine {
  const today = localDate(now, timeZone);
  const state = reportState(obligation, today, timeZone);
  const submitted = obligation.submittedAt ? localDate(obligation.submittedAt, timeZone) : today;
  return {
    hospital: obligation.institution.name,
    program: obligation.program.name,
    dueDate: obligation.dueDate,
    state,
    daysLate: state === 'open' ? 0 : daysAfter(obligation.dueDate, submitted),
    ...(obligation.submittedAt ? { submittedAt: localMinute(obligation.submittedAt, timeZone) } : {}),
  };
}

/** The completeness of the obligations of a scope, as of `now`. */
export async function completenessOf(
  db: DbOrTx,
  obligations: readonly MonthlyObligation[],
  options: { scope: ViewScope; now: Date; timeZone: string; outsideLabel: string; ownLevelLabel: string },
): Promise<CompletenessView> {
  const roots = rootPaths(options.scope);
  const byRegion = new Map<string, ReportState[]>();
  const lines: HospitalReportLine[] = [];
  for (const obligation of obligations) {
    const line = reportLine(obligation, options.now, options.timeZone);
    const label = await regionLabel(db, obligation.institution.regionPath, roots, options);
    byRegion.set(label, [...(byRegion.get(label) ?? []), line.state]);
    lines.push(line);
  }
  return {
    all: tally(lines.map((line) => line.state)),
    regions: [...byRegion.entries()].map(([region, states]) => ({ region, tally: tally(states) })),
    hospitals: lines,
  };
}

/** The region subtrees the breakdown is under: the named region, the coordinator's, or the provinces. */
function rootPaths(scope: ViewScope): string[] {
  if (scope.within.regionPath !== undefined) return [scope.within.regionPath];
  return scope.regionPaths;
}

/**
 * The child region of a root a hospital lies in, by name; a hospital at the root's own level is the
 * root's own (本级), one outside every root (owing the report to a program run here) is "outside".
 */
async function regionLabel(
  db: DbOrTx,
  path: string,
  roots: readonly string[],
  labels: { outsideLabel: string; ownLevelLabel: string },
): Promise<string> {
  const root = roots.length === 0 ? '/' : roots.find((candidate) => path.startsWith(candidate));
  if (root === undefined) return labels.outsideLabel;
  if (root === path) {
    const own = await findRegionByPath(db, root);
    return `${own?.name ?? root}${labels.ownLevelLabel}`;
  }
  const [segment] = path.slice(root.length).split('/');
  const child = `${root}${segment ?? ''}/`;
  return (await findRegionByPath(db, child))?.name ?? child;
}

/** Local `YYYY-MM-DD HH:MM` of an instant. */
export function localMinute(instant: Date, timeZone: string): string {
  const { date, time } = localParts(instant, timeZone);
  return `${date} ${time}`;
}
