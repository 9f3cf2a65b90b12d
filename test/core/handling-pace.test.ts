import { describe, expect, it } from 'vitest';
import { HandlingPace, type PaceTimer } from '../../src/core/handling-pace.js';

/** A timer whose sleeps move its own clock, recording each wait. */
function manualTimer(): PaceTimer & { at: number; waits: number[] } {
  const timer = {
    at: 10_000,
    waits: [] as number[],
    now: () => timer.at,
    sleep: async (ms: number) => {
      timer.waits.push(ms);
      timer.at += ms;
      await Promise.resolve();
    },
  };
  return timer;
}

describe('handling yields to the acknowledgements during a flood (HandlingPace)', () => {
  it('starts handlings at once while arrivals stay below the threshold', async () => {
    const timer = manualTimer();
    const pace = new HandlingPace({ threshold: 5, ratePerSecond: 10 }, timer);
    for (let i = 0; i < 4; i++) pace.arrived();
    expect(pace.yielding()).toBe(false);
    for (let i = 0; i < 4; i++) await pace.turn();
    expect(timer.waits).toEqual([]);
  });

  it('spaces new handlings at the burst rate while the arrivals of the last second reach it', async () => {
    const timer = manualTimer();
    const pace = new HandlingPace({ threshold: 5, ratePerSecond: 10 }, timer);
    for (let i = 0; i < 5; i++) pace.arrived();
    expect(pace.yielding()).toBe(true);
    const started: number[] = [];
    for (let i = 0; i < 3; i++) {
      await pace.turn();
      started.push(timer.at);
    }
    // One at once, then one every 100 ms (10 a second).
    expect(started).toEqual([10_000, 10_100, 10_200]);
  });

  it('goes back to full speed once the arrivals fall out of the last second', async () => {
    const timer = manualTimer();
    const pace = new HandlingPace({ threshold: 5, ratePerSecond: 1 }, timer);
    for (let i = 0; i < 5; i++) pace.arrived();
    await pace.turn();
    timer.at += 400;
    pace.arrived();
    // Six arrivals within the last second: yielding; the next turn waits, and the flood ends meanwhile.
    await pace.turn();
    expect(timer.at).toBeGreaterThanOrEqual(11_000);
    timer.at += 1_000;
    expect(pace.yielding()).toBe(false);
    const before = timer.waits.length;
    await pace.turn();
    expect(timer.waits).toHaveLength(before);
  });

  it('never yields with a threshold of 0', async () => {
    const timer = manualTimer();
    const pace = new HandlingPace({ threshold: 0, ratePerSecond: 1 }, timer);
    for (let i = 0; i < 1_000; i++) pace.arrived();
    expect(pace.yielding()).toBe(false);
    await pace.turn();
    await pace.turn();
    expect(timer.waits).toEqual([]);
  });
});
