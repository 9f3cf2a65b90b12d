/** Request limits; the defaults are Feishu's documented ones (doc §7.2, §7.4, §8.1). */
export interface RateLimits {
  /** Per app and per API, any one second. */
  appPerSecond: number;
  /** Per app and per API, any one minute. */
  appPerMinute: number;
  /** Messages into one chat (a user's p2p chat with the bot, or a group for all bots). */
  chatPerSecond: number;
  /** Updates (patch, delayed update) of one message. */
  messageUpdatePerSecond: number;
}

/** Feishu's limits for send, reply, patch and resource download. */
export const FEISHU_RATE_LIMITS: RateLimits = {
  appPerSecond: 50,
  appPerMinute: 1000,
  chatPerSecond: 5,
  messageUpdatePerSecond: 5,
};

/**
 * A sliding-window counter per key. Sliding rather than fixed windows so a client pacing at the limit
 * passes and a burst straddling a second boundary does not.
 */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Milliseconds until `key` may be hit again; 0 when it may be hit now. */
  waitMs(key: string, now: number): number {
    const times = this.prune(key, now);
    if (times.length < this.limit) return 0;
    const oldest = times[times.length - this.limit] ?? now;
    return oldest + this.windowMs - now;
  }

  /** Counts one hit of `key` at `now`. */
  record(key: string, now: number): void {
    const times = this.prune(key, now);
    times.push(now);
    this.hits.set(key, times);
  }

  private prune(key: string, now: number): number[] {
    const times = this.hits.get(key) ?? [];
    let drop = 0;
    while (drop < times.length && (times[drop] ?? 0) <= now - this.windowMs) drop++;
    return drop > 0 ? times.slice(drop) : times;
  }
}

/** Which window refused a request and for how long. */
export interface LimitRefusal {
  limit: number;
  waitMs: number;
}

/** The per-app gateway limit: two windows that must both have room (doc §8.1). */
export class AppLimiter {
  private readonly perSecond: SlidingWindow;
  private readonly perMinute: SlidingWindow;

  constructor(limits: RateLimits) {
    this.perSecond = new SlidingWindow(limits.appPerSecond, 1000);
    this.perMinute = new SlidingWindow(limits.appPerMinute, 60_000);
  }

  /** Counts the call and returns undefined, or returns the refusal without counting it. */
  take(key: string, now: number): LimitRefusal | undefined {
    for (const window of [this.perMinute, this.perSecond]) {
      const waitMs = window.waitMs(key, now);
      if (waitMs > 0) return { limit: window.limit, waitMs };
    }
    this.perSecond.record(key, now);
    this.perMinute.record(key, now);
    return undefined;
  }
}
