import type { OutboundRequest } from '../platforms/adapter.js';
import { systemClock, type Clock } from '../time/clock.js';
import { SlidingWindow } from './sliding-window.js';

/**
 * Send limits of one app. Platforms count calls per API and per app: Feishu 1000/min and 50/s for each
 * of send, reply and card update, plus 5/s per user, per group and per updated message (feishu.md
 * §7.2–§7.4, §8.1: "per API × per app × per tenant"); DingTalk 20 QPS per API on the standard edition
 * (dingtalk.md §5). So each API has its own app windows (`apiOf` names a message's API, `apis` sets the
 * APIs whose limits differ), while a receiver's window counts every API.
 *
 * These limits are enforced PER PROCESS, while the platforms count per app across every replica. With N
 * replicas, give each `limitsPerReplica(limits, N)` (the app limits divided by N). The per-receiver
 * limit is not divided: messages to one chat mostly come from the replica handling that chat's event,
 * and a rare overshoot is refused by the platform and retried like any rate-limit answer.
 */
export interface RateLimits {
  /** Calls per second to each API (unless `apis` says otherwise). */
  appPerSecond: number;
  /** Calls per minute to each API (unless `apis` says otherwise). */
  appPerMinute: number;
  /** Per chat, user or updated message, whatever the API. */
  receiverPerSecond: number;
  /** The API a message is sent through; absent: every message counts against one set of app windows. */
  apiOf?: (message: ApiAddress) => string;
  /** The APIs whose app limits differ from `appPerSecond` and `appPerMinute`. */
  apis?: Readonly<Record<string, ApiLimits>>;
}

/** The app limits of one API. */
export interface ApiLimits {
  perSecond: number;
  perMinute: number;
}

/** What decides the API a message goes through: its operation, receiver kind and message type. */
export type ApiAddress = {
  [K in 'operation' | 'receiveIdType' | 'targetMessageId' | 'msgType']?: string | null;
};

/** Feishu's documented limits for one process holding the whole app's budget. */
export const FEISHU_RATE_LIMITS: RateLimits = { appPerSecond: 50, appPerMinute: 1000, receiverPerSecond: 5 };

/** Each replica's share of the app limits when `replicas` processes send for the same app. */
export function limitsPerReplica(limits: RateLimits, replicas: number): RateLimits {
  const share = (limit: number) => Math.max(1, Math.floor(limit / Math.max(1, replicas)));
  const apis = Object.fromEntries(
    Object.entries(limits.apis ?? {}).map(([api, l]) => [
      api,
      { perSecond: share(l.perSecond), perMinute: share(l.perMinute) },
    ]),
  );
  return {
    ...limits,
    appPerSecond: share(limits.appPerSecond),
    appPerMinute: share(limits.appPerMinute),
    ...(limits.apis ? { apis } : {}),
  };
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

/** The API every message counts against when the limits name no `apiOf`. */
const ONE_API = 'app';

/** One API's app windows and its pause after a rate-limit answer. */
class ApiWindows {
  readonly second: SlidingWindow;
  readonly minute: SlidingWindow;
  pausedUntil = 0;

  constructor(limits: ApiLimits) {
    this.second = new SlidingWindow(limits.perSecond, SECOND);
    this.minute = new SlidingWindow(limits.perMinute, MINUTE);
  }

  waitMs(now: number): number {
    return Math.max(this.second.waitMs(now), this.minute.waitMs(now), this.pausedUntil - now, 0);
  }
}

/** The app's windows per API and its receivers' windows, for one app (one platform) in this process. */
export class RateLimiter {
  private readonly apis = new Map<string, ApiWindows>();
  private readonly receivers = new Map<string, SlidingWindow>();
  private lastSweep = 0;

  constructor(
    readonly limits: RateLimits,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The API a message counts against (see `RateLimits.apiOf`). */
  apiOf(message: ApiAddress): string {
    return this.limits.apiOf?.(message) ?? ONE_API;
  }

  /** How long a send to `receiverKey` through `api` must wait; both zero when it may go now. */
  wait(receiverKey: string, api = ONE_API): LimitWait {
    const now = this.clock.now().getTime();
    return {
      appMs: this.appWaitMs(api, now),
      receiverMs: this.receivers.get(receiverKey)?.waitMs(now) ?? 0,
    };
  }

  /** Milliseconds until the app may call `api` at all. */
  appWaitMs(api = ONE_API, now = this.clock.now().getTime()): number {
    return this.windowsOf(api).waitMs(now);
  }

  /** Counts a send to `receiverKey` through `api` beginning now. Call it when `wait` says zero. */
  acquire(receiverKey: string, api = ONE_API): SendPermit {
    this.sweep();
    const receiver = this.receivers.get(receiverKey) ?? new SlidingWindow(this.limits.receiverPerSecond, SECOND);
    this.receivers.set(receiverKey, receiver);
    const { second, minute } = this.windowsOf(api);
    const windows = [second, minute, receiver];
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

  /** Nothing goes through `api` before `instantMs` (the platform said the app is over that API's limit). */
  pauseUntil(instantMs: number, api = ONE_API): void {
    const windows = this.windowsOf(api);
    windows.pausedUntil = Math.max(windows.pausedUntil, instantMs);
  }

  private windowsOf(api: string): ApiWindows {
    let windows = this.apis.get(api);
    if (!windows) {
      const { appPerSecond: perSecond, appPerMinute: perMinute } = this.limits;
      windows = new ApiWindows(this.limits.apis?.[api] ?? { perSecond, perMinute });
      this.apis.set(api, windows);
    }
    return windows;
  }

  /** Forgets receivers with nothing counting, at most once a second, so the map does not grow forever. */
  private sweep(): void {
    const now = this.clock.now().getTime();
    if (now - this.lastSweep < SECOND) return;
    this.lastSweep = now;
    for (const [key, window] of this.receivers) if (window.idle(now)) this.receivers.delete(key);
  }
}
