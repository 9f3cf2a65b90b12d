import Router from '@koa/router';
import type { Metrics } from '../../observability/metrics.js';

/** `GET /metrics` in Prometheus text format. */
export function metricsRoutes(metrics: Metrics, refresh: () => Promise<void>): Router {
  const router = new Router();
  router.get('/metrics', async (ctx) => {
    await refresh();
    ctx.type = metrics.registry.contentType;
    ctx.body = await metrics.registry.metrics();
  });
  return router;
}
