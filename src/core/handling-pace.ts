/** When handling yields the thread to the acknowledgements, and how fast it goes on meanwhile. */
export interface BurstSettings {
  /** Events arriving in one second at or above which handling yields; 0: it never does. */
  threshold: number;
  /** New handlings started per second while it yields. */
  ratePerSecond: number;
}

/** The clock and the timer the pace waits with (tests pass their own). */
export interface PaceTimer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const BUCKET_MS = 100;
const BUCKETS = 10;

const realTimer: PaceTimer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Acknowledgements first. One thread acknowledges and handles: an acknowledgement costs a fraction of a
 * millisecond, a handling several (Prisma's statements), so under a flood of events handling at full
 * speed takes the thread from the acknowledgements, which then queue towards the platform's 3-second
 * limit (and the platform delivers again). While events arrive at `threshold` a second or faster
 * (counted over the last second), new handlings start at most `ratePerSecond` a second: the events wait
 * in `inbound_events` (the handling queue's backpressure), and handling goes back to full speed as soon
 * as the arrivals fall below the threshold. What it gains and costs is measured in the README
 * (Performance, "Acknowledgements first").
 */
export class HandlingPace {
  /** Arrivals per 100 ms slice of the last second, a ring indexed by slice number. */
  private readonly arrivals = new Array<number>(BUCKETS).fill(0);
  /** The slice number (time / 100 ms) `arrivals` was last advanced to. */
  private slice = 0;
  /** The earliest instant the next handling may start while yielding. */
  private nextStartAt = 0;

  constructor(
    private readonly settings: BurstSettings,
    private readonly timer: PaceTimer = realTimer,
  ) {}

  /** An event arrived (counted whether new or a redelivery: each costs an acknowledgement). */
  arrived(): void {
    if (this.settings.threshold <= 0) return;
    const slice = this.advance();
    this.arrivals[slice % BUCKETS] = (this.arrivals[slice % BUCKETS] ?? 0) + 1;
  }

  /** True while events arrive at the threshold or faster. */
  yielding(): boolean {
    if (this.settings.threshold <= 0) return false;
    this.advance();
    return this.arrivals.reduce((sum, count) => sum + count, 0) >= this.settings.threshold;
  }

  /** Resolves when one more handling may start: at once outside a burst, spaced out during one. */
  async turn(): Promise<void> {
    while (this.yielding()) {
      const now = this.timer.now();
      if (now >= this.nextStartAt) {
        this.nextStartAt = now + 1000 / this.settings.ratePerSecond;
        return;
      }
      await this.timer.sleep(this.nextStartAt - now);
    }
  }

  /** Moves the ring to the current slice, emptying the slices that fell out of the last second. */
  private advance(): number {
    const slice = Math.floor(this.timer.now() / BUCKET_MS);
    const passed = Math.min(slice - this.slice, BUCKETS);
    for (let step = 1; step <= passed; step++) this.arrivals[(this.slice + step) % BUCKETS] = 0;
    this.slice = Math.max(this.slice, slice);
    return this.slice;
  }
}
