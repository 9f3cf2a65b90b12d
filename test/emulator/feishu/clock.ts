/** Milliseconds since the Unix epoch, like `Date.now`. */
export type Clock = () => number;

/** A clock that only moves when a test moves it. */
export interface ManualClock {
  now: Clock;
  /** Moves the clock forward by `ms` (negative values move it back). */
  advance(ms: number): void;
  set(epochMs: number): void;
}

/**
 * Creates a manual clock. Pass `clock.now` as the emulator's `now` option so token expiry, the uuid
 * dedup window and rate windows can be crossed without waiting.
 */
export function createManualClock(startEpochMs = Date.UTC(2024, 0, 15, 1, 0, 0)): ManualClock {
  let current = startEpochMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (epochMs) => {
      current = epochMs;
    },
  };
}
