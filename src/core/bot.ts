import type { CheckinLinks } from '../checkin-page/links.js';
import type { Db } from '../db/client.js';
import type { EventJournal } from '../db/journal/event-journal.js';
import type { Locale } from '../i18n/locale.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { PlatformAdapter } from '../platforms/adapter.js';
import type { Clock } from '../time/clock.js';
import type { InboundEvent, PlatformName } from './event.js';
import type { HandlingSettings } from './pipeline.js';
import type { BotRegistry } from './registry.js';

/** What became of an event handed to the core. */
export type AcceptResult = 'accepted' | 'duplicate';

/**
 * The bot core as the HTTP routes and sockets see it. `accept` records the event (the dedupe) and
 * returns at once; the handling runs after, so the platform gets its HTTP 200 well inside 3 s.
 */
export interface BotCore {
  accept(event: InboundEvent): Promise<AcceptResult>;
  /**
   * Claims for handling the events waiting in `inbound_events`: recorded while every handling slot was
   * busy, or accepted by a process that died (or met a database outage) before it finished them, once
   * their claim expired. Handlers are idempotent — replies are keyed by the event id, check-ins by the
   * message id — so handling an event again sends nothing twice. Returns how many were claimed now
   * (at most the free slots; the rest follow as slots free).
   */
  resumeUnhandled(): Promise<number>;
  /** Waits until every recorded event is handled, waiting ones included (tests, tools). */
  drain(): Promise<void>;
  /**
   * Graceful shutdown: claims no more waiting events and waits for the handlings in flight. Events still
   * waiting stay in the table for the next start or another replica.
   */
  stop(): Promise<void>;
}

/** Service settings the core reads. */
export interface BotConfig {
  /** `BOT_LOCALE`. */
  locale: Locale;
  /** `BOT_TIMEZONE`. */
  timeZone: string;
  /** `BOT_ADMIN_OPEN_IDS`: platform user ids that are administrators without a grant. */
  adminUserIds: readonly string[];
  /** `BOT_MESSAGE_MAX_AGE_MINUTES` (default 120): see `src/records/record-moment.ts`. */
  messageMaxAgeMinutes?: number;
  /** `CONFIRMATION_GATHER_MINUTES` (default 5): see `src/physician/confirmation-gathering.ts`. */
  confirmationGatherMinutes?: number;
}

/** What the bot core is built from. */
export interface BotDeps {
  db: Db;
  /** The database's inbound event journal (`Database.journal`). */
  journal: EventJournal;
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
  /** Backpressure and claim length; defaults `DEFAULT_HANDLING` of the composition root. */
  handling?: Partial<HandlingSettings>;
}
