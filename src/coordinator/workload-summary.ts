import { workloadSummaryCard, type SummaryDay } from '../../cards/workload-summary.js';
import type { Card } from '../core/card.js';
import type { Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { listActiveAssignmentsInScope } from '../db/queries/scoped-assignments.js';
import { listServiceDayFacts, type ServiceDayFact } from '../db/queries/workload-facts.js';
import { isWithinRegionPath } from '../permissions/region-path.js';
import { spotCheckOf } from '../records/service-day-state.js';
import type { ScopeNarrowing, ViewScope } from '../permissions/view-scope.js';
import { localDate, monthRange } from '../time/local.js';
import { resolveCoordinatorQuery, type CoordinatorQuery } from './coordinator-query.js';
import { summaryBreakdown } from './summary-breakdown.js';
import { parseSummaryButtonValue, type SummaryState } from './summary-state.js';
import { monthPeriod } from './figure-period.js';
import { assignmentFigures, minimumMet, minimumStandings, sumFigures } from './workload-figures.js';

/**
 * The workload summary (`/汇总` and its paging and drill-down buttons): the raw service days and
 * assignments of the scope and month (plus the sub-region names), read side by side and folded by the
 * shared figure functions, so every number on the card can be recomputed from service days.
 */

/** Typed scope plus drill-downs; deeper chains come only from tampered buttons. */
const MAX_SCOPE_NAMES = 4;

/** Whether the caller narrowed the view (then the query's label is the canonical name of the narrowing). */
function isNarrowed(scope: ViewScope): boolean {
  return Object.values(scope.within).some((field) => field !== undefined);
}

/** The card state of a typed command's query. */
export function summaryStateOf(query: CoordinatorQuery): SummaryState {
  return {
    month: query.month,
    ...(query.program ? { program: query.program.code } : {}),
    ...(isNarrowed(query.scope) ? { scopes: [query.scopeLabel], top: 1 } : { scopes: [] }),
  };
}

/**
 * The summary card of a resolved query at a page (1-based; clamped to the pages there are); `state` is
 * what its buttons carry.
 */
export async function buildSummaryCard(
  ctx: Context,
  query: CoordinatorQuery,
  state: SummaryState,
  page: number,
): Promise<Card> {
  const { first, last } = monthRange(query.month);
  const programId = query.program?.id;
  const range = { scope: query.scope, from: first, to: last, ...(programId === undefined ? {} : { programId }) };
  const loadingFacts = listServiceDayFacts(ctx.db, range);
  const [facts, assignments, breakdown] = await Promise.all([
    loadingFacts,
    listActiveAssignmentsInScope(ctx.db, range),
    summaryBreakdown(ctx.db, query.scope, loadingFacts, ctx.t('coordinator.summary.noHospital')),
  ]);
  return workloadSummaryCard(ctx.locale, {
    scopeLabel: query.scopeLabel,
    month: query.month,
    period: monthPeriod(query.month, localDate(ctx.now(), ctx.timeZone)),
    ...(query.program ? { programName: query.program.name } : {}),
    totals: sumFigures(facts),
    assignments: assignmentFigures(assignments),
    minimum: minimumMet(minimumStandings(assignments, facts, last)),
    breakdown,
    ...(breakdown.kind === 'physician' ? { days: facts.map(summaryDay) } : {}),
    page,
    state,
  });
}

function summaryDay(fact: ServiceDayFact): SummaryDay {
  return {
    physicianKey: String(fact.physicianId),
    physician: fact.physicianName,
    date: fact.serviceDate,
    clinic: fact.institutionName,
    evidence: fact.evidence,
    spotCheck: spotCheckOf(fact.record),
  };
}

/**
 * Resolves a card's state again for the actor who clicked, exactly as if they had typed it: the first
 * name with the month and program, each further name on its own, every one checked against their scope.
 * The narrowings are then combined; a further region must lie inside the one before it.
 */
export async function resolveSummaryState(ctx: Context, state: SummaryState): Promise<CoordinatorQuery> {
  if (state.scopes.length > MAX_SCOPE_NAMES) throw badArguments('coordinator.summary.tooDeep');
  const [first, ...further] = state.scopes;
  const tokens = [state.month, state.program ?? '', first ?? ''].filter((token) => token !== '');
  const base = await resolveCoordinatorQuery(ctx, tokens);
  let within = base.scope.within;
  for (const name of further) {
    const next = await resolveCoordinatorQuery(ctx, [base.month, name]);
    within = combineNarrowings(within, next.scope.within, name);
  }
  const scopeLabel = state.scopes.length > 0 ? state.scopes.join(' · ') : base.scopeLabel;
  return { ...base, scope: { ...base.scope, within }, scopeLabel };
}

/** Both narrowings at once; a contradiction (another region, another clinic) is refused as out of scope. */
function combineNarrowings(outer: ScopeNarrowing, inner: ScopeNarrowing, name: string): ScopeNarrowing {
  const contradicts =
    (inner.regionPath !== undefined &&
      outer.regionPath !== undefined &&
      !isWithinRegionPath(inner.regionPath, outer.regionPath)) ||
    (inner.recipientInstitutionId !== undefined &&
      outer.recipientInstitutionId !== undefined &&
      inner.recipientInstitutionId !== outer.recipientInstitutionId) ||
    (inner.supportingInstitutionId !== undefined &&
      outer.supportingInstitutionId !== undefined &&
      inner.supportingInstitutionId !== outer.supportingInstitutionId);
  if (contradicts) throw new BotError('OUT_OF_SCOPE', 'coordinator.scope.outOfScope', { scope: name });
  return { ...outer, ...inner };
}

/**
 * A summary button (paging or drill-down): its value is re-resolved for the clicking actor, then the
 * clicked card is replaced in place.
 */
export async function rerunSummaryFromButton(ctx: Context, value: Record<string, unknown>): Promise<void> {
  const { state, page } = parseSummaryButtonValue(value);
  const query = await resolveSummaryState(ctx, state);
  const { month, program } = summaryStateOf(query);
  const kept: SummaryState = {
    month,
    ...(program === undefined ? {} : { program }),
    scopes: state.scopes,
    ...(state.top ? { top: state.top } : {}),
  };
  await ctx.updateCard(await buildSummaryCard(ctx, query, kept, page));
}
