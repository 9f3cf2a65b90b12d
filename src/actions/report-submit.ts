import { REPORT_NOTE_FIELD, REPORT_SUBMIT_ACTION } from '../../cards/monthly-report-draft.js';
import type { CardActionDefinition, Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { localMinute } from '../coordinator/monthly-report/completeness.js';
import { monthlyDraftCard } from '../coordinator/monthly-report/draft-notice.js';
import { computeMonthlyReport, reportJson } from '../coordinator/monthly-report/figures.js';
import { coordinatedObligation } from '../coordinator/monthly-report/obligation-access.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { canSubmitReport } from '../permissions/reports.js';
import { findMonthlyObligation, submitReportOnce, type MonthlyObligation } from '../db/queries/monthly-reports.js';

/** Longest note accepted (a few paragraphs). */
const NOTE_MAX = 1000;

/**
 * 提交 on the monthly report card: the presser must be the hospital's own coordinator (a bureau or an
 * administrator may return a report, never submit it, see `/退回`); the figures are computed
 * again from the records (they may have changed since the draft) and stored with the note as the
 * submission, with the time; audited as `report.submit`; the card turns into "已提交（按时/逾期 N 天）".
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
    const note = noteOf(formValue);
    const at = ctx.now();
    const data = await computeMonthlyReport(ctx.db, {
      program: obligation.program,
      hospital: obligation.institution,
      period: obligation.period,
    });
    const { actorId: byId, actorAccount } = auditActorOf(ctx);
    const submitted = await submitReportOnce(
      ctx.db,
      { obligationId: obligation.id, figures: reportJson(data), note, byId, at },
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
      monthlyDraftCard(ctx.locale, { obligation: current, data }, { now: ctx.now(), timeZone: ctx.timeZone }, note),
    );
  },
};

/** The note typed in the form, trimmed; refused when too long. */
function noteOf(formValue: Record<string, unknown> | undefined): string {
  const raw = formValue?.[REPORT_NOTE_FIELD];
  const note = typeof raw === 'string' ? raw.trim() : '';
  if (note.length > NOTE_MAX) {
    throw new BotError('BAD_ARGUMENTS', 'coordinator.report.noteTooLong', { max: NOTE_MAX, length: note.length });
  }
  return note;
}

function alreadySubmitted(ctx: Context, obligation: MonthlyObligation): BotError {
  return new BotError('CONFLICT', 'coordinator.report.alreadySubmitted', {
    hospital: obligation.institution.name,
    period: obligation.period,
    at: obligation.submittedAt ? localMinute(obligation.submittedAt, ctx.timeZone) : '',
  });
}
