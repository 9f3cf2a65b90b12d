import type { PlatformName } from '../core/event.js';
import type { OutboundMessage } from '../db/queries/outbound-messages.js';
import { receiverKeyOf, type RateLimiter, type SendPermit } from './rate-limiter.js';
import { ReceiverLanes } from './receiver-lanes.js';

/** A row to send now, its rate-limit permit already taken and its lane occupied. */
export interface SendStart {
  row: OutboundMessage;
  lane: string;
  limiter: RateLimiter;
  /** The API the row goes through (its rate-limit windows and pause). */
  api: string;
  permit: SendPermit;
}

/** What to do with the held rows. */
export interface SendPlan {
  start: SendStart[];
  /** Rows that stay held, in order. */
  keep: OutboundMessage[];
  /** Rows whose lease is half gone: returned to the ledger rather than sent late. */
  stale: number[];
  /** Rows returned to the ledger until an instant (epoch ms) because their lane is backed up. */
  deferrals: Map<number, number[]>;
  /** Milliseconds until a kept row may go; Infinity when only an answered send can unblock one. */
  soonestMs: number;
}

/** The dispatcher's state the plan is made against. */
export interface PlanInput {
  now: number;
  /** Sends that may begin before `concurrency` is reached. */
  freeSlots: number;
  leaseMs: number;
  lanes: ReceiverLanes;
  limiterFor(platform: PlatformName): RateLimiter;
}

/**
 * Decides, in claim order, which held rows start now. A row starts when it is first in its lane, a
 * slot is free and the rate limits allow; starting takes its permit and occupies its lane at once, so
 * the next rows are judged against the updated counts. Rows more than a second's worth of messages
 * (`receiverPerSecond`) deep in their lane are deferred to the ledger, one second per such batch, so a
 * flooded chat cannot fill this replica's hands while other receivers' messages wait.
 */
export function planSends(held: readonly OutboundMessage[], input: PlanInput): SendPlan {
  const { now, lanes } = input;
  const plan: SendPlan = { start: [], keep: [], stale: [], deferrals: new Map(), soonestMs: Infinity };
  let freeSlots = input.freeSlots;
  const depth = new Map<string, number>();
  for (const row of held) {
    const limiter = input.limiterFor(row.platform);
    const receiverKey = receiverKeyOf(row);
    const api = limiter.apiOf(row);
    const lane = ReceiverLanes.of(row.platform, receiverKey);
    const position = depth.get(lane) ?? (lanes.isBusy(lane) ? 1 : 0);
    depth.set(lane, position + 1);
    const perSecond = limiter.limits.receiverPerSecond;
    const deferAt = Math.max(
      position >= perSecond ? now + Math.floor(position / perSecond) * 1000 : 0,
      lanes.deferredUntil(lane, row.id, now),
    );
    if ((row.claimedUntil?.getTime() ?? 0) - now < input.leaseMs / 2) {
      plan.stale.push(row.id);
    } else if (deferAt > 0) {
      plan.deferrals.set(deferAt, [...(plan.deferrals.get(deferAt) ?? []), row.id]);
      lanes.noteDeferred(lane, row.id, deferAt);
    } else if (position > 0 || freeSlots <= 0) {
      plan.keep.push(row);
    } else {
      const wait = limiter.wait(receiverKey, api);
      const waitMs = Math.max(wait.appMs, wait.receiverMs);
      if (waitMs > 0) {
        plan.soonestMs = Math.min(plan.soonestMs, waitMs);
        plan.keep.push(row);
      } else {
        lanes.occupy(lane);
        freeSlots--;
        plan.start.push({ row, lane, limiter, api, permit: limiter.acquire(receiverKey, api) });
      }
    }
  }
  return plan;
}
