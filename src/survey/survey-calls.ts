import { surveyCallsCard } from '../../cards/survey-calls.js';
import { badArguments } from '../core/bad-arguments.js';
import type { Context } from '../core/context.js';
import type { SurveyScope } from '../permissions/survey.js';
import { viewOf } from './survey-load.js';
import { sampleOfYear } from './survey-progress.js';
import { parseSurveyWords } from './survey-words.js';

/** How many forms one card carries: a card stays small enough for every platform. */
const FORMS_PER_CARD = 8;

/**
 * `/满意度 记录 [序号] [年份]`: the forms to record calls — the sampled days not yet called, those whose
 * clinic head gave a contact first — or, with a 序号, that one day's form to correct it (appended; the
 * latest counts and the earlier results stay as history).
 */
export async function surveyCalls(ctx: Context, scope: SurveyScope, words: readonly string[]): Promise<void> {
  const parsed = parseSurveyWords(words);
  const sample = await sampleOfYear(ctx, scope, parsed.year);
  if (!sample) return;
  const view = await viewOf(ctx, sample);
  if (parsed.size !== null) {
    const item = view.items.find((candidate) => candidate.position === parsed.size);
    if (!item) throw badArguments('survey.noPosition', { position: parsed.size, count: view.size });
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
