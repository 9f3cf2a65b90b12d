import type { InboundEvent } from './event.js';

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
