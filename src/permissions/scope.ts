import type { Actor } from '../core/context.js';
import { coordinatesRegion, type InstitutionRef } from './actor-roles.js';
import { isWithinRegionPath, normalizeRegionPath } from './region-path.js';

/**
 * What an actor may see: everything, or the union of whole regions and single institutions. Query
 * functions turn it into a filter (`regionPath` prefix OR institution id).
 */
export interface ActorScope {
  /** Administrators see everything; the other fields are then empty. */
  all: boolean;
  /** Regions seen whole (region coordinators); none lies inside another. */
  regionPaths: string[];
  /** Institutions seen (hospital coordinators, clinic heads), none inside `regionPaths`. */
  institutionIds: number[];
}

/** A scope someone asks for, e.g. a coordinator's summary of one county or one hospital. */
export type ScopeRequest = { kind: 'region'; path: string } | { kind: 'institution'; institution: InstitutionRef };

/** A scope granted, or a coded refusal with the message key to show. */
export type ScopeDecision =
  { ok: true; scope: ActorScope } | { ok: false; code: 'FORBIDDEN' | 'OUT_OF_SCOPE'; messageKey: string };

const EVERYTHING: ActorScope = { all: true, regionPaths: [], institutionIds: [] };

/**
 * The union of what the actor may see. Region coordinators see their region; hospital coordinators and
 * clinic heads their institution; a physician's own records are checked per person, not by scope.
 */
export function scopeOf(actor: Actor): ActorScope {
  if (actor.isAdmin) return EVERYTHING;
  const paths = actor.roles.flatMap((held) =>
    held.role === 'REGION_COORDINATOR' && held.regionPath !== undefined ? [normalizeRegionPath(held.regionPath)] : [],
  );
  const regionPaths = [...new Set(paths)].filter(
    (path) => !paths.some((other) => other !== path && isWithinRegionPath(path, other)),
  );
  const institutionIds = actor.roles.flatMap((held) => {
    const institutional = held.role === 'HOSPITAL_COORDINATOR' || held.role === 'CLINIC_HEAD';
    if (!institutional || held.institutionId === undefined) return [];
    const home = held.regionPath;
    const covered = home !== undefined && regionPaths.some((path) => isWithinRegionPath(home, path));
    return covered ? [] : [held.institutionId];
  });
  return { all: false, regionPaths, institutionIds: [...new Set(institutionIds)] };
}

/** Whether the scope is empty (the actor may see no region and no institution). */
export function isEmptyScope(scope: ActorScope): boolean {
  return !scope.all && scope.regionPaths.length === 0 && scope.institutionIds.length === 0;
}

/** Whether the actor may see everything in a region (administrators and region coordinators above it). */
export function canViewRegion(actor: Actor, regionPath: string): boolean {
  return actor.isAdmin || coordinatesRegion(actor, regionPath);
}

/** Whether the actor may see an institution's data. */
export function canViewInstitution(actor: Actor, institution: InstitutionRef): boolean {
  const scope = scopeOf(actor);
  return (
    scope.all ||
    scope.institutionIds.includes(institution.id) ||
    scope.regionPaths.some((path) => isWithinRegionPath(institution.regionPath, path))
  );
}

/**
 * Narrows the actor's scope to what they asked for: nothing asked means all they may see; a region or
 * institution inside their scope means just that; anything else is refused with a code.
 */
export function narrowScope(actor: Actor, requested?: ScopeRequest): ScopeDecision {
  const scope = scopeOf(actor);
  if (isEmptyScope(scope)) return { ok: false, code: 'FORBIDDEN', messageKey: 'identity.noScope' };
  if (requested === undefined) return { ok: true, scope };
  if (requested.kind === 'region') {
    return canViewRegion(actor, requested.path)
      ? { ok: true, scope: { all: false, regionPaths: [normalizeRegionPath(requested.path)], institutionIds: [] } }
      : { ok: false, code: 'OUT_OF_SCOPE', messageKey: 'identity.outOfScope' };
  }
  return canViewInstitution(actor, requested.institution)
    ? { ok: true, scope: { all: false, regionPaths: [], institutionIds: [requested.institution.id] } }
    : { ok: false, code: 'OUT_OF_SCOPE', messageKey: 'identity.outOfScope' };
}
