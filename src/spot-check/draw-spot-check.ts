import { randomBytes } from 'node:crypto';
import { spotCheckSampleCard } from '../../cards/spot-check-sample.js';
import type { CommandArgs, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { resolveTarget } from '../coordinator/coordinator-query.js';
import { listPlannedVisitsInScope } from '../db/queries/planned-visits.js';
import { listServiceDayFacts } from '../db/queries/workload-facts.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { spotCheckScope } from '../permissions/spot-check.js';
import type { ViewScope } from '../permissions/view-scope.js';
import { addDays, localDate } from '../time/local.js';
import { drawWeightedSample } from './draw-sample.js';
import type { SampledVisit } from './sampled-visit.js';
import { recordSpotCheckTyped } from './record-typed.js';
import { evidenceLinksOf } from './spot-check-evidence.js';
import { showSpotCheckResults } from './spot-check-results.js';
import { visitWeights } from './visit-weights.js';

/** How many visits a draw takes when the inspector names no number, and at most. */
const DEFAULT_SIZE = 3;
const MAX_SIZE = 20;
/** How far back a physician's days weigh on the draw. */
const HISTORY_DAYS = 90;
const WEEK_WORDS = new Set(['本周', '这周', 'week']);
const TODAY_WORDS = new Set(['今天', '今日', 'today']);

/** What the inspector asked for: how many, over which days, and where (a scope name, if any). */
interface DrawRequest {
  size: number;
  week: boolean;
  /** The words left over, together: a region, a clinic or a supporting hospital to narrow to. */
  place: string;
}

function parseDrawRequest(tokens: readonly string[]): DrawRequest {
  const request: DrawRequest = { size: DEFAULT_SIZE, week: false, place: '' };
  for (const word of tokens) {
    if (WEEK_WORDS.has(word.toLowerCase())) request.week = true;
    else if (TODAY_WORDS.has(word.toLowerCase())) request.week = false;
    else if (/^\d{1,3}人?$/.test(word)) request.size = Number.parseInt(word, 10);
    else request.place += word;
  }
  if (request.size < 1 || request.size > MAX_SIZE) throw badArguments('spotCheck.badSize', { max: MAX_SIZE });
  return request;
}

/** The inspector's draw scope, narrowed to the place they named; refused politely outside their regions. */
async function drawScope(ctx: Context, place: string): Promise<{ scope: ViewScope; label: string | null }> {
  const target = place === '' ? undefined : await resolveTarget(ctx, place);
  const decision = spotCheckScope(ctx.actor, target?.narrowing);
  if (decision.ok) return { scope: decision.scope, label: target?.label ?? null };
  if (decision.code === 'FORBIDDEN') throw new BotError('FORBIDDEN', 'spotCheck.regionOnly');
  throw new BotError('OUT_OF_SCOPE', 'spotCheck.outOfScope', { scope: target?.label ?? place });
}

/**
 * `/抽查 [人数] [今天|本周] [范围]` (or `/抽查 结果 [月份]`, {@link showSpotCheckResults}): draws planned
 * visits of today (or the next seven days) at clinics in the region coordinator's regions — or in the
 * county, clinic or supporting hospital they name, inside those regions — weighted toward weak evidence,
 * for an unannounced check (四不两直). Only the inspector is answered — nobody else is told. The seed,
 * every candidate's weight and the sample go to the audit log, so the draw can be redone from its entry
 * (`drawWeightedSample`) and its card redrawn as outcomes are recorded.
 */
export async function drawSpotCheck(ctx: Context, args: CommandArgs): Promise<void> {
  const base = spotCheckScope(ctx.actor);
  if (!base.ok) throw new BotError('FORBIDDEN', 'spotCheck.regionOnly');
  if (args.tokens[0] === '结果' || args.tokens[0]?.toLowerCase() === 'results') {
    await showSpotCheckResults(ctx, base.scope, args.tokens.slice(1));
    return;
  }
  if (args.tokens[0] === '记录' || args.tokens[0]?.toLowerCase() === 'record') {
    await recordSpotCheckTyped(ctx, args.tokens.slice(1));
    return;
  }
  const { size, week, place } = parseDrawRequest(args.tokens);
  const { scope, label } = await drawScope(ctx, place);
  const today = localDate(ctx.now(), ctx.timeZone);
  const to = week ? addDays(today, 6) : today;
  const visits = await listPlannedVisitsInScope(ctx.db, today, to, scope);
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
    regionPath: scope.within.regionPath ?? scope.regionPaths[0] ?? null,
    details: {
      seed,
      from: today,
      to,
      size,
      scope: label,
      candidates: candidates.map((c) => ({ plannedDateId: c.plannedDateId, weight: c.weight })),
      sampled: sample.map((c) => c.plannedDateId),
      // Kept so the card can be redrawn in place as outcomes are recorded (draw-card.ts).
      sample: sample.map((visit) => ({ ...visit })),
    },
  });
  await ctx.replyCard(
    spotCheckSampleCard(ctx.locale, {
      from: today,
      to,
      scope: label,
      seed,
      candidates: candidates.length,
      sample,
      evidenceLinks: await evidenceLinksOf(ctx, ctx.actor.person?.id ?? null, seed, sample),
    }),
  );
}
