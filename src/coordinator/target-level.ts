import type { Program } from '../generated/sqlite/client.js';
import type { DbOrTx } from '../db/client.js';
import { findInstitutionById } from '../db/queries/institutions.js';
import { findRegionByPath, listAncestorRegions } from '../db/queries/regions.js';
import type { TargetPlace } from '../db/queries/scope-targets.js';
import { listRegionsByIds } from '../db/queries/scoped-programs.js';
import { isWithinRegionPath } from '../permissions/region-path.js';
import type { ViewScope } from '../permissions/view-scope.js';

/**
 * The level a view stands at, for targets (ARCHITECTURE.md "Figures"): the program's own level (the
 * region whose bureau runs it, or above: its targets are the program's), a region below it, a supporting
 * hospital, or something else (a clinic, several grants), which has no targets of its own.
 */
export type TargetLevel =
  | { kind: 'program' }
  | { kind: 'region'; place: TargetPlace; name: string; path: string; ancestors: TargetPlace[] }
  | { kind: 'hospital'; place: TargetPlace; name: string }
  | { kind: 'other' };

/** The one region a scope stands for, when it stands for one. */
function regionPathOf(scope: ViewScope): string | undefined {
  if (scope.within.recipientInstitutionId !== undefined || scope.within.supportingInstitutionId !== undefined) {
    return undefined;
  }
  if (scope.within.regionPath !== undefined) return scope.within.regionPath;
  const [only] = scope.regionPaths;
  return scope.regionPaths.length === 1 && scope.supportingInstitutionIds.length === 0 ? only : undefined;
}

/** The one supporting hospital a scope stands for, when it stands for one. */
function hospitalOf(scope: ViewScope): number | undefined {
  if (scope.within.supportingInstitutionId !== undefined) return scope.within.supportingInstitutionId;
  const [only] = scope.supportingInstitutionIds;
  const hospitalOnly = !scope.all && scope.regionPaths.length === 0 && scope.supportingInstitutionIds.length === 1;
  return hospitalOnly && scope.within.regionPath === undefined && scope.within.recipientInstitutionId === undefined
    ? only
    : undefined;
}

/** Where a scope stands for a program's targets. */
export async function targetLevelOf(db: DbOrTx, scope: ViewScope, program: Program): Promise<TargetLevel> {
  const hospitalId = hospitalOf(scope);
  if (hospitalId !== undefined) {
    const hospital = await findInstitutionById(db, hospitalId);
    return hospital
      ? { kind: 'hospital', place: { institutionId: hospital.id }, name: hospital.name }
      : { kind: 'other' };
  }
  const path = regionPathOf(scope);
  const [programRegion] = await listRegionsByIds(db, [program.regionId]);
  if (path === undefined) {
    const everything = scope.all && Object.values(scope.within).every((value) => value === undefined);
    return everything ? { kind: 'program' } : { kind: 'other' };
  }
  if (!programRegion || isWithinRegionPath(programRegion.path, path)) return { kind: 'program' };
  const region = await findRegionByPath(db, path);
  if (!region) return { kind: 'other' };
  const ancestors = (await listAncestorRegions(db, path))
    .filter((ancestor) => isWithinRegionPath(ancestor.path, programRegion.path) && ancestor.path !== programRegion.path)
    .map((ancestor) => ({ regionId: ancestor.id }));
  return { kind: 'region', place: { regionId: region.id }, name: region.name, path: region.path, ancestors };
}
