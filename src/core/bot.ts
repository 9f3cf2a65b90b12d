import type { InboundEvent } from './event.js';

/** What became of an event handed to the core. */
export type AcceptResult = 'accepted' | 'duplicate';

/**
 * The bot core as the HTTP routes and sockets see it. `accept` records the event id (the dedupe) and
 * returns at once; the handling runs after, so the platform gets its HTTP 200 well inside 3 s.
 */
export interface BotCore {
  accept(event: InboundEvent): Promise<AcceptResult>;
  /** Waits for handlers still running (graceful shutdown, tests). */
  drain(): Promise<void>;
}
