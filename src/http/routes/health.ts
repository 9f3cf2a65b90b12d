import Router from '@koa/router';
import type { Database } from '../../db/client.js';
import { VERSION } from '../../version.js';

/** What the health route needs to know. */
export interface HealthDeps {
  database: Database;
  /** Messages waiting in the delivery ledger. */
  backlog: () => Promise<number>;
}

/**
 * `GET /healthz`: 200 with the database status, the version and the dispatcher's backlog; 503 when
 * the database does not answer (so a load balancer takes the replica out).
 */
export function healthRoutes({ database, backlog }: HealthDeps): Router {
  const router = new Router();
  router.get('/healthz', async (ctx) => {
    const started = performance.now();
    const ok = await database.db.$queryRawUnsafe('select 1').then(
      () => true,
      () => false,
    );
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    ctx.status = ok ? 200 : 503;
    ctx.body = {
      status: ok ? 'ok' : 'unavailable',
      version: VERSION,
      database: { provider: database.provider, ok, latencyMs },
      dispatcher: { backlog: ok ? await backlog().catch(() => null) : null },
    };
  });
  return router;
}
