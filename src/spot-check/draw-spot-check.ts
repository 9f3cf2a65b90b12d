import { randomBytes } from 'node:crypto';
import { spotCheckSampleCard } from '../../cards/spot-check-sample.js';
import type { CommandArgs, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { listPlannedVisitsBetween } from '../db/queries/planned-visits.js';
import { listServiceDayFacts } from '../db/queries/workload-facts.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { baseViewScope, isEmptyViewScope } from '../permissions/view-scope.js';
import { addDays, localDate } from '../time/local.js';
import { drawWeightedSample } from './draw-sample.js';
import type { SampledVisit } from './sampled-visit.js';
import { showSpotCheckResults } from './spot-check-results.js';
import { visitWeights } from './visit-weights.js';

/** How many visits a draw takes when the inspector names no number, and at most. */
const DEFAULT_SIZE = 3;
const MAX_SIZE = 20;
/** How far back a physician's days weigh on the draw. */
const HISTORY_DAYS = 90;
const WEEK_WORDS = new Set(['本周', '这周', 'week']);

/**
 * `/抽查 [人数] [本周]` (or `/抽查 结果 [月份]`, {@link showSpotCheckResults}): draws planned visits of today (or the next seven days) at clinics in the region
 * coordinator's regions, weighted toward weak evidence, for an unannounced check (四不两直). Only the
 * inspector is answered — nobody else is told. The seed, every candidate's weight and the sample go to
 * the audit log, so the draw can be redone from its entry (`drawWeightedSample`).
 */
export async function drawSpotCheck(ctx: Context, args: CommandArgs): Promise<void> {
  const scope = baseViewScope(ctx.actor);
  if (isEmptyViewScope(scope) || (!scope.all && scope.regionPaths.length === 0)) {
    throw new BotError('FORBIDDEN', 'spotCheck.regionOnly');
  }
  if (args.tokens[0] === '结果' || args.tokens[0]?.toLowerCase() === 'results') {
    await showSpotCheckResults(ctx, scope, args.tokens.slice(1));
    return;
  }
  let size = DEFAULT_SIZE;
  let week = false;
  for (const word of args.tokens) {
    if (WEEK_WORDS.has(word.toLowerCase())) week = true;
    else if (/^\d{1,2}人?$/.test(word)) size = Number.parseInt(word, 10);
    else throw badArguments('spotCheck.badWord', { word });
  }
  if (size < 1 || size > MAX_SIZE) throw badArguments('spotCheck.badSize', { max: MAX_SIZE });
  const today = localDate(ctx.now(), ctx.timeZone);
  const to = week ? addDays(today, 6) : today;
  const places = scope.all ? [{}] : scope.regionPaths.map((regionPath) => ({ regionPath }));
  const visits = (await Promise.all(places.map((place) => listPlannedVisitsBetween(ctx.db, today, to, place)))).flat();
  if (visits.length === 0) {
    await ctx.reply(ctx.t('spotCheck.noVisits', { from: today, to }));
    return;
  }
  const facts = await listServiceDayFacts(ctx.db, { scope, from: addDays(today, -HISTORY_DAYS), to: today });
  const weights = visitWeights(facts);
  const candidates: SampledVisit[] = visits.map((visit) => {
    const weight = weights.get(visit.assignment.physicianId);
    return {
      plannedDateId: visit.id,
      physicianId: visit.assignment.physicianId,
      physician: visit.assignment.physician.name,
      clinic: visit.assignment.institution.name,
      date: visit.date,
      weight: weight?.weight ?? 1,
      unverified: weight?.unverified ?? 0,
      unsigned: weight?.unsigned ?? 0,
      corrected: weight?.corrected ?? 0,
      disputed: weight?.disputed ?? 0,
    };
  });
  const seed = randomBytes(8).toString('hex');
  const sample = drawWeightedSample(candidates, size, seed);
  await appendAuditEntry(ctx.db, {
    at: ctx.now(),
    ...auditActorOf(ctx),
    action: 'spotCheck.draw',
    entity: 'SpotCheck',
    entityId: seed,
    regionPath: scope.regionPaths[0] ?? null,
    details: {
      seed,
      from: today,
      to,
      size,
      candidates: candidates.map((c) => ({ plannedDateId: c.plannedDateId, weight: c.weight })),
      sampled: sample.map((c) => c.plannedDateId),
      // Kept so the card can be redrawn in place as outcomes are recorded (draw-card.ts).
      sample: sample.map((visit) => ({ ...visit })),
    },
  });
  await ctx.replyCard(
    spotCheckSampleCard(ctx.locale, { from: today, to, seed, candidates: candidates.length, sample }),
  );
}
