import type { CommandDefinition, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { resolveCoordinatorQuery } from '../coordinator/coordinator-query.js';
import { fileNamePart, sendReportWorkbook } from '../coordinator/monthly-report/export-workbook.js';
import { requireFinishedMonth } from '../coordinator/monthly-report/finished-month.js';
import { queriedObligations } from '../coordinator/monthly-report/obligation-access.js';
import { staffingTableWorkbook } from '../coordinator/staffing-table/export.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { findPersonById } from '../db/queries/people.js';
import { yearEndSurveySheet } from '../survey/survey-export.js';
import { localDate } from '../time/local.js';

/** What `/导出` exports, by the words people type for it. */
const KINDS: Record<string, 'report' | 'staffing'> = {
  月报: 'report',
  月报表: 'report',
  工作量月报: 'report',
  report: 'report',
  人员表: 'staffing',
  人员安排表: 'staffing',
  支援人员安排情况表: 'staffing',
  staffing: 'staffing',
};

/**
 * `/导出` (`export`) 月报|人员表 [月份] [项目] [地区或单位]: the monthly workload reports of a month in the
 * caller's scope as one workbook (a sheet per hospital, plus a 汇总 sheet for a region), or the staffing
 * table of a month drawn as the official form (full phones, audited), sent as an .xlsx file.
 */
export const exportCommand: CommandDefinition = {
  name: '导出',
  aliases: ['export'],
  summaryKey: 'coordinator.export.summary',
  usageKey: 'coordinator.export.usage',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const [word, ...rest] = args.tokens;
    if (word === undefined) throw badArguments('coordinator.export.missingKind');
    const kind = KINDS[word.toLowerCase()];
    if (kind === undefined) throw badArguments('coordinator.export.unknownKind', { kind: word });
    if (kind === 'report') await exportReports(ctx, rest);
    else await exportStaffing(ctx, rest);
  },
};

async function exportReports(ctx: Context, tokens: readonly string[]): Promise<void> {
  const query = await resolveCoordinatorQuery(ctx, tokens, { defaultMonth: 'previous' });
  requireFinishedMonth(ctx, query.month, '/导出 月报');
  const obligations = await queriedObligations(ctx, query);
  const regionView = query.scope.all || query.scope.regionPaths.length > 0;
  if (obligations.length === 0) {
    // A bureau reads what /月报 tells it; a hospital is told how to draft its reports now.
    const key = regionView ? 'coordinator.report.completeness.none' : 'coordinator.export.noReports';
    await ctx.reply(ctx.t(key, { scope: query.scopeLabel, period: query.month }));
    return;
  }
  // The December workbook is the year-end export: it carries the bureau's satisfaction survey of the year.
  const survey = query.month.endsWith('-12')
    ? await yearEndSurveySheet(ctx, query.month.slice(0, 4), query.scopeLabel)
    : undefined;
  await sendReportWorkbook(ctx, obligations, {
    period: query.month,
    scopeLabel: query.scopeLabel,
    summary: regionView || obligations.length > 1,
    ...(survey ? { survey } : {}),
  });
}

/**
 * The staffing table a coordinator files: every listed person is in their scope, so the phones are
 * written in full (the import's matching key) and the export is audited with how many it carried.
 */
async function exportStaffing(ctx: Context, tokens: readonly string[]): Promise<void> {
  const query = await resolveCoordinatorQuery(ctx, tokens);
  const filer = ctx.actor.person ? await findPersonById(ctx.db, ctx.actor.person.id) : null;
  const exported = await staffingTableWorkbook(
    ctx.db,
    ctx.locale,
    {
      scope: query.scope,
      month: query.month,
      phones: 'full',
      ...(query.program ? { programId: query.program.id } : {}),
    },
    {
      unit: query.scopeLabel,
      filer: filer?.name ?? '',
      filerPhone: filer?.phone ?? '',
      date: localDate(ctx.now(), ctx.timeZone),
    },
  );
  await appendAuditEntry(ctx.db, {
    at: ctx.now(),
    actorId: filer?.id ?? null,
    action: 'export.staffing',
    entity: 'StaffingTable',
    entityId: query.month,
    regionPath: query.scope.regionPaths[0] ?? null,
    institutionId: query.scope.supportingInstitutionIds[0] ?? null,
    details: { month: query.month, scope: query.scopeLabel, rows: exported.rows, fullPhones: exported.fullPhones },
  });
  const scope = fileNamePart(query.scopeLabel);
  await ctx.replyFile(ctx.t('coordinator.export.staffingFileName', { period: query.month, scope }), exported.bytes);
}
