/**
 * The source of "now". The service uses the process clock (so it behaves under a shifted system
 * clock); tests pass a controllable clock and never wait for real time.
 */
export interface Clock {
  now(): Date;
}

/** The process clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  /** Moves the clock to an instant. */
  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
  /** Moves the clock forward. */
  advance(ms: number): void {
    this.current += ms;
  }
}
