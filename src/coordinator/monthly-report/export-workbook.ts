import type { Context } from '../../core/context.js';
import type { MonthlyObligation } from '../../db/queries/monthly-reports.js';
import { findPersonById } from '../../db/queries/people.js';
import { findLatestReportSubmission } from '../../db/queries/report-submissions.js';
import { listChainHeadsOfHospitals } from '../../db/queries/record-chain.js';
import type { SurveySheet } from '../../survey/survey-sheet.js';
import { localDate, localParts } from '../../time/local.js';
import { reportLine } from './completeness.js';
import { computeMonthlyReport } from './figures.js';
import { NO_SECTIONS, sectionsOf } from './sections.js';
import { reportStateText } from './state-text.js';
import { monthlyReportWorkbook, type ReportSheet, type SummaryHeader } from './xlsx.js';

/**
 * The monthly reports of some obligations as a workbook and sent as a file. Figures are computed from
 * the records at export time (so they can always be checked against the service days); the header
 * says who submitted when, and the text sections are the latest saved (the submitted ones once submitted).
 */
export async function sendReportWorkbook(
  ctx: Context,
  obligations: readonly MonthlyObligation[],
  file: { period: string; scopeLabel: string; summary: boolean; survey?: SurveySheet },
): Promise<void> {
  const sheets: ReportSheet[] = [];
  for (const obligation of obligations) sheets.push(await sheetOf(ctx, obligation));
  const summary: SummaryHeader | undefined = file.summary
    ? { scopeLabel: file.scopeLabel, period: file.period }
    : undefined;
  // Each hospital's record chain heads go with its reports, so a later edit of a record shows.
  const heads = await listChainHeadsOfHospitals(ctx.db, [...new Set(obligations.map((o) => o.institution.id))]);
  const now = localParts(ctx.now(), ctx.timeZone);
  const workbook = await monthlyReportWorkbook(
    ctx.locale,
    sheets,
    summary,
    { heads, exportedAt: `${now.date} ${now.time}` },
    file.survey,
  );
  const scope = fileNamePart(file.scopeLabel);
  await ctx.replyFile(ctx.t('coordinator.export.reportFileName', { period: file.period, scope }), workbook);
}

async function sheetOf(ctx: Context, obligation: MonthlyObligation): Promise<ReportSheet> {
  const data = await computeMonthlyReport(ctx.db, {
    program: obligation.program,
    hospital: obligation.institution,
    period: obligation.period,
  });
  const state = reportStateText(ctx.locale, reportLine(obligation, ctx.now(), ctx.timeZone));
  const latest = await findLatestReportSubmission(ctx.db, obligation.id);
  const sections = latest ? sectionsOf(latest) : NO_SECTIONS;
  if (obligation.status !== 'SUBMITTED' || !obligation.submittedAt) {
    return { data, state, preparedBy: '', preparedOn: localDate(ctx.now(), ctx.timeZone), sections };
  }
  const submitter = obligation.submittedById === null ? null : await findPersonById(ctx.db, obligation.submittedById);
  return {
    data,
    state,
    preparedBy: submitter?.name ?? '',
    preparedOn: localDate(obligation.submittedAt, ctx.timeZone),
    sections,
  };
}

/** A scope label as part of a file name: without path separators, wildcards or spaces. */
export function fileNamePart(label: string): string {
  return label.replace(/[\\/:*?"<>|\s]+/g, '_');
}
