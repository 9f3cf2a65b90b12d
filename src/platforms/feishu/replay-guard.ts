/**
 * Remembers the signatures of recently verified requests, so a captured request sent again verbatim
 * inside the timestamp window is refused (a changed timestamp or nonce breaks the signature instead).
 * In memory and per process: across replicas, the core's `(platform, event_id)` record still keeps a
 * replay from being acted on twice.
 */
export class ReplayGuard {
  /** Signature → when it may be forgotten (ms). Insertion order is expiry order: one fixed lifetime. */
  private readonly seen = new Map<string, number>();

  constructor(
    /** How long a signature stays remembered: the whole window a timestamp is accepted in. */
    private readonly lifetimeMs: number,
    /** Bound on memory under a flood of valid requests; the oldest entries go first. */
    private readonly capacity = 100_000,
  ) {}

  /** Claims a signature; false when it was already claimed and is still remembered. */
  claim(signature: string, now: Date): boolean {
    this.expire(now.getTime());
    if (this.seen.has(signature)) return false;
    this.seen.set(signature, now.getTime() + this.lifetimeMs);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.keys().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
    return true;
  }

  /** Gives a claim back: the request was not handled, and the platform's retry must get through. */
  release(signature: string): void {
    this.seen.delete(signature);
  }

  private expire(now: number): void {
    for (const [signature, until] of this.seen) {
      if (until > now) return;
      this.seen.delete(signature);
    }
  }
}
