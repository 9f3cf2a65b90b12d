import { surveyCallsCard } from '../../cards/survey-calls.js';
import { badArguments } from '../core/bad-arguments.js';
import type { Context } from '../core/context.js';
import type { SurveyScope } from '../permissions/survey.js';
import { viewOf } from './survey-load.js';
import { sampleOfYear } from './survey-progress.js';
import { parseSurveyWords } from './survey-words.js';
import { parseSurveyCallResult } from '../domain/survey-result.js';
import { recordSurveyCall } from './record-call.js';

/** How many forms one card carries: a card stays small enough for every platform. */
const FORMS_PER_CARD = 8;

/**
 * `/满意度 记录 [序号] [年份] [结果 备注…]`: with a result, records that day's call at once (as its form
 * would); otherwise the forms to record calls — the sampled days not yet called, those whose
 * clinic head gave a contact first — or, with a 序号, that one day's form to correct it (appended; the
 * latest counts and the earlier results stay as history).
 */
export async function surveyCalls(ctx: Context, scope: SurveyScope, words: readonly string[]): Promise<void> {
  // `/满意度 记录 3 满意 备注…` records the call typed, as the form would (DingTalk cards hold no form).
  const resultAt = words.findIndex((word) => parseSurveyCallResult(word) !== null);
  const parsed = parseSurveyWords(resultAt < 0 ? words : words.slice(0, resultAt));
  const sample = await sampleOfYear(ctx, scope, parsed.year);
  if (!sample) return;
  const view = await viewOf(ctx, sample);
  if (resultAt >= 0 && parsed.size === null) throw badArguments('survey.typedNoPosition', {});
  if (parsed.size !== null) {
    const item = view.items.find((candidate) => candidate.position === parsed.size);
    if (!item) throw badArguments('survey.noPosition', { position: parsed.size, count: view.size });
    if (resultAt >= 0) {
      const [result = '', ...note] = words.slice(resultAt);
      await recordSurveyCall(ctx, { itemId: item.itemId }, { result, note: note.join(' ') });
      return;
    }
    await ctx.replyCard(surveyCallsCard(ctx.locale, { year: view.year, toCall: 1, items: [item], intro: false }));
    return;
  }
  const toCall = view.items
    .filter((item) => item.resultKind === null)
    .sort((a, b) => Number(b.contactReply === 'PROVIDED') - Number(a.contactReply === 'PROVIDED'));
  await ctx.replyCard(
    surveyCallsCard(ctx.locale, {
      year: view.year,
      toCall: toCall.length,
      items: toCall.slice(0, FORMS_PER_CARD),
      intro: true,
    }),
  );
}
