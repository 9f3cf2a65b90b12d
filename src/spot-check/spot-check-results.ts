import { spotCheckResultsCard, type SpotCheckRegionRow } from '../../cards/spot-check-results.js';
import { badArguments } from '../core/bad-arguments.js';
import type { Context } from '../core/context.js';
import { latestSpotCheckReadings } from '../db/queries/location-readings.js';
import {
  confirmationStatusesOf,
  institutionNamesById,
  listSpotCheckOutcomes,
  regionNamesByPath,
} from '../db/queries/spot-checks.js';
import type { SpotCheckOutcome } from '../generated/sqlite/client.js';
import { parseMonthArgument } from '../physician/month-argument.js';
import type { ViewScope } from '../permissions/view-scope.js';
import { localDate } from '../time/local.js';
import { evidenceText } from './spot-check-evidence.js';
import { spotCheckKey } from './spot-check-key.js';
import { isFailedSpotCheck } from './spot-check-outcome.js';

/**
 * Sums outcomes per clinic region: checks done, how many found the physician 在岗 (n of m), the days a
 * failed check made 有异议, and the follow-ups still open — a failed check whose day is still 有异议, or
 * that found no recorded day at all. Pure: `statuses` are the days' current confirmation statuses.
 */
export function summarizeSpotChecks(
  outcomes: readonly SpotCheckOutcome[],
  statuses: ReadonlyMap<number, string>,
): Omit<SpotCheckRegionRow, 'region'>[] {
  const rows = new Map<string, Omit<SpotCheckRegionRow, 'region'>>();
  for (const outcome of outcomes) {
    const row = rows.get(outcome.regionPath) ?? {
      regionPath: outcome.regionPath,
      checks: 0,
      onDuty: 0,
      disputed: 0,
      open: 0,
    };
    row.checks += 1;
    if (outcome.outcome === 'ON_DUTY') row.onDuty += 1;
    if (isFailedSpotCheck(outcome.outcome)) {
      if (outcome.serviceDayId !== null) row.disputed += 1;
      const status = outcome.serviceDayId === null ? undefined : statuses.get(outcome.serviceDayId);
      if (status === undefined || status === 'DISPUTED') row.open += 1;
    }
    rows.set(outcome.regionPath, row);
  }
  return [...rows.values()];
}

/**
 * `/抽查 结果 [月份]`: the spot checks of a month (default this one) at clinics in the coordinator's
 * scope, one row per clinic region, then each check with the inspector's position evidence.
 */
export async function showSpotCheckResults(ctx: Context, scope: ViewScope, words: readonly string[]): Promise<void> {
  const typed = words.join('');
  const month = typed === '' ? localDate(ctx.now(), ctx.timeZone).slice(0, 7) : parseMonthArgument(typed);
  if (!month) throw badArguments('spotCheck.results.badMonth', { word: typed });
  const outcomes = await listSpotCheckOutcomes(ctx.db, month, scope.all ? null : scope.regionPaths);
  const dayIds = outcomes.flatMap((outcome) => (outcome.serviceDayId === null ? [] : [outcome.serviceDayId]));
  const statuses = await confirmationStatusesOf(ctx.db, dayIds);
  const summary = summarizeSpotChecks(outcomes, statuses);
  const names = await regionNamesByPath(
    ctx.db,
    summary.map((row) => row.regionPath),
  );
  const rows = summary.map((row) => ({ ...row, region: names.get(row.regionPath) ?? row.regionPath }));
  const keyOf = (outcome: SpotCheckOutcome) => spotCheckKey(outcome.seed, outcome.plannedDateId);
  const [clinics, readings] = await Promise.all([
    institutionNamesById(
      ctx.db,
      outcomes.map((outcome) => outcome.institutionId),
    ),
    latestSpotCheckReadings(ctx.db, outcomes.map(keyOf)),
  ]);
  const checks = outcomes.map((outcome) => ({
    date: outcome.serviceDate,
    clinic: clinics.get(outcome.institutionId) ?? '',
    outcome: ctx.t(`spotCheck.outcome.${outcome.outcome}`),
    evidence: evidenceText(ctx, readings.get(keyOf(outcome))),
  }));
  await ctx.replyCard(spotCheckResultsCard(ctx.locale, month, rows, checks));
}
