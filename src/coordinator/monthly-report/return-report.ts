import type { CommandArgs, Context } from '../../core/context.js';
import { badArguments } from '../../core/bad-arguments.js';
import { BotError } from '../../core/errors.js';
import { findInstitutionByNameOrAlias } from '../../db/queries/institutions.js';
import {
  listMonthlyObligationsOf,
  returnReportOnce,
  type MonthlyObligation,
} from '../../db/queries/monthly-reports.js';
import { institutionRoleHolders } from '../../db/queries/role-grants.js';
import { auditActorOf } from '../../identity/audit-actor.js';
import { canReturnReport } from '../../permissions/reports.js';
import { parseMonthArgument } from '../../physician/month-argument.js';

/** Longest reason accepted. */
const REASON_MAX = 500;

/**
 * `/退回 医院 月份 [项目代码] 理由`: a bureau (or an administrator) returns a hospital's submitted monthly
 * report for correction. The hospital's coordinators are told with the reason; the return is audited with
 * the reason and the account that typed it; the submitted versions stay on record, and the hospital's
 * coordinator submits again from `/月报`.
 */
export async function returnMonthlyReport(ctx: Context, args: CommandArgs): Promise<void> {
  const [hospitalText, monthText, ...rest] = args.tokens;
  const period = monthText === undefined ? undefined : parseMonthArgument(monthText);
  if (hospitalText === undefined || period === undefined) throw badArguments('security.returnUsageHint');
  const hospital = await hospitalNamed(ctx, hospitalText);
  const { obligation, reason } = pickObligation(await listMonthlyObligationsOf(ctx.db, hospital.id, period), rest);
  const params = { hospital: hospital.name, period };
  if (reason === '') throw badArguments('security.returnNeedsReason', params);
  if (reason.length > REASON_MAX) throw badArguments('security.returnReasonTooLong', { max: REASON_MAX });
  if (!obligation) throw new BotError('NOT_FOUND', 'security.returnNothing', params);
  const at = ctx.now();
  const returned = await returnReportOnce(ctx.db, obligation.id, {
    at,
    ...auditActorOf(ctx),
    action: 'report.return',
    entity: 'ReportingObligation',
    entityId: String(obligation.id),
    regionPath: hospital.regionPath,
    institutionId: hospital.id,
    details: { period, programId: obligation.programId, reason },
  });
  if (!returned) throw new BotError('CONFLICT', 'security.returnNotSubmitted', params);
  const notice = ctx.t('security.reportReturnedNotice', { ...params, reason, by: ctx.actor.person?.name ?? '' });
  for (const coordinator of await institutionRoleHolders(ctx.db, 'HOSPITAL_COORDINATOR', hospital.id)) {
    await ctx.notify({ personId: coordinator.id }, notice, 'report.returned', `${obligation.id}:${at.getTime()}`);
  }
  await ctx.reply(ctx.t('security.reportReturned', params));
}

/** The one hospital the text names, inside what the speaker may return; names nothing outside it. */
async function hospitalNamed(ctx: Context, text: string): Promise<MonthlyObligation['institution']> {
  const found = (await findInstitutionByNameOrAlias(ctx.db, text)).filter((i) => canReturnReport(ctx.actor, i));
  const [only, ...others] = found;
  if (!only) throw new BotError('NOT_FOUND', 'security.returnNoHospital', { text });
  if (others.length > 0) throw badArguments('security.returnWhichHospital', { text });
  return only;
}

/** The obligation meant (by program code when the hospital owes several) and the reason words after it. */
function pickObligation(
  obligations: readonly MonthlyObligation[],
  words: readonly string[],
): { obligation: MonthlyObligation | undefined; reason: string } {
  const [first, ...others] = words;
  const byCode = obligations.find((o) => o.program.code === first);
  if (byCode) return { obligation: byCode, reason: others.join(' ').trim() };
  const submitted = obligations.filter((o) => o.status === 'SUBMITTED');
  const obligation = submitted.length === 1 ? submitted[0] : obligations.length === 1 ? obligations[0] : undefined;
  return { obligation, reason: words.join(' ').trim() };
}
