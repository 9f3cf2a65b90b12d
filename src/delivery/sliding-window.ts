/**
 * Counts sends in a sliding window: at most `limit` in any `windowMs`. A sliding window rather than a
 * token bucket, because a bucket that starts full lets `limit` through at once and then refills, so
 * `2 × limit` can land within one window; the platform (and the emulator, which counts the last
 * `windowMs` on every request) would refuse the excess.
 *
 * A send occupies its slot from `begin` until `windowMs` after it FINISHED, not after it started: the
 * platform counts the request when it arrives, somewhere between our start and our finish, so counting
 * from the finish never lets a later send land within the same window on the platform's side, whatever
 * the network latency. The price is one round trip per slot (50/s becomes 50 per (1 s + latency)).
 */
export class SlidingWindow {
  /** Finish instants still inside the window, ascending. */
  private readonly finished: number[] = [];
  private pending = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Milliseconds until one more send may begin; 0 when it may now, Infinity until a pending send finishes. */
  waitMs(now: number): number {
    this.prune(now);
    const excess = this.finished.length + this.pending - this.limit + 1;
    if (excess <= 0) return 0;
    const freeing = this.finished[excess - 1];
    return freeing === undefined ? Infinity : freeing + this.windowMs - now;
  }

  /** A send begins: it counts until it finishes or is cancelled. */
  begin(): void {
    this.pending++;
  }

  /** The send that began finished at `now`; it counts until `now + windowMs`. */
  finish(now: number): void {
    this.pending = Math.max(0, this.pending - 1);
    let at = this.finished.length;
    while (at > 0 && (this.finished[at - 1] ?? 0) > now) at--;
    this.finished.splice(at, 0, now);
  }

  /** The send that began does not count after all (the platform refused it unseen). */
  cancel(): void {
    this.pending = Math.max(0, this.pending - 1);
  }

  /** True when nothing counts any more, so the window can be forgotten. */
  idle(now: number): boolean {
    this.prune(now);
    return this.pending === 0 && this.finished.length === 0;
  }

  /** A send finished at `at` stops counting at `at + windowMs` (the emulator drops hits at `<= now - windowMs`). */
  private prune(now: number): void {
    let drop = 0;
    while (drop < this.finished.length && (this.finished[drop] ?? 0) <= now - this.windowMs) drop++;
    if (drop > 0) this.finished.splice(0, drop);
  }
}
