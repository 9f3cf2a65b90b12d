import type { Metric, Program, ProgramTarget, Region } from '../generated/sqlite/client.js';
import type { DbOrTx } from '../db/client.js';
import { listProgramTargets } from '../db/queries/programs.js';
import { findRegionByPath, listChildRegions } from '../db/queries/regions.js';
import { listActiveAssignmentsInScope, type ScopedAssignment } from '../db/queries/scoped-assignments.js';
import { listProgramsInScope, listRegionsByIds, type ProgramChoice } from '../db/queries/scoped-programs.js';
import { listServiceDayFacts, type ServiceDayFact } from '../db/queries/workload-facts.js';
import { isWithinRegionPath } from '../permissions/region-path.js';
import type { ViewScope } from '../permissions/view-scope.js';
import { actualOf, actualsBasis, basisUnder, type ActualsBasis } from './target-actuals.js';
import { targetPace, type TargetPace } from './target-pace.js';

/**
 * The targets progress of the programs in a coordinator's scope: each target against its actual from the
 * records up to today, with its pace, and the actuals rolled up the region tree (the scope's region and
 * its child regions). A target set for one region counts that region's records only.
 */

/** One target as the card shows it. */
export interface TargetRow {
  metric: Metric;
  /** The region of a regional target; null for the whole program. */
  regionName: string | null;
  target: number;
  dueDate: string;
  /** Null for a metric the records do not measure. */
  actual: number | null;
  pace: TargetPace | null;
}

/** The actuals of one child region, one value per breakdown metric. */
export interface RegionActuals {
  region: string;
  values: (number | null)[];
}

/** One program's progress. */
export interface ProgramProgress {
  name: string;
  startDate: string;
  endDate: string;
  targets: TargetRow[];
  /** Actuals by child region of the scope's region; null when the scope is not one region. */
  breakdown: { metrics: Metric[]; rows: RegionActuals[] } | null;
}

/** The progress of every program with targets in the scope, by program code. */
export async function loadTargetProgress(
  db: DbOrTx,
  scope: ViewScope,
  choice: ProgramChoice,
  today: string,
): Promise<ProgramProgress[]> {
  const programs = await listProgramsInScope(db, scope, choice);
  const children = await childRegionsOf(db, breakdownRoot(scope));
  const progress: ProgramProgress[] = [];
  for (const program of programs) {
    const targets = await listProgramTargets(db, program.id);
    if (targets.length > 0) progress.push(await programProgress(db, { scope, program, targets, children, today }));
  }
  return progress.filter((entry) => entry.targets.length > 0);
}

interface ProgressInput {
  scope: ViewScope;
  program: Program;
  targets: ProgramTarget[];
  children: Region[];
  today: string;
}

async function programProgress(db: DbOrTx, input: ProgressInput): Promise<ProgramProgress> {
  const { scope, program, today } = input;
  const to = today < program.endDate ? today : program.endDate;
  const records = { scope, from: program.startDate, to, programId: program.id };
  const facts = await listServiceDayFacts(db, records);
  const assignments = await listActiveAssignmentsInScope(db, records);
  const regions = await listRegionsByIds(
    db,
    input.targets.flatMap((target) => (target.regionId === null ? [] : [target.regionId])),
  );
  const regionOf = new Map(regions.map((region) => [region.id, region]));
  const whole = actualsBasis(facts, assignments);
  const targets = input.targets.flatMap((target): TargetRow[] => {
    const region = target.regionId === null ? undefined : regionOf.get(target.regionId);
    if (region && !regionOverlapsScope(scope, region.path)) return [];
    const basis = region ? basisUnder(region.path, facts, assignments) : whole;
    return [targetRow(target, region?.name ?? null, basis, program.startDate, today)];
  });
  return {
    name: program.name,
    startDate: program.startDate,
    endDate: program.endDate,
    targets,
    breakdown: breakdown(input.children, targets, facts, assignments),
  };
}

function targetRow(
  target: ProgramTarget,
  regionName: string | null,
  basis: ActualsBasis,
  startDate: string,
  today: string,
): TargetRow {
  const actual = actualOf(target.metric, basis);
  const pace =
    actual === null ? null : targetPace({ target: target.value, actual, today, startDate, dueDate: target.dueDate });
  return { metric: target.metric, regionName, target: target.value, dueDate: target.dueDate, actual, pace };
}

function breakdown(
  children: Region[],
  targets: TargetRow[],
  facts: ServiceDayFact[],
  assignments: ScopedAssignment[],
): ProgramProgress['breakdown'] {
  if (children.length === 0) return null;
  const metrics = [...new Set(targets.map((target) => target.metric))];
  const rows = children.map((child) => {
    const basis = basisUnder(child.path, facts, assignments);
    return { region: child.name, values: metrics.map((metric) => actualOf(metric, basis)) };
  });
  return { metrics, rows };
}

/**
 * The one region a breakdown rolls up from: the region the caller named, or their only region. A hospital
 * view (physicians serve anywhere), several regions or everything have no single root.
 */
function breakdownRoot(scope: ViewScope): string | undefined {
  if (scope.within.regionPath !== undefined) return scope.within.regionPath;
  if (scope.within.recipientInstitutionId !== undefined || scope.all) return undefined;
  const [only] = scope.regionPaths;
  return scope.regionPaths.length === 1 && scope.supportingInstitutionIds.length === 0 ? only : undefined;
}

async function childRegionsOf(db: DbOrTx, path: string | undefined): Promise<Region[]> {
  const root = path === undefined ? null : await findRegionByPath(db, path);
  return root ? listChildRegions(db, root.id) : [];
}

/**
 * Whether a regional target concerns the scope: its region lies inside or above one of the scope's
 * regions (and the narrowing's). Hospital views and administrators see every target of their programs.
 */
function regionOverlapsScope(scope: ViewScope, path: string): boolean {
  const overlaps = (other: string) => isWithinRegionPath(path, other) || isWithinRegionPath(other, path);
  const narrowing = scope.within.regionPath;
  if (narrowing !== undefined && !overlaps(narrowing)) return false;
  return scope.all || scope.supportingInstitutionIds.length > 0 || scope.regionPaths.some(overlaps);
}
