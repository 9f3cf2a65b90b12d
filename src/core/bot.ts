import type { Db } from '../db/client.js';
import type { Locale } from '../i18n/locale.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { PlatformAdapter } from '../platforms/adapter.js';
import type { Clock } from '../time/clock.js';
import type { InboundEvent, PlatformName } from './event.js';
import type { BotRegistry } from './registry.js';

/** What became of an event handed to the core. */
export type AcceptResult = 'accepted' | 'duplicate';

/**
 * The bot core as the HTTP routes and sockets see it. `accept` records the event id (the dedupe) and
 * returns at once; the handling runs after, so the platform gets its HTTP 200 well inside 3 s.
 */
export interface BotCore {
  accept(event: InboundEvent): Promise<AcceptResult>;
  /**
   * Handles again the events accepted more than `olderThanMs` ago whose handling never finished (the
   * process died after the platform had its 200). Handlers are idempotent — replies are keyed by the
   * event id, check-ins by the message id — so a replica racing on the same event sends nothing twice.
   * Returns how many were resumed.
   */
  resumeUnhandled(olderThanMs: number): Promise<number>;
  /** Waits for handlers still running (graceful shutdown, tests). */
  drain(): Promise<void>;
}

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
  /** Replaces some of the registered commands, actions or handlers (tests). */
  registry?: Partial<BotRegistry>;
}
