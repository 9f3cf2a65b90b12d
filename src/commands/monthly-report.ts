import { reportCompletenessCard } from '../../cards/report-completeness.js';
import type { CommandDefinition, Context } from '../core/context.js';
import { resolveCoordinatorQuery, type CoordinatorQuery } from '../coordinator/coordinator-query.js';
import { completenessOf } from '../coordinator/monthly-report/completeness.js';
import { requireFinishedMonth } from '../coordinator/monthly-report/finished-month.js';
import { monthlyDraftCard } from '../coordinator/monthly-report/draft-notice.js';
import { draftMonthlyReport } from '../coordinator/monthly-report/drafting.js';
import { queriedObligations } from '../coordinator/monthly-report/obligation-access.js';
import { sectionTextOf, saveSectionText, type SectionText } from '../coordinator/monthly-report/section-text.js';
import { sectionsOf } from '../coordinator/monthly-report/sections.js';
import { findInstitutionById } from '../db/queries/institutions.js';
import { listProgramsOverlapping } from '../db/queries/monthly-reports.js';
import { findLatestReportSubmission } from '../db/queries/report-submissions.js';
import { baseViewScope } from '../permissions/view-scope.js';
import { monthRange } from '../time/local.js';
import { usageExamples } from '../coordinator/usage-examples.js';

/**
 * `/月报` (`report`) [月份] [项目] [地区或单位]. For a 医务科: the monthly workload report of the previous
 * (or named) month of each program their hospital supports, as the card to check and submit — drafted
 * now if the 1st's job has not; `/月报 [月份] 存在问题 <text>` (工作完成情况, 下一步工作计划和建议) saves a text
 * section of the draft where the card's form cannot be used. For bureaus and admins: completeness and timeliness of the reports in
 * their scope, with numerator and denominator, per child region and per hospital.
 */
export const monthlyReportCommand: CommandDefinition = {
  name: '月报',
  aliases: ['report'],
  summaryKey: 'coordinator.report.summary',
  usageKey: 'coordinator.report.usage',
  usageExamples,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const section = sectionTextOf(args);
    const query = await resolveCoordinatorQuery(ctx, section?.queryTokens ?? args.tokens, { defaultMonth: 'previous' });
    requireFinishedMonth(ctx, query.month, '/月报');
    const base = baseViewScope(ctx.actor);
    if (base.all || base.regionPaths.length > 0) await replyCompleteness(ctx, query);
    else await replyDrafts(ctx, query, section);
  },
};

async function replyCompleteness(ctx: Context, query: CoordinatorQuery): Promise<void> {
  const obligations = await queriedObligations(ctx, query);
  if (obligations.length === 0) {
    await ctx.reply(ctx.t('coordinator.report.completeness.none', { scope: query.scopeLabel, period: query.month }));
    return;
  }
  const view = await completenessOf(ctx.db, obligations, {
    scope: query.scope,
    now: ctx.now(),
    timeZone: ctx.timeZone,
    outsideLabel: ctx.t('coordinator.report.completeness.outside'),
    ownLevelLabel: ctx.t('coordinator.report.completeness.ownLevel'),
  });
  await ctx.replyCard(
    reportCompletenessCard(ctx.locale, { ...view, scopeLabel: query.scopeLabel, period: query.month }),
  );
}

/**
 * The draft card of each report the coordinator's hospitals owe on the month, with its sections as last
 * saved; with a typed section, that section is saved into each of them first.
 */
async function replyDrafts(ctx: Context, query: CoordinatorQuery, typed?: SectionText): Promise<void> {
  const { first, last } = monthRange(query.month);
  const narrowed = query.scope.within.supportingInstitutionId;
  const hospitalIds = narrowed === undefined ? query.scope.supportingInstitutionIds : [narrowed];
  for (const hospitalId of hospitalIds) {
    const hospital = await findInstitutionById(ctx.db, hospitalId);
    if (!hospital) continue;
    const programs = (await listProgramsOverlapping(ctx.db, first, last, hospital.id)).filter(
      (program) => !query.program || program.id === query.program.id,
    );
    if (programs.length === 0) {
      await ctx.reply(ctx.t('coordinator.report.noProgram', { hospital: hospital.name, period: query.month }));
    }
    for (const program of programs) {
      const draft = await draftMonthlyReport(ctx.db, { program, hospital, period: query.month }, ctx.now());
      const latest = await findLatestReportSubmission(ctx.db, draft.obligation.id);
      const sections = typed ? await saveSectionText(ctx, draft, typed) : latest ? sectionsOf(latest) : undefined;
      await ctx.replyCard(monthlyDraftCard(ctx.locale, draft, { now: ctx.now(), timeZone: ctx.timeZone }, sections));
    }
  }
}
