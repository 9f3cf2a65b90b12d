import { fileNamePart } from '../coordinator/monthly-report/export-workbook.js';
import { newWorkbook } from '../coordinator/excel.js';
import type { Context } from '../core/context.js';
import { surveyScopeOf, type SurveyScope } from '../permissions/survey.js';
import { findOwnSample, surveyScopeLabel, viewOf } from './survey-load.js';
import { sampleOfYear } from './survey-progress.js';
import { writeSurveySheet, type SurveySheet } from './survey-sheet.js';
import { parseSurveyWords } from './survey-words.js';

/**
 * The survey sheet of a year-end export (the December monthly report workbook): the speaker's own
 * survey of that year, or undefined when they run none or drew no sample.
 */
export async function yearEndSurveySheet(
  ctx: Context,
  year: string,
  scopeLabel: string,
): Promise<SurveySheet | undefined> {
  const scope = surveyScopeOf(ctx.actor);
  const sample = scope ? await findOwnSample(ctx, scope, year) : null;
  return sample ? { view: await viewOf(ctx, sample), scopeLabel } : undefined;
}

/** `/满意度 导出 [年份]`: the survey sheet alone as an .xlsx file, at any time of the year. */
export async function exportSurvey(ctx: Context, scope: SurveyScope, words: readonly string[]): Promise<void> {
  const sample = await sampleOfYear(ctx, scope, parseSurveyWords(words).year);
  if (!sample) return;
  const view = await viewOf(ctx, sample);
  const workbook = await newWorkbook();
  const scopeLabel = await surveyScopeLabel(ctx, scope);
  writeSurveySheet(workbook.addWorksheet(ctx.t('survey.sheet.name')), ctx.locale, { view, scopeLabel });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  await ctx.replyFile(ctx.t('survey.export.fileName', { year: view.year, scope: fileNamePart(scopeLabel) }), bytes);
}
