import { addDays, addMonths, zonedInstant } from '../time/local.js';
import { seededRandom } from '../domain/seeded-random.js';
import { WORK_LOG_METRICS, type WorkLogValues } from '../db/queries/work-logs.js';
import type { ScheduledServiceDay } from './service-days.js';
import { timeOfDay } from './time-of-day.js';
import { hospitalCoordinatorOpenId } from './staff.js';

/** What a monthly workload report (对口支援工作量月报表) of one hospital says about one month. */
export interface MonthlyReportFigures extends WorkLogValues {
  /** Days served at clinics (到岗天数). */
  serviceDays: number;
  /** Physicians who served at least one day. */
  physicians: number;
}

/** A monthly workload report a supporting hospital owes, and whether and when it was submitted. */
export interface ScheduledObligation {
  programCode: string;
  institutionKey: string;
  /** The month reported on, `YYYY-MM`. */
  period: string;
  dueDate: string;
  submission: { at: Date; byOpenId: string; figures: MonthlyReportFigures } | null;
}

/** What to build obligations for. */
export interface ObligationRequest {
  programCode: string;
  hospitalKeys: readonly string[];
  periods: readonly string[];
  reportDueDay: number;
  /** Home hospital of each physician key. */
  homeOf(physicianKey: string): string;
  /** Served days of the periods (loaded or not) the figures are summed from. */
  serviceDays: readonly ScheduledServiceDay[];
  /** This hospital leaves its latest report that is past due unsubmitted (逾期); null for none. */
  overdueHospitalKey: string | null;
  today: string;
  timeZone: string;
}

const NO_WORK = Object.fromEntries(WORK_LOG_METRICS.map((metric) => [metric, 0])) as WorkLogValues;

/** Sums a hospital's served days of one month. */
function figuresOf(days: readonly ScheduledServiceDay[]): MonthlyReportFigures {
  const sum = {
    ...NO_WORK,
    serviceDays: days.length,
    physicians: new Set(days.map((d) => d.assignment.physicianKey)).size,
  };
  for (const day of days) {
    const figures = day.workLog?.figures;
    if (!figures) continue;
    for (const metric of WORK_LOG_METRICS) sum[metric] += figures[metric];
  }
  return sum;
}

/**
 * The monthly workload reports of the supporting hospitals: due on `reportDueDay` of the next month;
 * most submitted on time, some a few days late, and one overdue. A report not yet due stays pending.
 */
export function buildObligations(request: ObligationRequest): ScheduledObligation[] {
  const dueOf = (period: string) => `${addMonths(period, 1)}-${String(request.reportDueDay).padStart(2, '0')}`;
  const pastDue = request.periods.filter((p) => dueOf(p) < request.today);
  const overduePeriod = pastDue[pastDue.length - 1];
  return request.hospitalKeys.flatMap((hospitalKey) =>
    request.periods.map((period) => {
      const dueDate = dueOf(period);
      const base = { programCode: request.programCode, institutionKey: hospitalKey, period, dueDate };
      const overdue = hospitalKey === request.overdueHospitalKey && period === overduePeriod;
      if (dueDate >= request.today || overdue) return { ...base, submission: null };
      const random = seededRandom(`report:${request.programCode}:${hospitalKey}:${period}`);
      const lateDay = addDays(dueDate, random.int(1, 5));
      // Late only when the late day is already past; otherwise on or just before the due date.
      const day = random.chance(0.25) && lateDay < request.today ? lateDay : addDays(dueDate, -random.int(0, 2));
      const days = request.serviceDays.filter(
        (d) => d.serviceDate.startsWith(period) && request.homeOf(d.assignment.physicianKey) === hospitalKey,
      );
      const at = zonedInstant(day, timeOfDay(random.int(600, 1019)), request.timeZone);
      return {
        ...base,
        submission: { at, byOpenId: hospitalCoordinatorOpenId(hospitalKey), figures: figuresOf(days) },
      };
    }),
  );
}
