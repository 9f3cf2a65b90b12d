import { badArguments } from '../core/bad-arguments.js';
import type { Context } from '../core/context.js';
import { findLatestSpotCheckDrawBy } from '../db/queries/spot-checks.js';
import { recordSpotCheck } from './record-outcome.js';

/**
 * `/抽查 记录 <序号> <结果> [备注…]`: records the outcome of the n-th visit of the inspector's latest draw,
 * as that visit's form on the draw card would (same checks, same effects). It is how an inspector records
 * on a platform whose cards hold no form (DingTalk).
 * @throws BotError BAD_ARGUMENTS when the 序号 is missing or not in the latest draw, or there is no draw.
 */
export async function recordSpotCheckTyped(ctx: Context, tokens: readonly string[]): Promise<void> {
  const [number = '', outcome = '', ...note] = tokens;
  const position = /^\d{1,2}$/.test(number) ? Number.parseInt(number, 10) : 0;
  if (position < 1 || outcome === '') throw badArguments('spotCheck.typed.usage', {});
  const draw = ctx.actor.person ? await findLatestSpotCheckDrawBy(ctx.db, ctx.actor.person.id) : null;
  if (!draw) throw badArguments('spotCheck.typed.noDraw', {});
  const plannedDateId = draw.sampled[position - 1];
  if (plannedDateId === undefined) {
    throw badArguments('spotCheck.typed.noPosition', { position, count: draw.sampled.length });
  }
  await recordSpotCheck(ctx, { seed: draw.seed, plannedDateId }, { outcome, note: note.join(' ') });
}
