import { BotError } from '../core/errors.js';
import type { Context } from '../core/context.js';
import { findRegionByPath } from '../db/queries/regions.js';
import { findSurveySample, surveyDayNames, type StoredSurveySample } from '../db/queries/survey.js';
import { surveyScopeKey, surveyScopeOf, type SurveyScope } from '../permissions/survey.js';
import { surveyView, type SurveyView } from './survey-view.js';

/**
 * The speaker's survey scope.
 * @throws BotError FORBIDDEN for anyone but a bureau (region coordinator) or an administrator.
 */
export function requireSurveyScope(ctx: Context): SurveyScope {
  const scope = surveyScopeOf(ctx.actor);
  if (!scope) throw new BotError('FORBIDDEN', 'survey.bureauOnly');
  return scope;
}

/** The stored sample of the speaker's scope for a year, or null. */
export function findOwnSample(ctx: Context, scope: SurveyScope, year: string): Promise<StoredSurveySample | null> {
  return findSurveySample(ctx.db, year, surveyScopeKey(scope));
}

/** A stored sample as cards show it, in the speaker's locale. */
export async function viewOf(ctx: Context, sample: StoredSurveySample): Promise<SurveyView> {
  const names = await surveyDayNames(
    ctx.db,
    sample.items.map((item) => item.serviceDayId),
  );
  return surveyView(ctx.locale, ctx.timeZone, sample, names);
}

/** The regions a survey covers in words (`漳平市`), or 全部地区 for an administrator's. */
export async function surveyScopeLabel(ctx: Context, scope: SurveyScope): Promise<string> {
  if (scope.all) return ctx.t('survey.scopeAll');
  const regions = await Promise.all(scope.regionPaths.map((path) => findRegionByPath(ctx.db, path)));
  return regions.map((region, i) => region?.name ?? scope.regionPaths[i] ?? '').join('、');
}
