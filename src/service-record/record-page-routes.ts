import Router from '@koa/router';
import type { CheckinLinks } from '../checkin-page/links.js';
import type { Db } from '../db/client.js';
import { findPersonById } from '../db/queries/people.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import type { Clock } from '../time/clock.js';
import { readRecordLink, RECORD_PAGE_PATH } from './record-link.js';
import { recordDocument } from './record-document.js';
import { renderRecordPage, renderRefusedRecordPage } from './record-page.js';

/** What the printable page needs of the service. */
export interface RecordPageDeps {
  db: Db;
  clock: Clock;
  links: CheckinLinks;
  locale: Locale;
  timeZone: string;
}

/**
 * `GET /app/record?t=<signed link>`: the printable page of a service record, built from the records at
 * the moment it is opened. Altered, foreign and expired links get a page saying so and nothing else;
 * pages are never cached and send no referrer.
 */
export function recordPageRoutes(deps: RecordPageDeps): Router {
  const router = new Router();
  router.get(RECORD_PAGE_PATH, async (ctx) => {
    const token = typeof ctx.query.t === 'string' ? ctx.query.t : '';
    const link = readRecordLink(deps.links, token, deps.clock.now());
    const subject = link.ok ? await findPersonById(deps.db, link.claims.physicianId) : null;
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.type = 'text/html; charset=utf-8';
    if (!link.ok || !subject) {
      ctx.status = link.ok || link.reason === 'MALFORMED' ? 404 : 410;
      ctx.body = renderRefusedRecordPage(deps.locale, link.ok ? 'MALFORMED' : link.reason);
      return;
    }
    const doc = await recordDocument(
      {
        db: deps.db,
        locale: deps.locale,
        timeZone: deps.timeZone,
        now: () => deps.clock.now(),
        t: (key, params) => t(deps.locale, key, params),
      },
      subject,
      link.claims.period,
    );
    ctx.body = renderRecordPage(deps.locale, doc);
  });
  return router;
}
