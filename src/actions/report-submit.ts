import { REPORT_SUBMIT_ACTION } from '../../cards/monthly-report-draft.js';
import type { CardActionDefinition, Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { localMinute } from '../coordinator/monthly-report/completeness.js';
import { monthlyDraftCard } from '../coordinator/monthly-report/draft-notice.js';
import { computeMonthlyReport, reportJson } from '../coordinator/monthly-report/figures.js';
import { NO_SECTIONS, sectionsFromForm, sectionsOf } from '../coordinator/monthly-report/sections.js';
import { findLatestReportSubmission } from '../db/queries/report-submissions.js';
import { coordinatedObligation } from '../coordinator/monthly-report/obligation-access.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { canSubmitReport } from '../permissions/reports.js';
import { findMonthlyObligation, submitReportOnce, type MonthlyObligation } from '../db/queries/monthly-reports.js';

/**
 * 提交 on the monthly report card: the presser must be the hospital's own coordinator (a bureau or an
 * administrator may return a report, never submit it, see `/退回`); the figures are computed
 * again from the records (they may have changed since the draft) and stored with the three text
 * sections as the submission, with the time (a section the form does not send, e.g. a DingTalk card
 * without a form, keeps the text saved with `/月报 存在问题 …`); audited as `report.submit`; the card turns into "已提交（按时/逾期 N 天）".
 * A report submitted already is not submitted again.
 */
export const reportSubmitAction: CardActionDefinition = {
  action: REPORT_SUBMIT_ACTION,
  audience: ['HOSPITAL_COORDINATOR'],
  async run(ctx, value, formValue) {
    const obligation = await coordinatedObligation(ctx, value, REPORT_SUBMIT_ACTION);
    if (!canSubmitReport(ctx.actor, obligation.institution)) {
      throw new BotError('FORBIDDEN', 'security.reportSubmitOnlyHospital', { hospital: obligation.institution.name });
    }
    if (obligation.status === 'SUBMITTED') throw alreadySubmitted(ctx, obligation);
    const latest = await findLatestReportSubmission(ctx.db, obligation.id);
    const sections = sectionsFromForm(formValue, latest ? sectionsOf(latest) : NO_SECTIONS, (section) =>
      ctx.t(`coordinator.report.sectionName.${section}`),
    );
    const at = ctx.now();
    const data = await computeMonthlyReport(ctx.db, {
      program: obligation.program,
      hospital: obligation.institution,
      period: obligation.period,
    });
    const { actorId: byId, actorAccount } = auditActorOf(ctx);
    const submitted = await submitReportOnce(
      ctx.db,
      { obligationId: obligation.id, figures: reportJson(data), sections, byId, at },
      {
        at,
        actorId: byId,
        actorAccount,
        action: 'report.submit',
        entity: 'ReportingObligation',
        entityId: String(obligation.id),
        regionPath: obligation.institution.regionPath,
        institutionId: obligation.institutionId,
        details: { period: obligation.period, programId: obligation.programId, serviceDays: data.totals.serviceDays },
      },
    );
    const current = await findMonthlyObligation(ctx.db, obligation.id);
    if (!submitted || !current) throw alreadySubmitted(ctx, current ?? obligation);
    await ctx.updateCard(
      monthlyDraftCard(ctx.locale, { obligation: current, data }, { now: ctx.now(), timeZone: ctx.timeZone }, sections),
    );
  },
};

function alreadySubmitted(ctx: Context, obligation: MonthlyObligation): BotError {
  return new BotError('CONFLICT', 'coordinator.report.alreadySubmitted', {
    hospital: obligation.institution.name,
    period: obligation.period,
    at: obligation.submittedAt ? localMinute(obligation.submittedAt, ctx.timeZone) : '',
  });
}
