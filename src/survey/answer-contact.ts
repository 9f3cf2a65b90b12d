import { BotError } from '../core/errors.js';
import type { Context } from '../core/context.js';
import { answerSurveyContact, findSurveyItem, surveyDayNames } from '../db/queries/survey.js';
import type { SurveyContactReply } from '../domain/survey-result.js';
import { isClinicHeadOf } from '../permissions/clinic-head.js';
import { cardValueId } from '../physician/card-value-id.js';
import { auditSurveyItem } from './survey-item-audit.js';

const ACTION = 'survey.contact';
const REPLIES: readonly SurveyContactReply[] = ['PROVIDED', 'NO_REGISTER'];

/**
 * A clinic head answers the survey's request for a sampled day's register contact (value `{ itemId,
 * reply }`): 已提供联系方式 (given to the bureau offline) or 当日无登记. Stored once — who and when, never
 * the contact — by a conditional update, so a second press (or a second head) changes nothing.
 * @throws BotError NOT_FOUND for a stale or forged card, FORBIDDEN for anyone but the clinic's heads.
 */
export async function answerContactRequest(ctx: Context, value: Record<string, unknown>): Promise<void> {
  const itemId = cardValueId(value, 'itemId', ACTION);
  const reply = REPLIES.find((known) => known === value.reply);
  const item = await findSurveyItem(ctx.db, itemId);
  if (!item || !reply) throw new BotError('NOT_FOUND', 'core.staleAction', { action: ACTION });
  const head = ctx.actor.person;
  if (!head || !isClinicHeadOf(ctx.actor, item.institutionId)) {
    const clinic = (await surveyDayNames(ctx.db, [item.serviceDayId])).get(item.serviceDayId)?.clinic ?? '';
    throw new BotError('FORBIDDEN', 'survey.contact.forbidden', { clinic });
  }
  const at = ctx.now();
  const stored = await answerSurveyContact(ctx.db, itemId, { reply, byId: head.id, at }, (tx) =>
    auditSurveyItem(tx, ctx, { action: ACTION, at, item, details: { serviceDate: item.serviceDate, reply } }),
  );
  const answer = stored ? reply : ((await findSurveyItem(ctx.db, itemId))?.contactReply ?? reply);
  await ctx.reply(
    ctx.t(stored ? 'survey.contact.recorded' : 'survey.contact.repeated', {
      date: item.serviceDate,
      answer: ctx.t(`survey.contactReply.${answer}`),
    }),
  );
}
