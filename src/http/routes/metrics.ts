import Router from '@koa/router';
import type { Metrics } from '../../observability/metrics.js';
import { bearerMatches } from '../bearer.js';

/** Who may read `/metrics`: bearers of the token when one is configured, otherwise the machine itself. */
export interface MetricsAccess {
  token?: string | undefined;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * `GET /metrics` in Prometheus text format, for a scraper only: with `METRICS_TOKEN` set it requires
 * `Authorization: Bearer <token>` (compared in constant time); without it, only loopback requests are
 * answered. Anyone else gets 404, as if there were no such route.
 */
export function metricsRoutes(metrics: Metrics, refresh: () => Promise<void>, access: MetricsAccess = {}): Router {
  const router = new Router();
  router.get('/metrics', async (ctx) => {
    if (!mayRead(access, ctx.get('authorization'), ctx.request.ip)) {
      ctx.status = 404;
      return;
    }
    await refresh();
    ctx.type = metrics.registry.contentType;
    ctx.body = await metrics.registry.metrics();
  });
  return router;
}

function mayRead(access: MetricsAccess, authorization: string, ip: string): boolean {
  return access.token === undefined ? LOOPBACK.has(ip) : bearerMatches(access.token, authorization);
}
