import { setTimeout as sleep } from 'node:timers/promises';
import { confirmGatheredCard, MAX_ARRIVALS_PER_CARD } from '../../cards/confirm-visit.js';
import type { Notifier } from '../core/create-context.js';
import { findGathering, gatherArrival, gatheringVersion } from '../db/queries/confirmation-gatherings.js';
import { loadVisits } from './visit-view.js';

/** Purpose of the clinic heads' confirmation cards (ledger idempotency: one per gathering and head). */
export const CONFIRMATION_PURPOSE = 'visit.confirm';
/** Default of `CONFIRMATION_GATHER_MINUTES`. */
export const DEFAULT_GATHER_MINUTES = 5;
/** Renders of one gathering before giving up: each is a change that happened while rendering. */
const MAX_RENDERS = 20;
/** How long to wait for a card that is being sent right now before updating it, and how often. */
const SENDING_WAIT_MS = 100;
const SENDING_WAITS = 50;

/**
 * Puts a new arrival on the clinic head's gathered confirmation card (issue 18): the head's open
 * gathering takes it, or a new one opens for `CONFIRMATION_GATHER_MINUTES`; the card is sent, or updated
 * in place. Asking again for a day already gathered for this head sends nothing.
 */
export async function gatherForHead(ctx: Notifier, headId: number, serviceDayId: number): Promise<void> {
  const minutes = ctx.confirmationGatherMinutes ?? DEFAULT_GATHER_MINUTES;
  const gatheringId = await gatherArrival(ctx.db, {
    headId,
    serviceDayId,
    at: ctx.now(),
    gatherMs: minutes * 60_000,
    maxItems: MAX_ARRIVALS_PER_CARD,
  });
  if (gatheringId !== null) await showGathering(ctx, gatheringId);
}

/**
 * Brings a gathering's card up to date: sends it the first time, then rewrites it while queued or
 * updates it in place. Arrivals and verdicts may change the gathering while its card is rendered, so
 * it renders again until the gathering's version did not move meanwhile: the last content queued is
 * always the latest (card updates of one receiver go out in the order they were queued).
 */
export async function showGathering(ctx: Notifier, gatheringId: number): Promise<void> {
  let notified = false;
  let waits = 0;
  let renders = 0;
  while (renders < MAX_RENDERS) {
    const gathering = await findGathering(ctx.db, gatheringId);
    if (!gathering) return;
    const card = await gatheredCard(ctx, gathering.id, gathering.serviceDayIds);
    const to = { personId: gathering.headId };
    const key = `g${gathering.id}`;
    const revision = (await ctx.reviseNotice?.(to, card, CONFIRMATION_PURPOSE, key)) ?? { kind: 'absent' };
    if (revision.kind === 'absent') {
      // Sent once; when the head has no chat account the notice logs why, and there is nothing to update.
      if (notified) return;
      await ctx.notify(to, card, CONFIRMATION_PURPOSE, key);
      notified = true;
      // Queued as rendered, unless another arrival's handling queued its card first: then that handling
      // renders again if the gathering moved after it read it, so only a change since this read matters.
      if ((await gatheringVersion(ctx.db, gatheringId)) === gathering.version) return;
    } else if (revision.kind === 'unrevisable') {
      if (revision.status !== 'SENDING' || waits >= SENDING_WAITS) return;
      // The card is on its way to the platform: its message id, which an update needs, comes with the answer.
      waits += 1;
      await sleep(SENDING_WAIT_MS);
      continue;
    } else if ((await gatheringVersion(ctx.db, gatheringId)) === gathering.version) {
      return;
    }
    renders += 1;
  }
  ctx.log.warn({ gatheringId }, 'confirmation card still changing after many renders');
}

async function gatheredCard(ctx: Notifier, gatheringId: number, serviceDayIds: number[]) {
  const visits = await loadVisits(ctx.db, serviceDayIds, ctx.locale, ctx.timeZone);
  return confirmGatheredCard(
    ctx.locale,
    gatheringId,
    visits.map((visit) => visit.view),
  );
}
