import { worklogConfirmCard } from '../../cards/worklog-confirm.js';
import type { Card } from '../core/card.js';
import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import type { ServiceDayDetail } from '../db/queries/service-day-views.js';
import { getWorkLogWithHistory, saveWorkLog, WORK_LOG_METRICS } from '../db/queries/work-logs.js';
import type { WorkLog } from '../generated/sqlite/client.js';
import { checkWorkLogBounds } from './worklog-bounds.js';
import { todayOf } from './worklog-day.js';
import type { ParsedWorkLog } from './worklog-parser.js';
import { impossibleValuesText, metricWord } from './worklog-problems.js';

/** What submitting a log did: stored it (with the reply echoing it), or needs the physician to confirm first. */
export type WorkLogSubmission = { kind: 'saved'; echo: string } | { kind: 'needsConfirmation'; card: Card };

/** The day's log version, 0 when none was written yet. */
export async function currentWorkLogVersion(ctx: Context, serviceDayId: number): Promise<number> {
  return (await getWorkLogWithHistory(ctx.db, serviceDayId))?.version ?? 0;
}

/**
 * Stores a parsed log for a day after the bounds check: a value over its hard maximum refuses the whole
 * log; a value over the plausibility threshold asks for confirmation (nothing stored) unless `confirmed`.
 * @throws BotError BAD_ARGUMENTS for impossible values.
 */
export async function submitWorkLog(
  ctx: Context,
  authorId: number,
  day: ServiceDayDetail,
  log: ParsedWorkLog,
  options: { confirmed: boolean },
): Promise<WorkLogSubmission> {
  const bounds = checkWorkLogBounds(log.values);
  if (bounds.impossible.length > 0) {
    throw new BotError('BAD_ARGUMENTS', 'physician.worklog.invalid', {
      problems: impossibleValuesText(ctx, bounds.impossible),
    });
  }
  if (bounds.implausible.length > 0 && !options.confirmed) {
    const card = worklogConfirmCard(ctx.locale, {
      serviceDayId: day.id,
      baseVersion: await currentWorkLogVersion(ctx, day.id),
      clinic: day.institution.name,
      date: day.serviceDate,
      values: log.values,
      ...(log.note === undefined ? {} : { note: log.note }),
      implausible: bounds.implausible,
    });
    return { kind: 'needsConfirmation', card };
  }
  const { log: stored } = await saveWorkLog(ctx.db, {
    serviceDayId: day.id,
    values: log.values,
    ...(log.note === undefined ? {} : { note: log.note }),
    authorId,
    at: ctx.now(),
  });
  return { kind: 'saved', echo: workLogEcho(ctx, day, stored) };
}

/** The reply after a save: saved or updated (with the version), then every figure, non-zero ones first. */
export function workLogEcho(ctx: Context, day: ServiceDayDetail, log: WorkLog): string {
  const where = { clinic: day.institution.name, date: day.serviceDate };
  const past = day.serviceDate !== todayOf(ctx) ? 'Past' : '';
  const header =
    log.version > 1
      ? ctx.t(`physician.worklog.updated${past}`, { ...where, version: log.version })
      : ctx.t(`physician.worklog.saved${past}`, where);
  const ordered = [
    ...WORK_LOG_METRICS.filter((metric) => log[metric] !== 0),
    ...WORK_LOG_METRICS.filter((metric) => log[metric] === 0),
  ];
  const lines = ordered.map((metric) =>
    ctx.t('physician.worklog.line', { metric: metricWord(ctx, metric), value: log[metric] }),
  );
  const note = log.note ? [ctx.t('physician.worklog.noteLine', { note: log.note })] : [];
  return [header, ...lines, ...note].join('\n');
}

/** Answers a submission made by a message or a form: the echo, or the confirmation card. */
export async function replyWithSubmission(ctx: Context, submission: WorkLogSubmission): Promise<void> {
  if (submission.kind === 'saved') await ctx.reply(submission.echo);
  else await ctx.replyCard(submission.card);
}
