import Koa from 'koa';
import type Router from '@koa/router';
import type { Logger } from '../log/logger.js';

/**
 * The Koa application: thin by design. Routes verify and parse, then hand normalized events to the
 * bot core; nothing here knows about commands or the database model.
 */
export function createHttpApp(routers: Router[], log: Logger): Koa {
  const app = new Koa({ proxy: false });
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
