import type { CheckinLinks } from '../checkin-page/links.js';
import { createNotifier } from '../core/create-context.js';
import type { Db } from '../db/client.js';
import type { Locale } from '../i18n/locale.js';
import type { Logger } from '../log/logger.js';
import type { PlatformAdapter } from '../platforms/adapter.js';
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
  /** Where jobs' messages go: the Feishu adapter when configured, else the sandbox. */
  adapter: PlatformAdapter;
  dispatcher: { readonly replicaId: string; wake(): void };
  /** Mints check-in page links for the 签到 / 签退 buttons of reminders. */
  links?: CheckinLinks;
}

/** The service's scheduler over THE job list, sending through `adapter`, claiming slots as the dispatcher's replica. */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { db, clock, log, config, adapter, dispatcher, links } = deps;
  return new Scheduler({
    db,
    clock,
    log,
    timeZone: config.timeZone,
    notifier: createNotifier({ db, clock, dispatcher, config, ...(links && { links }) }, adapter, log),
    calendar: createCalendar({ timeZone: config.timeZone }),
    jobs,
    replicaId: dispatcher.replicaId,
  });
}
