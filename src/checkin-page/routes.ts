import Router from '@koa/router';
import { readJsonBody } from '../platforms/sandbox/read-json-body.js';
import { CHECKIN_ENTRY_PATH, CHECKIN_PAGE_PATH } from './links.js';
import { openPage, refusedView, type SdkUrls } from './open-page.js';
import type { PageDeps } from './page-context.js';
import { renderPage } from './page-html.js';
import { READING_PATH, readingBodySchema, submissionOf } from './reading-input.js';
import { submitReading } from './submit-reading.js';

const BODY_LIMIT_BYTES = 8 * 1024;

/**
 * The check-in page's HTTP side: `GET /app/checkin?t=<link>` (the page, or why the link cannot be used),
 * `GET /app/checkin/open?e=<entry>` (a reminder's entry: redirects to a freshly minted link) and
 * `POST /app/checkin/reading` (a position reading; answers what the server decided as JSON). Pages
 * are never cached and send no referrer, so a link does not leak into logs of other sites.
 */
export function checkinPageRoutes(deps: PageDeps, sdk: SdkUrls): Router {
  const router = new Router();
  router.get(CHECKIN_PAGE_PATH, async (ctx) => {
    const token = typeof ctx.query.t === 'string' ? ctx.query.t : '';
    const pageUrl = `${deps.links.baseUrl}${ctx.url}`;
    const view = await openPage(deps, token, pageUrl, sdk);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderPage(view);
  });
  router.get(CHECKIN_ENTRY_PATH, (ctx) => {
    const opened = deps.links.openEntry(typeof ctx.query.e === 'string' ? ctx.query.e : '');
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Referrer-Policy', 'no-referrer');
    if (opened.ok) {
      ctx.redirect(opened.url);
      return;
    }
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderPage(refusedView(deps, opened.reason === 'EXPIRED' ? 'linkExpired' : 'linkInvalid'));
  });
  router.post(READING_PATH, async (ctx) => {
    const body = await readJsonBody(ctx.req, BODY_LIMIT_BYTES);
    const parsed = 'value' in body ? readingBodySchema.safeParse(body.value) : undefined;
    ctx.set('Cache-Control', 'no-store');
    if (!parsed?.success) {
      ctx.status = 400;
      ctx.body = { kind: 'REFUSED', title: deps.t('checkinPage.refusedTitle'), message: deps.t('checkinPage.network') };
      return;
    }
    ctx.body = await submitReading(deps, submissionOf(parsed.data));
  });
  return router;
}
