import Router from '@koa/router';
import { bearerMatches } from '../http/bearer.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import type { SimulatedClock } from '../time/simulated-clock.js';
import { advanceSimulatedClock } from './advance.js';

/** What the simulation routes drive. */
export interface SimulationDeps {
  clock: SimulatedClock;
  /** Bearer token every request must carry (`SIMULATED_CLOCK_TOKEN`). */
  token: string;
  scheduler: Scheduler | undefined;
  /** Work the service still has: events not handled yet, messages not delivered yet. */
  pending: () => Promise<{ inboundUnhandled: number; outboundQueued: number }>;
}

/**
 * `GET /simulation/clock` (the simulated time and the work pending) and `POST /simulation/clock?to=<ISO
 * instant>` (moves the clock forward through every scheduled fire on the way, then answers the same).
 * Mounted only when the service runs on a simulated clock (`SIMULATED_CLOCK_START`, which the
 * configuration refuses in production); a request without the token gets 404, as if there were no route.
 */
export function simulationRoutes(deps: SimulationDeps): Router {
  const router = new Router();
  // Advances one after another: two overlapping jumps would run fires out of order.
  let advancing: Promise<void> = Promise.resolve();
  const state = async () => ({ now: deps.clock.now().toISOString(), ...(await deps.pending()) });
  router.get('/simulation/clock', async (ctx) => {
    if (!bearerMatches(deps.token, ctx.get('authorization'))) return void (ctx.status = 404);
    ctx.body = await state();
  });
  router.post('/simulation/clock', async (ctx) => {
    if (!bearerMatches(deps.token, ctx.get('authorization'))) return void (ctx.status = 404);
    const to = new Date(String(ctx.query.to ?? ''));
    if (Number.isNaN(to.getTime())) {
      ctx.status = 400;
      ctx.body = { error: 'to must be an ISO instant' };
      return;
    }
    const run = advancing.then(() => advanceSimulatedClock(deps.clock, deps.scheduler, to));
    advancing = run.catch(() => undefined);
    await run;
    ctx.body = await state();
  });
  return router;
}
