import type { CheckinLinks } from '../checkin-page/links.js';
import { createNotifier } from '../core/create-context.js';
import type { Adapters } from '../core/notice-route.js';
import type { Db } from '../db/client.js';
import type { Locale } from '../i18n/locale.js';
import type { Logger } from '../log/logger.js';
import type { Clock } from '../time/clock.js';
import { createCalendar } from './calendar.js';
import { jobs } from './jobs/index.js';
import { Scheduler } from './scheduler.js';

/** What the service hands the scheduler. */
export interface SchedulerDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: { locale: Locale; timeZone: string };
  /** The configured platforms: each person's notices go to the one they read (see `chooseNoticeRoute`). */
  adapters: Adapters;
  dispatcher: { readonly replicaId: string; wake(): void };
  /** Mints check-in page links for the 签到 / 签退 buttons of reminders. */
  links?: CheckinLinks;
}

/** The service's scheduler over THE job list, sending through `adapters`, claiming slots as the dispatcher's replica. */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { db, clock, log, config, adapters, dispatcher, links } = deps;
  return new Scheduler({
    db,
    clock,
    log,
    timeZone: config.timeZone,
    notifier: createNotifier({ db, clock, dispatcher, config, ...(links && { links }) }, adapters, log),
    calendar: createCalendar({ timeZone: config.timeZone }),
    jobs,
    replicaId: dispatcher.replicaId,
  });
}
