import type { Metric, Program, ProgramTarget, Region } from '../generated/sqlite/client.js';
import type { DbOrTx } from '../db/client.js';
import { listProgramTargets } from '../db/queries/programs.js';
import { findRegionByPath, listChildRegions } from '../db/queries/regions.js';
import { listActiveAssignmentsInScope, type ScopedAssignment } from '../db/queries/scoped-assignments.js';
import { listProgramsInScope, listRegionsByIds, type ProgramChoice } from '../db/queries/scoped-programs.js';
import { listServiceDayFacts, type ServiceDayFact } from '../db/queries/workload-facts.js';
import type { ViewScope } from '../permissions/view-scope.js';
import { listScopeTargets, programHasScopeTargets } from '../db/queries/scope-targets.js';
import type { FigurePeriod } from './figure-period.js';
import { actualOf, actualsBasis, basisUnder, type ActualsBasis } from './target-actuals.js';
import { targetLevelOf, type TargetLevel } from './target-level.js';
import { targetPace, type TargetPace } from './target-pace.js';

/**
 * The targets progress of the programs in a coordinator's scope, at the level the view stands at
 * (`target-level.ts`). The program's targets are the province's: they are compared with the actuals only
 * at the program's own level. A city, county or hospital is compared with its own targets (`/目标`, or
 * the import's regional targets); without one it gets its actuals and their share of the nearest target
 * above it, never a pace or forecast against someone else's target. Actuals are the catalogue's figures
 * from the program's start to today, rolled up by child region.
 */

/** One target of the view's own level, as the card shows it. */
export interface TargetRow {
  metric: Metric;
  target: number;
  dueDate: string;
  /** Null for a metric the records do not measure. */
  actual: number | null;
  pace: TargetPace | null;
}

/** A metric the level has no target for, against the nearest target above it. */
export interface ShareRow {
  metric: Metric;
  actual: number | null;
  parentTarget: number;
  /** The region whose target it is; null for the program's own. */
  parentName: string | null;
  dueDate: string;
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
  /** What the actuals count: the program from its start to today (or its end). */
  period: FigurePeriod;
  /** The view's level: the program's own, or a level with (own) or without (none) targets of its own. */
  level: 'program' | 'own' | 'none';
  targets: TargetRow[];
  shares: ShareRow[];
  /** Actuals by child region of the scope's region; null when the scope is not one region. */
  breakdown: { metrics: Metric[]; rows: RegionActuals[] } | null;
}

/** The progress of every program in the scope with targets at any level. */
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
    // A level's own target (`/目标`) counts even where the program itself was imported without targets.
    if (targets.length > 0 || (await programHasScopeTargets(db, program.id))) {
      progress.push(await programProgress(db, { scope, program, targets, children, today }));
    }
  }
  return progress;
}

interface ProgressInput {
  scope: ViewScope;
  program: Program;
  targets: ProgramTarget[];
  children: Region[];
  today: string;
}

/** A target of some level, whatever table it lives in. */
type AnyTarget = Pick<ProgramTarget, 'metric' | 'value' | 'dueDate'>;

async function programProgress(db: DbOrTx, input: ProgressInput): Promise<ProgramProgress> {
  const { scope, program, today } = input;
  const to = today < program.endDate ? today : program.endDate;
  const records = { scope, from: program.startDate, to, programId: program.id };
  const [facts, assignments, level] = await Promise.all([
    listServiceDayFacts(db, records),
    listActiveAssignmentsInScope(db, records),
    targetLevelOf(db, scope, program),
  ]);
  const basis = actualsBasis(facts, assignments);
  // The program's own targets: for the whole program, or for the region whose bureau runs it.
  const programTargets = input.targets.filter(
    (target) => target.regionId === null || target.regionId === program.regionId,
  );
  const own = level.kind === 'program' ? programTargets : await ownTargets(db, program.id, input.targets, level);
  const rows = own.map((target) => targetRow(target, basis, program, today));
  const ownMetrics = new Set(own.map((target) => target.metric));
  const parents =
    level.kind === 'program' ? [] : await parentTargets(db, program.id, input.targets, programTargets, level);
  const shares = parents
    .filter(({ target }) => !ownMetrics.has(target.metric))
    .map(({ target, name }) => ({
      metric: target.metric,
      actual: actualOf(target.metric, basis),
      parentTarget: target.value,
      parentName: name,
      dueDate: target.dueDate,
    }));
  return {
    name: program.name,
    startDate: program.startDate,
    endDate: program.endDate,
    period: { kind: 'programToDate', from: program.startDate, to },
    level: level.kind === 'program' ? 'program' : own.length > 0 ? 'own' : 'none',
    targets: rows,
    shares,
    breakdown: breakdown(input.children, [...rows, ...shares], facts, assignments),
  };
}

/** A level's own targets: set with `/目标`, or a region's from the import. */
async function ownTargets(
  db: DbOrTx,
  programId: number,
  programTargets: readonly ProgramTarget[],
  level: TargetLevel,
): Promise<AnyTarget[]> {
  if (level.kind !== 'region' && level.kind !== 'hospital') return [];
  const set = await listScopeTargets(db, programId, [level.place]);
  const imported = programTargets.filter(
    (target) => 'regionId' in level.place && target.regionId === level.place.regionId,
  );
  return [...imported, ...set];
}

/**
 * For each metric with a target above the level, the nearest one: a region between it and the program
 * (closest first), else the program's own.
 */
async function parentTargets(
  db: DbOrTx,
  programId: number,
  allTargets: readonly ProgramTarget[],
  programTargets: readonly ProgramTarget[],
  level: TargetLevel,
): Promise<{ target: AnyTarget; name: string | null }[]> {
  const ancestors = level.kind === 'region' ? [...level.ancestors].reverse() : [];
  const names = new Map(
    (
      await listRegionsByIds(
        db,
        ancestors.flatMap((a) => ('regionId' in a ? [a.regionId] : [])),
      )
    ).map((r) => [r.id, r.name]),
  );
  const found = new Map<Metric, { target: AnyTarget; name: string | null }>();
  for (const ancestor of ancestors) {
    if (!('regionId' in ancestor)) continue;
    const regional = [
      ...allTargets.filter((target) => target.regionId === ancestor.regionId),
      ...(await listScopeTargets(db, programId, [ancestor])),
    ];
    for (const target of regional) {
      if (!found.has(target.metric)) found.set(target.metric, { target, name: names.get(ancestor.regionId) ?? null });
    }
  }
  for (const target of programTargets) {
    if (!found.has(target.metric)) found.set(target.metric, { target, name: null });
  }
  return [...found.values()];
}

function targetRow(target: AnyTarget, basis: ActualsBasis, program: Program, today: string): TargetRow {
  const actual = actualOf(target.metric, basis);
  const pace =
    actual === null
      ? null
      : targetPace({
          target: target.value,
          actual,
          today,
          startDate: program.startDate,
          dueDate: target.dueDate,
          programEnd: program.endDate,
        });
  return { metric: target.metric, target: target.value, dueDate: target.dueDate, actual, pace };
}

function breakdown(
  children: Region[],
  targets: readonly { metric: Metric }[],
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
