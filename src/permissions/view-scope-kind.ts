import type { ViewScope } from './view-scope.js';

/**
 * Whether a view counts only a supporting hospital's own physicians: a hospital coordinator's view
 * (without any region of their own), or any view narrowed to one supporting hospital.
 */
export function isOwnPhysiciansView(scope: ViewScope): boolean {
  const hospitalOnly = !scope.all && scope.regionPaths.length === 0 && scope.supportingInstitutionIds.length > 0;
  return hospitalOnly || scope.within.supportingInstitutionId !== undefined;
}
