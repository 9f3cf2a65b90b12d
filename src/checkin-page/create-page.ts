import { randomBytes } from 'node:crypto';
import type Router from '@koa/router';
import type { Env } from '../config/env.js';
import type { PlatformName } from '../core/event.js';
import type { Db } from '../db/client.js';
import { t } from '../i18n/messages/index.js';
import type { Logger } from '../log/logger.js';
import type { PlatformAdapter } from '../platforms/adapter.js';
import type { InAppLogin } from '../platforms/in-app-login.js';
import type { Clock } from '../time/clock.js';
import { CheckinLinks } from './links.js';
import { checkinPageRoutes } from './routes.js';

/** What the service hands the check-in page. */
export interface CheckinPageDeps {
  env: Env;
  db: Db;
  clock: Clock;
  log: Logger;
  dispatcher: { wake(): void };
  adapters: ReadonlyMap<PlatformName, PlatformAdapter>;
  /** One per platform whose app can log users in inside its browser (Feishu when configured). */
  logins: readonly InAppLogin[];
}

/** The links minter of the service: `CHECKIN_LINK_SECRET` (or a random one, said in the log). */
export function createCheckinLinks(env: Env, clock: Clock, log: Logger): CheckinLinks {
  const secret = env.CHECKIN_LINK_SECRET ?? randomBytes(32).toString('hex');
  if (!env.CHECKIN_LINK_SECRET) {
    log.warn(
      '未设置 CHECKIN_LINK_SECRET：签到链接在重启后失效，多副本之间也不通用 / CHECKIN_LINK_SECRET unset: check-in links stop working at a restart and across replicas',
    );
  }
  return new CheckinLinks(
    {
      secret,
      ttlMinutes: env.CHECKIN_LINK_TTL_MINUTES,
      ...(env.PUBLIC_BASE_URL ? { baseUrl: env.PUBLIC_BASE_URL } : {}),
    },
    clock,
  );
}

/** The page's routes over the service's database, adapters and links. */
export function checkinPageRouter(deps: CheckinPageDeps, links: CheckinLinks): Router {
  const { env } = deps;
  const config = { locale: env.BOT_LOCALE, timeZone: env.BOT_TIMEZONE, adminUserIds: env.BOT_ADMIN_OPEN_IDS };
  return checkinPageRoutes(
    {
      db: deps.db,
      clock: deps.clock,
      log: deps.log.child({ component: 'checkin-page' }),
      dispatcher: deps.dispatcher,
      config,
      adapters: deps.adapters,
      links,
      logins: new Map(deps.logins.map((login) => [login.platform, login])),
      t: (key, params) => t(env.BOT_LOCALE, key, params),
    },
    { feishu: env.FEISHU_H5_SDK_URL, dingtalk: env.DINGTALK_H5_SDK_URL },
  );
}
