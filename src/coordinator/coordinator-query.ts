import type { Institution, Program } from '../generated/sqlite/client.js';
import type { Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { findInstitutionById, findInstitutionByNameOrAlias } from '../db/queries/institutions.js';
import { findProgramByCode } from '../db/queries/programs.js';
import { findRegionsByName } from '../db/queries/region-names.js';
import { findRegionByPath } from '../db/queries/regions.js';
import { parseMonthArgument } from '../physician/month-argument.js';
import { narrowViewScope, type NarrowingTarget, type ViewScope } from '../permissions/view-scope.js';
import { addMonths, localParts } from '../time/local.js';

/**
 * What every coordinator command takes after its word, in any order: a month (`2023-08`, `2023年8月`,
 * `8月`, `本月`, `上月`, `下月`), a program code, and a narrower scope by name (a region, a recipient clinic or a
 * supporting hospital): `/汇总 2023-08 漳平市`, `/summary 2023-08`, `/逾期 福建省立医院`.
 */

/** A coordinator's request, resolved and checked against their scope. */
export interface CoordinatorQuery {
  scope: ViewScope;
  /** The scope as the card header names it (`漳平市`, `福建省立医院`, `全部`). */
  scopeLabel: string;
  /** `YYYY-MM`. */
  month: string;
  /** Null means every program in scope. */
  program: Program | null;
}

/** How a command defaults what the caller leaves out. */
export interface CoordinatorQueryOptions {
  /** The month when none is named: this month (default) or the previous one (reports). */
  defaultMonth?: 'current' | 'previous';
}

const RELATIVE_MONTHS: Record<string, number> = {
  本月: 0,
  这个月: 0,
  'this-month': 0,
  上月: -1,
  上个月: -1,
  'last-month': -1,
  下月: 1,
  下个月: 1,
  'next-month': 1,
};
const BARE_MONTH = /^(\d{1,2})月$/;
const RECIPIENT_KINDS = new Set(['TOWNSHIP_HEALTH_CENTER', 'COMMUNITY_HEALTH_CENTER']);

/** Reads the month, program and scope from a command's tokens; refuses anything outside the caller's scope. */
export async function resolveCoordinatorQuery(
  ctx: Context,
  tokens: readonly string[],
  options: CoordinatorQueryOptions = {},
): Promise<CoordinatorQuery> {
  const current = localParts(ctx.now(), ctx.timeZone).month;
  let month: string | undefined;
  let program: Program | null = null;
  const rest: string[] = [];
  for (const token of tokens) {
    const asMonth = monthOf(token, current);
    if (asMonth !== undefined && month === undefined) {
      month = asMonth;
      continue;
    }
    const asProgram: Program | null = program === null ? await findProgramByCode(ctx.db, token.toUpperCase()) : null;
    if (asProgram) program = asProgram;
    else rest.push(token);
  }
  const target = rest.length === 0 ? undefined : await resolveTarget(ctx, rest.join(''));
  const decision = narrowViewScope(ctx.actor, target?.narrowing);
  if (!decision.ok) {
    if (decision.code === 'FORBIDDEN') throw new BotError('FORBIDDEN', 'coordinator.scope.none');
    throw new BotError('OUT_OF_SCOPE', 'coordinator.scope.outOfScope', { scope: target?.label ?? '' });
  }
  return {
    scope: decision.scope,
    scopeLabel: target?.label ?? (await baseLabel(ctx, decision.scope)),
    month: month ?? (options.defaultMonth === 'previous' ? addMonths(current, -1) : current),
    program,
  };
}

/** A month token as `YYYY-MM`, or undefined. A bare `8月` is that month of the current year. */
function monthOf(token: string, current: string): string | undefined {
  const relative = RELATIVE_MONTHS[token.toLowerCase()];
  if (relative !== undefined) return addMonths(current, relative);
  const bare = BARE_MONTH.exec(token);
  if (bare) return parseMonthArgument(`${current.slice(0, 4)}-${bare[1]}`);
  return parseMonthArgument(token);
}

/** A named narrowing with its label. */
export interface Target {
  narrowing: NarrowingTarget;
  label: string;
}

/**
 * A scope name as a narrowing: a region first (people name counties and towns), then an institution.
 * Not checked against the caller's scope (the permission functions do that).
 * @throws BotError BAD_ARGUMENTS for a name nobody has, or one several share.
 */
export async function resolveTarget(ctx: Context, name: string): Promise<Target> {
  const regions = await findRegionsByName(ctx.db, name);
  const [region] = regions;
  if (regions.length === 1 && region) return { narrowing: { kind: 'region', path: region.path }, label: region.name };
  if (regions.length > 1)
    throw ambiguous(
      name,
      regions.map((r) => r.name),
    );
  const institutions = await findInstitutionByNameOrAlias(ctx.db, name);
  const [best] = institutions;
  if (!best) throw badArguments('coordinator.scope.unknown', { name });
  if (institutions.length > 1 && best.name !== name)
    throw ambiguous(
      name,
      institutions.map((i) => i.name),
    );
  return { narrowing: institutionTarget(best), label: best.name };
}

function institutionTarget(institution: Institution): NarrowingTarget {
  if (RECIPIENT_KINDS.has(institution.kind)) {
    return { kind: 'recipient', institutionId: institution.id, regionPath: institution.regionPath };
  }
  // A bureau stands for its region.
  if (institution.kind === 'HEALTH_BUREAU') return { kind: 'region', path: institution.regionPath };
  return { kind: 'supporting', institutionId: institution.id };
}

function ambiguous(name: string, candidates: string[]): BotError {
  return badArguments('coordinator.scope.ambiguous', { name, candidates: candidates.slice(0, 5).join('、') });
}

/** The caller's whole scope by name: their regions and hospitals, or 全部 for administrators. */
async function baseLabel(ctx: Context, scope: ViewScope): Promise<string> {
  if (scope.all) return ctx.t('coordinator.scope.all');
  const regions = await Promise.all(scope.regionPaths.map((path) => findRegionByPath(ctx.db, path)));
  const hospitals = await Promise.all(scope.supportingInstitutionIds.map((id) => findInstitutionById(ctx.db, id)));
  return [...regions, ...hospitals].flatMap((row) => (row ? [row.name] : [])).join('、');
}
