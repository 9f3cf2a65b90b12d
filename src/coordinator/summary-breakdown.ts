import type { DbOrTx } from '../db/client.js';
import { listRegionWithChildren } from '../db/queries/region-paths.js';
import type { ServiceDayFact } from '../db/queries/workload-facts.js';
import { regionPathDepth } from '../permissions/region-path.js';
import type { ViewScope } from '../permissions/view-scope.js';
import { groupFigures, type FigureGroup, type WorkloadFigures } from './workload-figures.js';

/** How a summary splits its figures. */
export type BreakdownKind = 'region' | 'hospital' | 'physician';

/** One row of a breakdown. */
export interface SummaryGroup {
  /** What tells the group apart (a physician's id, a hospital's, a region's path): labels may repeat. */
  key: string;
  label: string;
  figures: WorkloadFigures;
  /** The scope name that narrows the summary to this group (a drill-down), when there is one. */
  drill?: string;
}

/** A breakdown: its kind and its groups, largest by service days first. */
export interface SummaryBreakdown {
  kind: BreakdownKind;
  groups: SummaryGroup[];
}

/** Depth of a county path (`/35/3508/350881/`); a scope this deep or deeper is split by hospital. */
const COUNTY_DEPTH = 3;

/** The breakdown a scope gets, with the region whose children split it for a region breakdown. */
type BreakdownPlan = { kind: 'region'; rootPath: string } | { kind: 'hospital' } | { kind: 'physician' };

/**
 * Picks the split a coordinator wants at this scope:
 * - one hospital's work (a hospital coordinator, or any view narrowed to one supporting hospital or one
 *   recipient clinic): by physician — who went, who did what;
 * - a province or a city (or everything, for administrators): by the next region level down (cities,
 *   counties), each a drill-down into that region;
 * - a county or a township (or several regions at once): by supporting hospital — the county bureau
 *   chases hospitals, not towns — each a drill-down into that hospital's work in the scope.
 */
function planBreakdown(scope: ViewScope): BreakdownPlan {
  const { regionPath, recipientInstitutionId, supportingInstitutionId } = scope.within;
  const hospitalOnly = !scope.all && scope.regionPaths.length === 0;
  if (hospitalOnly || recipientInstitutionId !== undefined || supportingInstitutionId !== undefined) {
    return { kind: 'physician' };
  }
  const rootPath = regionPath ?? (scope.all ? '/' : scope.regionPaths.length === 1 ? scope.regionPaths[0] : undefined);
  if (rootPath === undefined || regionPathDepth(rootPath) >= COUNTY_DEPTH) return { kind: 'hospital' };
  return { kind: 'region', rootPath };
}

/** The path one level below `rootPath` that `path` lies in (`path` itself when it is no deeper). */
function childPathOf(rootPath: string, path: string): string {
  const codes = path.split('/').filter(Boolean);
  return `/${codes.slice(0, regionPathDepth(rootPath) + 1).join('/')}/`;
}

/**
 * Splits the facts of a summary as {@link planBreakdown} decides. At most one query (the names of the
 * sub-regions), run while the facts are still loading — hence the facts as a promise; `noHospitalLabel`
 * names the group of physicians without a home hospital on record.
 */
export async function summaryBreakdown(
  db: DbOrTx,
  scope: ViewScope,
  loadingFacts: Promise<readonly ServiceDayFact[]>,
  noHospitalLabel: string,
): Promise<SummaryBreakdown> {
  const plan = planBreakdown(scope);
  if (plan.kind === 'region') return { kind: 'region', groups: await regionGroups(db, plan.rootPath, loadingFacts) };
  const facts = await loadingFacts;
  switch (plan.kind) {
    case 'physician':
      return {
        kind: 'physician',
        groups: groupFigures(facts, (fact) => ({ key: fact.physicianId, label: fact.physicianName })).map((group) =>
          summaryGroup(group, undefined),
        ),
      };
    case 'hospital':
      return {
        kind: 'hospital',
        groups: groupFigures(facts, (fact) => ({
          key: fact.supportingInstitutionId,
          label: fact.supportingInstitutionName ?? noHospitalLabel,
        })).map((group) => summaryGroup(group, group.key === null ? undefined : group.label)),
      };
  }
}

/** The groups by sub-region; the names (the root and its children) are read while the facts load. */
async function regionGroups(
  db: DbOrTx,
  rootPath: string,
  loadingFacts: Promise<readonly ServiceDayFact[]>,
): Promise<SummaryGroup[]> {
  const [regions, facts] = await Promise.all([listRegionWithChildren(db, rootPath), loadingFacts]);
  const names = new Map(regions.map((region) => [region.path, region.name]));
  return groupFigures(facts, (fact) => {
    const key = childPathOf(rootPath, fact.institutionRegionPath);
    return { key, label: names.get(key) ?? key };
  }).map((group) =>
    // Clinics lying directly in the root region are the root itself: no narrower view to open.
    summaryGroup(group, group.key === rootPath || !names.has(group.key) ? undefined : group.label),
  );
}

function summaryGroup<K>(group: FigureGroup<K>, drill: string | undefined): SummaryGroup {
  return {
    key: String(group.key),
    label: group.label,
    figures: group.figures,
    ...(drill === undefined ? {} : { drill }),
  };
}
