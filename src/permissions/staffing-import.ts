import type { ViewScope } from './view-scope.js';
import { isWithinRegionPath } from './region-path.js';

/**
 * Whether a coordinator may file a staffing-table row: a hospital coordinator (医务科) the rows of their
 * own hospital's physicians, wherever they serve; a region coordinator (卫健局) the rows whose recipient
 * clinic lies in their region; an administrator every row.
 */
export function mayFileStaffingRow(scope: ViewScope, row: { hospitalId: number; clinicRegionPath: string }): boolean {
  return (
    scope.all ||
    scope.supportingInstitutionIds.includes(row.hospitalId) ||
    scope.regionPaths.some((path) => isWithinRegionPath(row.clinicRegionPath, path))
  );
}
