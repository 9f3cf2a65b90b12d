import Router from '@koa/router';
import type { Database } from '../../db/client.js';
import { readSchemaHealth } from '../../db/queries/health.js';
import { VERSION } from '../../version.js';

/** What the health route needs to know. */
export interface HealthDeps {
  database: Database;
  /** Messages waiting in the delivery ledger. */
  backlog: () => Promise<number>;
  /** The newest migration this build ships: the database must have applied it. */
  expectedMigration: string | null;
}

/**
 * `GET /healthz`: 200 with the database status, the version and the dispatcher's backlog; 503 when the
 * database does not answer, lacks this build's latest migration, or its tables do not answer (so a load
 * balancer takes the replica out while the webhook could not work either).
 */
export function healthRoutes({ database, backlog, expectedMigration }: HealthDeps): Router {
  const router = new Router();
  router.get('/healthz', async (ctx) => {
    const started = performance.now();
    const schema = await readSchemaHealth(database.db);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const migrated = expectedMigration === null || schema.latestMigration === expectedMigration;
    const ok = schema.tablesAnswer && migrated;
    ctx.status = ok ? 200 : 503;
    ctx.body = {
      status: ok ? 'ok' : 'unavailable',
      version: VERSION,
      database: {
        provider: database.provider,
        ok,
        latencyMs,
        tablesAnswer: schema.tablesAnswer,
        migration: { expected: expectedMigration, applied: schema.latestMigration },
      },
      dispatcher: { backlog: ok ? await backlog().catch(() => null) : null },
    };
  });
  return router;
}
