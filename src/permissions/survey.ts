import type { Actor } from '../core/context.js';
import { coordinatesRegion } from './actor-roles.js';
import { baseViewScope } from './view-scope.js';

/** What a satisfaction survey covers: everything (administrators) or the clinics in some regions. */
export interface SurveyScope {
  all: boolean;
  regionPaths: string[];
}

/**
 * The scope of the actor's satisfaction survey (满意度调查): a bureau — a region coordinator — surveys the
 * service days at clinics in its regions; administrators everything. A hospital coordinator, a clinic
 * head or a physician runs none (null): the survey checks the hospitals' work, not theirs to sample.
 */
export function surveyScopeOf(actor: Actor): SurveyScope | null {
  const base = baseViewScope(actor);
  if (base.all) return { all: true, regionPaths: [] };
  return base.regionPaths.length > 0 ? { all: false, regionPaths: [...base.regionPaths].sort() } : null;
}

/** The key one year's sample of a scope is stored under: `*`, or the region paths joined. */
export function surveyScopeKey(scope: SurveyScope): string {
  return scope.all ? '*' : scope.regionPaths.join(',');
}

/** Whether the actor may record a call about a sampled day at a clinic in `clinicRegionPath`. */
export function canRecordSurveyCall(actor: Actor, clinicRegionPath: string): boolean {
  return actor.isAdmin || coordinatesRegion(actor, clinicRegionPath);
}
