import type { Logger } from '../log/logger.js';
import type { InboundEvent } from './event.js';

/** What the queue needs: how to handle one event, and how to claim waiting ones from the journal. */
export interface HandlingQueueDeps {
  /** At most this many events are handled at once; the rest wait in the table. */
  maxInFlight: number;
  /** Handles one event (never throws). */
  handle(event: InboundEvent, startedAt: number): Promise<void>;
  /** Claims up to `limit` waiting events, oldest first. */
  claim(limit: number): Promise<InboundEvent[]>;
  /** Resolves when one more handling may start (`HandlingPace.turn`); absent: at once. */
  turn?(): Promise<void>;
  log: Logger;
}

const keyOf = (event: InboundEvent) => `${event.platform}:${event.eventId}`;

/**
 * Handling with backpressure. An accepted event is handled at once when a slot is free and nothing
 * waits before it (it was recorded claimed: `reserve`); otherwise it was recorded unclaimed and waits in
 * `inbound_events`, not in memory (`waiting`). Whenever a slot frees, waiting events are claimed from
 * the table, oldest first, as many as there are free slots. Memory holds the events in flight only.
 * Each handling starts on its `turn` (during a flood of events, handling yields to the acknowledgements).
 */
export class HandlingQueue {
  private readonly inFlight = new Map<string, Promise<void>>();
  private reserved = 0;
  /** Events may wait in the table (recorded unclaimed, or claims expired). */
  private backlogged = false;
  /** Counts events sent to the table, so a claim that raced with one does not clear `backlogged`. */
  private waitingSeq = 0;
  private pulling: Promise<number> | undefined;
  private stopped = false;

  constructor(private readonly deps: HandlingQueueDeps) {}

  /** Takes a slot for an event about to be recorded, when one is free and none waits before it. */
  reserve(): boolean {
    if (this.stopped || this.backlogged || this.inFlight.size + this.reserved >= this.deps.maxInFlight) return false;
    this.reserved++;
    return true;
  }

  /** Gives back a reserved slot (the event was a duplicate, or recording it failed). */
  release(): void {
    this.reserved--;
    this.pullIfWaiting();
  }

  /** Handles an event in the slot reserved for it, after the caller has had its answer. */
  start(event: InboundEvent, startedAt: number): void {
    this.reserved--;
    this.track(
      event,
      new Promise((resolve) => setImmediate(resolve))
        .then(() => this.turn())
        .then(() => this.deps.handle(event, startedAt)),
    );
  }

  /** An event was recorded to wait in the table. */
  waiting(): void {
    this.backlogged = true;
    this.waitingSeq++;
    this.pullIfWaiting();
  }

  /**
   * Looks for waiting events in the table now (at start, and on a sweep: events of a dead replica or
   * left by an outage whose claim expired). Returns how many were claimed.
   */
  resume(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    this.backlogged = true;
    this.waitingSeq++;
    return this.pull();
  }

  /** Claims nothing more from the table and waits for the handlings in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    while (this.inFlight.size > 0 || this.pulling) {
      await Promise.allSettled([...this.inFlight.values(), this.pulling]);
    }
  }

  /** Waits until nothing is in flight and nothing waits in the table. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0 || this.pulling) {
      await Promise.allSettled([...this.inFlight.values(), this.pulling]);
    }
  }

  private async turn(): Promise<void> {
    await this.deps.turn?.();
  }

  private track(event: InboundEvent, task: Promise<void>): void {
    const key = keyOf(event);
    this.inFlight.set(key, task);
    void task.finally(() => {
      this.inFlight.delete(key);
      this.pullIfWaiting();
    });
  }

  private pullIfWaiting(): void {
    if (this.backlogged && !this.stopped) void this.pull();
  }

  private pull(): Promise<number> {
    this.pulling ??= this.pullLoop().finally(() => (this.pulling = undefined));
    return this.pulling;
  }

  private async pullLoop(): Promise<number> {
    let claimed = 0;
    while (this.backlogged && !this.stopped) {
      const room = this.deps.maxInFlight - this.inFlight.size - this.reserved;
      if (room <= 0) break;
      const seq = this.waitingSeq;
      let events: InboundEvent[];
      try {
        events = await this.deps.claim(room);
      } catch (error) {
        // An outage: the events stay in the table; the next sweep or finished handling tries again.
        this.deps.log.warn({ err: error }, 'could not claim waiting events');
        break;
      }
      for (const event of events) {
        // A claim that expired while this process still handles the event: not a second handling.
        if (this.inFlight.has(keyOf(event))) continue;
        const claimedAt = performance.now();
        this.track(
          event,
          this.turn().then(() => this.deps.handle(event, claimedAt)),
        );
        claimed++;
      }
      // Fewer than asked and no event sent to the table meanwhile: the table holds no more for us.
      if (events.length < room && seq === this.waitingSeq) this.backlogged = false;
    }
    return claimed;
  }
}
