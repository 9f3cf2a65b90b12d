import { ConfigError, type Env } from '../config/env.js';
import { SimulatedClock } from '../time/simulated-clock.js';

/** A service run on a simulated clock: the clock and the token of its control route. */
export interface Simulation {
  clock: SimulatedClock;
  token: string;
}

/**
 * The simulation the environment asks for, if any (`SIMULATED_CLOCK_START` with `SIMULATED_CLOCK_TOKEN`).
 * A production process never runs on a clock someone else moves: with NODE_ENV=production it is refused.
 * @throws ConfigError when asked for in production or without its token.
 */
export function simulationOf(env: Env, nodeEnv: string | undefined): Simulation | undefined {
  if (env.SIMULATED_CLOCK_START === undefined) return undefined;
  if (nodeEnv === 'production') {
    throw new ConfigError(
      'SIMULATED_CLOCK_START',
      'unset when NODE_ENV=production (a simulated clock is for the bench)',
    );
  }
  if (env.SIMULATED_CLOCK_TOKEN === undefined) {
    throw new ConfigError('SIMULATED_CLOCK_TOKEN', 'a token of at least 16 characters with SIMULATED_CLOCK_START');
  }
  return { clock: new SimulatedClock(new Date(env.SIMULATED_CLOCK_START)), token: env.SIMULATED_CLOCK_TOKEN };
}
