import type { Actor } from '../core/context.js';
import { rolesNamed } from './actor-roles.js';
import { isWithinRegionPath, normalizeRegionPath } from './region-path.js';

/**
 * What a coordinator's summary, overdue, coverage, progress, audit and export views cover.
 *
 * A region coordinator (卫健局) sees the work done at recipient clinics in their region; a hospital
 * coordinator (医务科) sees the work of their own hospital's physicians wherever it was done. The two
 * bases are OR'd (someone may hold both); an optional narrowing (`within`) is AND'd on top, so a county
 * bureau can look at one provincial hospital's work in its county, and a hospital at its physicians' work
 * in one township, without ever seeing more than the base allows.
 */
export interface ViewScope {
  /** Everything (administrators). */
  all: boolean;
  /** Work at recipient clinics in these region subtrees; none lies inside another. */
  regionPaths: string[];
  /** Work of physicians whose home hospital is one of these. */
  supportingInstitutionIds: number[];
  /** A narrowing the caller asked for; every given field must hold. */
  within: ScopeNarrowing;
}

/** A narrowing of a view, one field set. */
export interface ScopeNarrowing {
  /** Recipient clinics in this region subtree. */
  regionPath?: string;
  /** One recipient clinic. */
  recipientInstitutionId?: number;
  /** The physicians of one supporting hospital. */
  supportingInstitutionId?: number;
}

/** What a caller names to narrow a view: a region, a recipient clinic or a supporting hospital. */
export type NarrowingTarget =
  | { kind: 'region'; path: string }
  | { kind: 'recipient'; institutionId: number; regionPath: string }
  | { kind: 'supporting'; institutionId: number };

/** The scope, or the reason it is refused (a message key of the coordinator area). */
export type ViewScopeDecision = { ok: true; scope: ViewScope } | { ok: false; code: 'FORBIDDEN' | 'OUT_OF_SCOPE' };

/**
 * Everything the actor may see as a coordinator: administrators all, region coordinators their regions,
 * hospital coordinators their hospitals. Clinic heads and physicians get an empty scope here.
 */
export function baseViewScope(actor: Actor): ViewScope {
  if (actor.isAdmin) return { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} };
  const paths = rolesNamed(actor, 'REGION_COORDINATOR').flatMap((held) =>
    held.regionPath === undefined ? [] : [normalizeRegionPath(held.regionPath)],
  );
  const regionPaths = [...new Set(paths)].filter(
    (path) => !paths.some((other) => other !== path && isWithinRegionPath(path, other)),
  );
  const hospitals = rolesNamed(actor, 'HOSPITAL_COORDINATOR').flatMap((held) =>
    held.institutionId === undefined ? [] : [held.institutionId],
  );
  return { all: false, regionPaths, supportingInstitutionIds: [...new Set(hospitals)], within: {} };
}

/** Whether a view scope covers nothing at all. */
export function isEmptyViewScope(scope: ViewScope): boolean {
  return !scope.all && scope.regionPaths.length === 0 && scope.supportingInstitutionIds.length === 0;
}

/** Whether a region path lies in the scope's regions (or the scope is everything). */
function coversRegion(scope: ViewScope, path: string): boolean {
  return scope.all || scope.regionPaths.some((own) => isWithinRegionPath(path, own));
}

/**
 * Narrows the actor's view to what they named. A region or a recipient clinic must lie inside a region
 * they coordinate — unless they coordinate a hospital, whose physicians may serve anywhere (the view then
 * shows only their own physicians there). A supporting hospital must be their own, or they must
 * coordinate a region (the view then shows only that hospital's work in their region).
 */
export function narrowViewScope(actor: Actor, target?: NarrowingTarget): ViewScopeDecision {
  const base = baseViewScope(actor);
  if (isEmptyViewScope(base)) return { ok: false, code: 'FORBIDDEN' };
  if (target === undefined) return { ok: true, scope: base };
  const hospitalView = base.supportingInstitutionIds.length > 0;
  switch (target.kind) {
    case 'region': {
      const allowed = coversRegion(base, target.path) || hospitalView;
      return allowed ? narrowed(base, { regionPath: normalizeRegionPath(target.path) }) : refused();
    }
    case 'recipient': {
      const allowed = coversRegion(base, target.regionPath) || hospitalView;
      return allowed ? narrowed(base, { recipientInstitutionId: target.institutionId }) : refused();
    }
    case 'supporting': {
      const allowed =
        base.all || base.regionPaths.length > 0 || base.supportingInstitutionIds.includes(target.institutionId);
      return allowed ? narrowed(base, { supportingInstitutionId: target.institutionId }) : refused();
    }
  }
}

function narrowed(base: ViewScope, within: ScopeNarrowing): ViewScopeDecision {
  return { ok: true, scope: { ...base, within } };
}

function refused(): ViewScopeDecision {
  return { ok: false, code: 'OUT_OF_SCOPE' };
}
