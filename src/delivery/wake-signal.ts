/**
 * A resettable doorbell for a loop: `wait(ms)` sleeps until `ring()` or the timeout. A ring while the
 * loop is busy is remembered, so the next `wait` returns at once and no wake-up is lost.
 */
export class WakeSignal {
  private rung = false;
  private resolveWait: (() => void) | undefined;

  /** Wakes the waiting loop, or the next `wait` if none is waiting. */
  ring(): void {
    this.rung = true;
    this.resolveWait?.();
  }

  /** Sleeps up to `ms` (finite) or until rung. */
  async wait(ms: number): Promise<void> {
    if (!this.rung && ms > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(ms, MAX_TIMEOUT_MS));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.resolveWait = done;
      });
      this.resolveWait = undefined;
    }
    this.rung = false;
  }
}

/** setTimeout fires at once for delays beyond a signed 32-bit count of milliseconds. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
