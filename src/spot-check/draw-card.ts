import { spotCheckSampleCard } from '../../cards/spot-check-sample.js';
import type { Card } from '../core/card.js';
import type { Markdown } from '../core/card-text.js';
import type { Context } from '../core/context.js';
import type { DbOrTx } from '../db/client.js';
import { listOutcomesOfDraw, type SpotCheckDraw } from '../db/queries/spot-checks.js';
import { sampleOfDrawDetails } from './sampled-visit.js';
import { evidenceLinksOf, evidenceOfDraw } from './spot-check-evidence.js';
import { isFailedSpotCheck } from './spot-check-outcome.js';

/** Builds the draw card with the outcomes stored as `db` sees them, `notice` on top. */
export type DrawCardBuilder = (db: DbOrTx, notice: Markdown) => Promise<Card>;

/**
 * What redraws the draw card as it stands — every sampled visit with its recorded outcome or its form —
 * from the draw's audit entry and the outcomes stored, with a notice on top saying what the press did.
 * Evidence and links are read now, for every sampled visit; the outcomes when the builder runs, right
 * before the card is built (inside the press's transaction, which holds the draw's lock). Null for a draw
 * whose entry did not keep its sample (made before it was kept): it cannot be redrawn.
 */
export async function drawCardBuilder(
  ctx: Context,
  seed: string,
  draw: SpotCheckDraw,
): Promise<DrawCardBuilder | null> {
  const sample = sampleOfDrawDetails(draw.details);
  if (!sample) return null;
  const ids = sample.map((visit) => visit.plannedDateId);
  // The card sits in the drawer's chat, whoever pressed: its links are the drawer's.
  const [evidence, evidenceLinks] = await Promise.all([
    evidenceOfDraw(ctx, seed, ids),
    evidenceLinksOf(ctx, draw.drawnById, seed, sample),
  ]);
  const { from, to, scope, candidates } = draw.details;
  return async (db, notice) => {
    const outcomes = await listOutcomesOfDraw(db, seed);
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
  };
}
