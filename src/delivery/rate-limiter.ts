import type { OutboundRequest } from '../platforms/adapter.js';
import { systemClock, type Clock } from '../time/clock.js';
import { SlidingWindow } from './sliding-window.js';

/**
 * Send limits of one app. Feishu documents 1000/min and 50/s per app for send, reply and card update,
 * and 5/s per user, per group and per updated message (doc §7.2–§7.4, §8.1).
 *
 * These limits are enforced PER PROCESS, while Feishu counts per app across every replica. With N
 * replicas, give each `limitsPerReplica(limits, N)` (the app limits divided by N). The per-receiver
 * limit is not divided: messages to one chat mostly come from the replica handling that chat's event,
 * and a rare overshoot is refused by the platform and retried like any rate-limit answer.
 */
export interface RateLimits {
  appPerSecond: number;
  appPerMinute: number;
  /** Per chat, user or updated message. */
  receiverPerSecond: number;
}

/** Feishu's documented limits for one process holding the whole app's budget. */
export const FEISHU_RATE_LIMITS: RateLimits = { appPerSecond: 50, appPerMinute: 1000, receiverPerSecond: 5 };

/** Each replica's share of the app limits when `replicas` processes send for the same app. */
export function limitsPerReplica(limits: RateLimits, replicas: number): RateLimits {
  const share = (limit: number) => Math.max(1, Math.floor(limit / Math.max(1, replicas)));
  return { ...limits, appPerSecond: share(limits.appPerSecond), appPerMinute: share(limits.appPerMinute) };
}

/** The address fields of a request or a ledger row (where absent fields are null). */
export type ReceiverAddress = {
  [K in 'receiveIdType' | 'receiveId' | 'targetMessageId']?: OutboundRequest[K] | null;
};

/**
 * The receiver a request counts against: the chat or user it goes to; for a reply or card update
 * without a known chat, the message it acts on (Feishu limits updates of one message to 5/s too).
 */
export function receiverKeyOf(request: ReceiverAddress): string {
  if (request.receiveId) return `${request.receiveIdType ?? 'id'}:${request.receiveId}`;
  return `message:${request.targetMessageId ?? ''}`;
}

/** How long a send has to wait, split by cause. */
export interface LimitWait {
  /** For the app's windows or a pause after a rate-limit answer; applies to every receiver. */
  appMs: number;
  /** For this receiver's window. */
  receiverMs: number;
}

/** One send counted by the limiter; settle it exactly once. */
export interface SendPermit {
  /** The platform answered: the send counts for a window from now. */
  finish(): void;
  /** The platform refused the send without counting it (a rate-limit answer): the slot is given back. */
  refund(): void;
}

const SECOND = 1000;
const MINUTE = 60_000;

/** The app's and its receivers' windows, for one app (one platform) in this process. */
export class RateLimiter {
  private readonly appSecond: SlidingWindow;
  private readonly appMinute: SlidingWindow;
  private readonly receivers = new Map<string, SlidingWindow>();
  private pausedUntil = 0;
  private lastSweep = 0;

  constructor(
    readonly limits: RateLimits,
    private readonly clock: Clock = systemClock,
  ) {
    this.appSecond = new SlidingWindow(limits.appPerSecond, SECOND);
    this.appMinute = new SlidingWindow(limits.appPerMinute, MINUTE);
  }

  /** How long a send to `receiverKey` must wait; both zero when it may go now. */
  wait(receiverKey: string): LimitWait {
    const now = this.clock.now().getTime();
    return {
      appMs: this.appWaitMs(now),
      receiverMs: this.receivers.get(receiverKey)?.waitMs(now) ?? 0,
    };
  }

  /** Milliseconds until the app may send at all. */
  appWaitMs(now = this.clock.now().getTime()): number {
    return Math.max(this.appSecond.waitMs(now), this.appMinute.waitMs(now), this.pausedUntil - now, 0);
  }

  /** Counts a send to `receiverKey` beginning now. Call it when `wait` says zero. */
  acquire(receiverKey: string): SendPermit {
    this.sweep();
    const receiver = this.receivers.get(receiverKey) ?? new SlidingWindow(this.limits.receiverPerSecond, SECOND);
    this.receivers.set(receiverKey, receiver);
    const windows = [this.appSecond, this.appMinute, receiver];
    for (const window of windows) window.begin();
    let settled = false;
    const settle = (finish: boolean) => {
      if (settled) return;
      settled = true;
      const now = this.clock.now().getTime();
      for (const window of windows) {
        if (finish) window.finish(now);
        else window.cancel();
      }
    };
    return { finish: () => settle(true), refund: () => settle(false) };
  }

  /** Nothing is sent before `instantMs` (the platform said the app is over its limit). */
  pauseUntil(instantMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, instantMs);
  }

  /** Forgets receivers with nothing counting, at most once a second, so the map does not grow forever. */
  private sweep(): void {
    const now = this.clock.now().getTime();
    if (now - this.lastSweep < SECOND) return;
    this.lastSweep = now;
    for (const [key, window] of this.receivers) if (window.idle(now)) this.receivers.delete(key);
  }
}
