import { addDays, zonedInstant } from '../../time/local.js';
import type { DbOrTx } from '../client.js';
import { obligationScopeWhere, type ObligationScope } from './reporting.js';

/** Completeness and timeliness of reporting in a scope for a period, as counts. */
export interface ReportingCompleteness {
  /** Obligations for the period in scope. */
  total: number;
  submitted: number;
  /** Submitted by the end of the due date (local time). */
  onTime: number;
  /** Submitted after the due date. */
  late: number;
  /** Not submitted and past the due date. */
  overdue: number;
  /** Not submitted and not yet due. */
  open: number;
  /** Not submitted but with a saved draft (counted in overdue or open as well). */
  drafted: number;
}

/**
 * Counts obligations of a period in a scope by state, in SQL. `today` decides what is overdue; a
 * submission is on time when it happened before midnight at the end of its due date in `timeZone`.
 */
export async function countReportingCompleteness(
  db: DbOrTx,
  period: string,
  scope: ObligationScope,
  clock: { today: string; timeZone: string },
): Promise<ReportingCompleteness> {
  const where = { ...obligationScopeWhere(scope), period };
  const groups = await db.reportingObligation.groupBy({
    by: ['dueDate', 'status'],
    where,
    _count: { _all: true },
  });
  const counts: ReportingCompleteness = { total: 0, submitted: 0, onTime: 0, late: 0, overdue: 0, open: 0, drafted: 0 };
  for (const g of groups) {
    const n = g._count._all;
    counts.total += n;
    if (g.status === 'SUBMITTED') counts.submitted += n;
    else if (g.dueDate < clock.today) counts.overdue += n;
    else counts.open += n;
    if (g.status === 'DRAFTED') counts.drafted += n;
  }
  // Obligations of one period share few due dates, so on-time is one count per distinct due date.
  const dueDates = [...new Set(groups.filter((g) => g.status === 'SUBMITTED').map((g) => g.dueDate))];
  for (const dueDate of dueDates) {
    const deadline = zonedInstant(addDays(dueDate, 1), '00:00', clock.timeZone);
    counts.onTime += await db.reportingObligation.count({
      where: { ...where, dueDate, status: 'SUBMITTED', submittedAt: { lt: deadline } },
    });
  }
  counts.late = counts.submitted - counts.onTime;
  return counts;
}
