import { spotCheckSampleCard } from '../../cards/spot-check-sample.js';
import type { Card } from '../core/card.js';
import type { Markdown } from '../core/card-text.js';
import type { Context } from '../core/context.js';
import { listOutcomesOfDraw, type SpotCheckDraw } from '../db/queries/spot-checks.js';
import { sampleOfDrawDetails } from './sampled-visit.js';
import { evidenceLinksOf, evidenceOfDraw } from './spot-check-evidence.js';
import { isFailedSpotCheck } from './spot-check-outcome.js';

/**
 * The draw card as it stands now — every sampled visit with its recorded outcome or its form — redrawn
 * from the draw's audit entry and the outcomes stored, with `notice` on top saying what the press did.
 * Null for a draw whose entry did not keep its sample (made before it was kept): it cannot be redrawn.
 */
export async function drawCardNow(
  ctx: Context,
  seed: string,
  draw: SpotCheckDraw,
  notice: Markdown,
): Promise<Card | null> {
  const sample = sampleOfDrawDetails(draw.details);
  if (!sample) return null;
  const ids = sample.map((visit) => visit.plannedDateId);
  // Evidence and links first, for every sampled visit: the outcomes are read last, right before the card
  // is built, so that of two presses at once the later card is the one that read both outcomes. The card
  // sits in the drawer's chat, whoever pressed: its links are the drawer's.
  const [evidence, evidenceLinks] = await Promise.all([
    evidenceOfDraw(ctx, seed, ids),
    evidenceLinksOf(ctx, draw.drawnById, seed, sample),
  ]);
  const outcomes = await listOutcomesOfDraw(ctx.db, seed);
  const recorded = new Map(
    outcomes.map((row) => [
      row.plannedDateId,
      {
        outcome: ctx.t(`spotCheck.outcome.${row.outcome}`),
        note: row.note,
        failed: isFailedSpotCheck(row.outcome),
        evidence: evidence.get(row.plannedDateId) ?? ctx.t('spotCheck.evidence.none'),
      },
    ]),
  );
  const { from, to, scope, candidates } = draw.details;
  return spotCheckSampleCard(ctx.locale, {
    from: String(from),
    to: String(to),
    scope: typeof scope === 'string' ? scope : null,
    seed,
    candidates: Array.isArray(candidates) ? candidates.length : sample.length,
    sample,
    recorded,
    notice,
    evidenceLinks,
  });
}
