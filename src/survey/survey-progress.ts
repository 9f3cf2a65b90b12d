import { surveyProgressCard } from '../../cards/survey-progress.js';
import type { Context } from '../core/context.js';
import type { StoredSurveySample } from '../db/queries/survey.js';
import type { SurveyScope } from '../permissions/survey.js';
import { localDate } from '../time/local.js';
import { findOwnSample, viewOf } from './survey-load.js';
import { parseSurveyWords } from './survey-words.js';

/** Replies with a sample's progress card. */
export async function showSurveyProgress(ctx: Context, sample: StoredSurveySample): Promise<void> {
  await ctx.replyCard(surveyProgressCard(ctx.locale, await viewOf(ctx, sample)));
}

/**
 * The year a survey command names (default this year) and its stored sample; when there is none, the
 * bureau is told how to draw one and null comes back.
 */
export async function sampleOfYear(
  ctx: Context,
  scope: SurveyScope,
  year: string | null,
): Promise<StoredSurveySample | null> {
  const wanted = year ?? localDate(ctx.now(), ctx.timeZone).slice(0, 4);
  const sample = await findOwnSample(ctx, scope, wanted);
  if (!sample) await ctx.reply(ctx.t('survey.none', { year: wanted }));
  return sample;
}

/** `/满意度 [年份]`: progress n/size, the rates with numerators and denominators, the answers outstanding. */
export async function surveyProgress(ctx: Context, scope: SurveyScope, words: readonly string[]): Promise<void> {
  const sample = await sampleOfYear(ctx, scope, parseSurveyWords(words).year);
  if (sample) await showSurveyProgress(ctx, sample);
}
