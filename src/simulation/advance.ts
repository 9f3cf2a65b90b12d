import type { Scheduler } from '../scheduler/scheduler.js';
import type { SimulatedClock } from '../time/simulated-clock.js';

/**
 * Moves a simulated clock forward to `to`, stopping at every instant a scheduled job fires on the way:
 * the clock is set to the fire and the scheduler runs it there (claiming its slot as node-cron's fire
 * would), so each job reads the time it would read in a real month. Without a scheduler it just jumps.
 */
export async function advanceSimulatedClock(clock: SimulatedClock, scheduler: Scheduler | undefined, to: Date) {
  for (const fire of scheduler?.firesBetween(clock.now(), to) ?? []) {
    clock.jumpTo(fire);
    await scheduler?.tick(fire);
  }
  clock.jumpTo(to);
}
