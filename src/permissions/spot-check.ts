import type { Actor } from '../core/context.js';
import { coordinatesRegion } from './actor-roles.js';
import { isWithinRegionPath } from './region-path.js';
import { narrowViewScope, type NarrowingTarget, type ViewScopeDecision } from './view-scope.js';

/**
 * What a spot check may draw from: the planned visits at clinics in the regions the actor coordinates
 * (administrators: all), optionally narrowed to a region, a clinic or a supporting hospital's physicians
 * (the narrowing of `/汇总`). A hospital coordinator's own hospital does not count: checks are the
 * bureau's (四不两直), so a region or clinic named must lie in the actor's regions. FORBIDDEN without a
 * region, OUT_OF_SCOPE for a place outside it.
 */
export function spotCheckScope(actor: Actor, target?: NarrowingTarget): ViewScopeDecision {
  const decision = narrowViewScope(actor, target);
  if (!decision.ok) return decision;
  const scope = { ...decision.scope, supportingInstitutionIds: [] };
  if (!scope.all && scope.regionPaths.length === 0) return { ok: false, code: 'FORBIDDEN' };
  const place = target?.kind === 'region' ? target.path : target?.kind === 'recipient' ? target.regionPath : null;
  const inRegions = place === null || scope.all || scope.regionPaths.some((own) => isWithinRegionPath(place, own));
  return inRegions ? { ok: true, scope } : { ok: false, code: 'OUT_OF_SCOPE' };
}

/**
 * Whether the actor may record the outcome of a spot check: the inspector who drew it, or a region
 * coordinator of the clinic's region. Nobody else — not the physician's own hospital — may, since the
 * check is unannounced and its outcome is evidence about the record.
 */
export function canRecordSpotCheck(actor: Actor, drawnById: number | null, clinicRegionPath: string): boolean {
  if (actor.person !== null && actor.person.id === drawnById) return true;
  return coordinatesRegion(actor, clinicRegionPath);
}
