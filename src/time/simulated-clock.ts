import type { Clock } from './clock.js';

/**
 * The clock of a simulation run (the bench's simulated month, never production): it starts at a chosen
 * instant, then runs at the pace of the process clock, and can only be moved forward (`jumpTo`). Time
 * keeps flowing between jumps, so leases, retry delays and rate windows behave as they do for real;
 * the jumps are what accelerate a month into minutes.
 */
export class SimulatedClock implements Clock {
  /** Simulated minus process time, in milliseconds. */
  private offset: number;

  constructor(
    start: Date,
    private readonly processNow: () => number = Date.now,
  ) {
    this.offset = start.getTime() - processNow();
  }

  now(): Date {
    return new Date(this.processNow() + this.offset);
  }

  /** Moves the clock to `instant`; an instant already passed leaves it where it is (time never runs back). */
  jumpTo(instant: Date): void {
    const ahead = instant.getTime() - this.now().getTime();
    if (ahead > 0) this.offset += ahead;
  }
}
