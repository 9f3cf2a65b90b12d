import type { CheckinLinks } from '../checkin-page/links.js';
import { actions } from '../actions/index.js';
import { commands } from '../commands/index.js';
import type { Db } from '../db/client.js';
import { botAddedHandlers, fileHandlers, locationHandlers, menuHandlers } from '../handlers/index.js';
import type { Locale } from '../i18n/locale.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { PlatformAdapter } from '../platforms/adapter.js';
import type { Clock } from '../time/clock.js';
import type { BotCore } from './bot.js';
import type { PlatformName } from './event.js';
import { createPipeline } from './pipeline.js';
import type { BotRegistry } from './registry.js';

/** Service settings the core reads. */
export interface BotConfig {
  /** `BOT_LOCALE`. */
  locale: Locale;
  /** `BOT_TIMEZONE`. */
  timeZone: string;
  /** `BOT_ADMIN_OPEN_IDS`: platform user ids that are administrators without a grant. */
  adminUserIds: readonly string[];
}

/** What the bot core is built from. */
export interface BotDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  /** One adapter per platform events may come from. */
  adapters: ReadonlyMap<PlatformName, PlatformAdapter>;
  /** Woken whenever a message is queued, so it goes out at once. */
  dispatcher: { wake(): void };
  config: BotConfig;
  /** Mints the check-in page's links (service); absent in hand-built test worlds. */
  links?: CheckinLinks;
  /** Replaces some of the registered commands, actions or handlers (tests). */
  registry?: Partial<BotRegistry>;
}

/** The commands, card actions and event handlers the service registers. */
export const defaultRegistry: BotRegistry = {
  commands,
  actions,
  location: locationHandlers,
  file: fileHandlers,
  menu: menuHandlers,
  botAdded: botAddedHandlers,
};

/** Builds the bot core. */
export function createBot(deps: BotDeps): BotCore {
  return createPipeline({ ...deps, registry: { ...defaultRegistry, ...deps.registry } });
}
