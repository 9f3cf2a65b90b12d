import type { Institution, Program } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../../db/client.js';
import { findMonthlyObligation, type MonthlyObligation } from '../../db/queries/monthly-reports.js';
import { saveReportDraft } from '../../db/queries/report-submissions.js';
import { ensureReportingObligation } from '../../db/queries/reporting.js';
import { BotError } from '../../core/errors.js';
import { answeringRefusals } from '../../core/query-refusals.js';
import { addMonths, monthRange } from '../../time/local.js';
import { computeMonthlyReport, reportJson, type MonthlyReportData } from './figures.js';

/**
 * Drafting a hospital's monthly workload report: the obligation is created on first need (due on the
 * program's `reportDueDay` of the next month) and a draft computed from the records is saved once, when
 * the obligation is still PENDING. The drafting job and `/月报` both go through here.
 */

/** The due date of a program's report on `period`: its report day of the next month (or that month's end). */
export function reportDueDate(program: Pick<Program, 'reportDueDay'>, period: string): string {
  const month = addMonths(period, 1);
  const { last } = monthRange(month);
  const due = `${month}-${String(program.reportDueDay).padStart(2, '0')}`;
  return due > last ? last : due;
}

/** A report as the draft card shows it: the obligation and today's figures. */
export interface MonthlyDraft {
  obligation: MonthlyObligation;
  data: MonthlyReportData;
}

/**
 * The obligation of a hospital's month with figures computed now; a PENDING one gets these figures
 * saved as its draft (and becomes DRAFTED). A submitted one is returned as it is.
 */
export async function draftMonthlyReport(
  db: DbOrTx,
  subject: { program: Program; hospital: Institution; period: string },
  at: Date,
): Promise<MonthlyDraft> {
  const { program, hospital, period } = subject;
  const key = { programId: program.id, institutionId: hospital.id, kind: 'MONTHLY_WORKLOAD' as const, period };
  const created = await ensureReportingObligation(db, key, reportDueDate(program, period));
  const data = await computeMonthlyReport(db, subject);
  if (created.status === 'PENDING') {
    await answeringRefusals(
      saveReportDraft(db, { obligationId: created.id, figures: reportJson(data), byId: null, at }),
    );
  }
  const obligation = await findMonthlyObligation(db, created.id);
  if (!obligation) throw new BotError('NOT_FOUND', 'core.obligationNotFound', { id: created.id });
  return { obligation, data };
}
