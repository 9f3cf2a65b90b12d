import type { Context } from '../core/context.js';
import { latestSpotCheckReadings } from '../db/queries/location-readings.js';
import type { LocationReading } from '../generated/sqlite/client.js';
import { zonedInstant } from '../time/local.js';
import type { SampledVisit } from './sampled-visit.js';
import { spotCheckKey } from './spot-check-key.js';

/** `附位置：距受援单位 120 米（范围内）`, or `附位置：无` without a reading (whole metres, tens past 100). */
export function evidenceText(ctx: Context, reading: LocationReading | undefined): string {
  if (!reading) return ctx.t('spotCheck.evidence.none');
  const { distanceM, verdict } = reading;
  if (distanceM === null || verdict === 'POOR_ACCURACY' || verdict === 'CLINIC_UNPLACED') {
    return ctx.t('spotCheck.evidence.unsure');
  }
  const m = distanceM >= 100 ? Math.round(distanceM / 10) * 10 : Math.round(distanceM);
  return ctx.t(verdict === 'WITHIN_FENCE' ? 'spotCheck.evidence.within' : 'spotCheck.evidence.outside', { m });
}

/**
 * The evidence of each sampled visit of a draw, by planned date id: the latest SPOT_CHECK reading
 * posted through the visit's link (what the inspector read last is what they stand by).
 */
export async function evidenceOfDraw(
  ctx: Context,
  seed: string,
  plannedDateIds: readonly number[],
): Promise<Map<number, string>> {
  const readings = await latestSpotCheckReadings(
    ctx.db,
    plannedDateIds.map((id) => spotCheckKey(seed, id)),
  );
  return new Map(plannedDateIds.map((id) => [id, evidenceText(ctx, readings.get(spotCheckKey(seed, id)))]));
}

/**
 * The 附位置 links of the visits still to check, for the inspector whose chat holds the draw card (null:
 * none): each a stable entry valid to the end of the visit's day that mints the inspector's own
 * single-use page link when opened.
 */
export async function evidenceLinksOf(
  ctx: Context,
  inspectorId: number | null,
  seed: string,
  visits: readonly SampledVisit[],
): Promise<Map<number, string>> {
  if (inspectorId === null || !ctx.spotCheckLink) return new Map();
  const mint = ctx.spotCheckLink;
  const urls = await Promise.all(
    visits.map((visit) =>
      mint(inspectorId, spotCheckKey(seed, visit.plannedDateId), zonedInstant(visit.date, '23:59', ctx.timeZone)),
    ),
  );
  return new Map(visits.flatMap((visit, i) => (urls[i] ? [[visit.plannedDateId, urls[i]] as const] : [])));
}
