import { randomBytes } from 'node:crypto';
import { surveyContactRequestCard } from '../../cards/survey-contact-request.js';
import { surveySampleCard } from '../../cards/survey-sample.js';
import { badArguments } from '../core/bad-arguments.js';
import type { Context } from '../core/context.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { institutionRoleHolders } from '../db/queries/role-grants.js';
import { createSurveySample, listSurveyFrame, type FrameDay } from '../db/queries/survey.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { surveyScopeKey, type SurveyScope } from '../permissions/survey.js';
import { localDate } from '../time/local.js';
import { drawStratifiedSample, strataOf, type Stratum } from './stratified-sample.js';
import { findOwnSample, surveyScopeLabel, viewOf } from './survey-load.js';
import { showSurveyProgress } from './survey-progress.js';
import type { SurveyItemView } from './survey-view.js';
import { DEFAULT_SURVEY_SIZE, MAX_SURVEY_SIZE, parseSurveyWords } from './survey-words.js';

/**
 * `/满意度 抽样 [人数=80] [年份]`: draws the year's service days at clinics in the bureau's regions,
 * stratified by clinic × month with proportional allocation (`drawStratifiedSample`), stores the sample
 * once per year and scope (a second draw, or two at once, shows the existing one instead), writes the
 * seed, every stratum and the allocation to the audit log, and asks each sampled clinic's heads for one
 * resident's contact from each sampled day's register — to be given offline; the bot stores none.
 */
export async function drawSurvey(ctx: Context, scope: SurveyScope, words: readonly string[]): Promise<void> {
  const parsed = parseSurveyWords(words);
  const size = parsed.size ?? DEFAULT_SURVEY_SIZE;
  if (size < 1 || size > MAX_SURVEY_SIZE) throw badArguments('survey.badSize', { max: MAX_SURVEY_SIZE });
  const today = localDate(ctx.now(), ctx.timeZone);
  const year = parsed.year ?? today.slice(0, 4);
  if (year > today.slice(0, 4)) throw badArguments('survey.futureYear', { year });
  if (await alreadyDrawn(ctx, scope, year)) return;
  const last = `${year}-12-31` < today ? `${year}-12-31` : today;
  const frame = await listSurveyFrame(ctx.db, scope.all ? null : scope.regionPaths, `${year}-01-01`, last);
  if (frame.length === 0) {
    await ctx.reply(ctx.t('survey.noDays', { year }));
    return;
  }
  const strata = strataOf(frame);
  const seed = randomBytes(8).toString('hex');
  const drawn = drawStratifiedSample(strata, size, seed);
  const byId = new Map(frame.map((day) => [day.id, day]));
  const days = drawn.days.flatMap((id) => byId.get(id) ?? []);
  const sampleId = await storeDraw(ctx, scope, { year, seed, size, strata, drawn, days });
  // Two draws at once: the other one stored first, and this one shows it.
  if (sampleId === null) {
    await alreadyDrawn(ctx, scope, year);
    return;
  }
  const sample = await findOwnSample(ctx, scope, year);
  if (!sample) return;
  const view = await viewOf(ctx, sample);
  const asked = await askClinicHeads(ctx, scope, sample.id, days, view.items);
  await ctx.replyCard(
    surveySampleCard(ctx.locale, {
      year,
      seed,
      frame: frame.length,
      strata: strata.length,
      clinicsAsked: asked.asked,
      clinicsWithoutHead: asked.withoutHead,
      items: view.items,
    }),
  );
}

/** What a draw stores: the year, seed and size, the strata and what was drawn from them. */
interface Draw {
  year: string;
  seed: string;
  size: number;
  strata: readonly Stratum[];
  drawn: { allocation: number[]; days: number[] };
  days: readonly FrameDay[];
}

/**
 * Stores the sample and its `survey.draw` audit entry (seed, strata with their days, allocation: all a
 * redraw needs) in one transaction. Null when the year and scope already have a sample.
 */
function storeDraw(ctx: Context, scope: SurveyScope, draw: Draw): Promise<number | null> {
  const { year, seed, size, strata, drawn, days } = draw;
  const scopeKey = surveyScopeKey(scope);
  const at = ctx.now();
  return createSurveySample(
    ctx.db,
    { year, scopeKey, seed, size, drawnById: ctx.actor.person?.id ?? null, at, days },
    async (tx) => {
      await appendAuditEntry(tx, {
        at,
        ...auditActorOf(ctx),
        action: 'survey.draw',
        entity: 'SurveySample',
        entityId: `${year}:${scopeKey}`,
        regionPath: scope.regionPaths[0] ?? null,
        details: {
          seed,
          year,
          scopeKey,
          size,
          strata: strata.map((stratum) => ({ key: stratum.key, days: stratum.days })),
          allocation: drawn.allocation,
          sampled: drawn.days,
        },
      });
    },
  );
}

/** When the year and scope already have a sample: says so politely and shows its progress. */
async function alreadyDrawn(ctx: Context, scope: SurveyScope, year: string): Promise<boolean> {
  const existing = await findOwnSample(ctx, scope, year);
  if (!existing) return false;
  const view = await viewOf(ctx, existing);
  await ctx.reply(ctx.t('survey.alreadyDrawn', { year, date: view.drawnOn, count: view.size }));
  await showSurveyProgress(ctx, existing);
  return true;
}

/**
 * Sends each sampled clinic's heads one card listing its sampled days, each with 已提供联系方式 and
 * 当日无登记. Returns how many clinics were asked and the names of those without a head to ask.
 */
async function askClinicHeads(
  ctx: Context,
  scope: SurveyScope,
  sampleId: number,
  days: readonly FrameDay[],
  items: readonly SurveyItemView[],
): Promise<{ asked: number; withoutHead: string[] }> {
  const region = await surveyScopeLabel(ctx, scope);
  const clinics = new Map<number, SurveyItemView[]>();
  days.forEach((day, index) => {
    const item = items[index];
    const clinicItems = clinics.get(day.institutionId) ?? [];
    if (item) clinicItems.push(item);
    clinics.set(day.institutionId, clinicItems);
  });
  const withoutHead: string[] = [];
  for (const [institutionId, clinicItems] of clinics) {
    const clinic = clinicItems[0]?.clinic ?? '';
    const heads = await institutionRoleHolders(ctx.db, 'CLINIC_HEAD', institutionId);
    if (heads.length === 0) withoutHead.push(clinic);
    const card = surveyContactRequestCard(ctx.locale, {
      region,
      clinic,
      days: clinicItems.map((item) => ({ itemId: item.itemId, date: item.date, physician: item.physician })),
    });
    for (const head of heads) {
      await ctx.notify({ personId: head.id }, card, 'survey.contact', `${sampleId}:${institutionId}`);
    }
  }
  return { asked: clinics.size - withoutHead.length, withoutHead };
}
