import { surveyCallRecordedCard } from '../../cards/survey-calls.js';
import { badArguments } from '../core/bad-arguments.js';
import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { appendSurveyCall, findSurveyItem, surveyDayNames } from '../db/queries/survey.js';
import { parseSurveyCallResult } from '../domain/survey-result.js';
import { canRecordSurveyCall } from '../permissions/survey.js';
import { cardValueId } from '../physician/card-value-id.js';
import { auditSurveyItem } from './survey-item-audit.js';
import { surveyView } from './survey-view.js';

const ACTION = 'survey.call';
/** Longest note kept with a result; it is the bureau's remark, never a resident's details. */
const NOTE_MAX_CHARS = 200;

const textOf = (form: Record<string, unknown> | undefined, field: string): string => {
  const raw = form?.[field];
  return typeof raw === 'string' ? raw.trim() : '';
};

/**
 * The bureau records a call about one sampled day (value `{ itemId }`, form `{ result, note }`): appended
 * as the day's next revision, so a correction keeps the history and the latest counts. Only a region
 * coordinator of the clinic's region (or an administrator) may.
 * @throws BotError NOT_FOUND for a stale or forged card, FORBIDDEN for anyone else, BAD_ARGUMENTS for a
 * result word it does not know.
 */
export async function recordSurveyCall(
  ctx: Context,
  value: Record<string, unknown>,
  formValue: Record<string, unknown> | undefined,
): Promise<void> {
  const itemId = cardValueId(value, 'itemId', ACTION);
  const item = await findSurveyItem(ctx.db, itemId);
  if (!item) throw new BotError('NOT_FOUND', 'core.staleAction', { action: ACTION });
  const names = await surveyDayNames(ctx.db, [item.serviceDayId]);
  const clinic = names.get(item.serviceDayId)?.clinic ?? '';
  const recorder = ctx.actor.person;
  if (!recorder || !canRecordSurveyCall(ctx.actor, item.regionPath)) {
    throw new BotError('FORBIDDEN', 'survey.call.forbidden', { clinic });
  }
  const result = parseSurveyCallResult(textOf(formValue, 'result'));
  if (!result) throw badArguments('survey.call.badResult', { word: textOf(formValue, 'result') });
  const note = textOf(formValue, 'note').slice(0, NOTE_MAX_CHARS);
  const at = ctx.now();
  const revision = await appendSurveyCall(ctx.db, { itemId, result, note, byId: recorder.id, at }, (tx, rev) =>
    auditSurveyItem(tx, ctx, { action: ACTION, at, item, details: { revision: rev, result, note } }),
  );
  if (revision === null) {
    await ctx.reply(ctx.t('survey.call.concurrent'));
    return;
  }
  const stored = await findSurveyItem(ctx.db, itemId);
  if (!stored) return;
  const [shown] = surveyView(ctx.locale, ctx.timeZone, { ...stored.sample, items: [stored] }, names).items;
  if (shown) await ctx.replyCard(surveyCallRecordedCard(ctx.locale, shown));
}
