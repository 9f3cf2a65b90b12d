import Koa from 'koa';
import type Router from '@koa/router';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../observability/metrics.js';

/**
 * The Koa application: thin by design. Routes verify and parse, then hand normalized events to the
 * bot core; nothing here knows about commands or the database model.
 */
export function createHttpApp(routers: Router[], log: Logger, metrics?: Metrics): Koa {
  const app = new Koa({ proxy: false });
  if (metrics) {
    app.use(async (ctx, next) => {
      const startedAt = performance.now();
      try {
        await next();
      } finally {
        // The matched route pattern, never the raw path: a label per distinct URL would grow forever.
        const route = (ctx as { _matchedRoute?: unknown })._matchedRoute;
        metrics.httpSeconds.observe(
          { method: ctx.method, route: typeof route === 'string' ? route : 'unmatched', status: String(ctx.status) },
          (performance.now() - startedAt) / 1000,
        );
      }
    });
  }
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      // Routes answer their own refusals; anything reaching here is a bug. Never leak details.
      log.error({ err: error, path: ctx.path }, 'http request failed');
      ctx.status = 500;
      ctx.body = { error: 'internal error' };
    }
  });
  for (const router of routers) app.use(router.routes()).use(router.allowedMethods());
  app.on('error', (error: Error) => log.warn({ err: error }, 'http connection error'));
  return app;
}
