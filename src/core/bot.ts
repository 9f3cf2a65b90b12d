import type { InboundEvent } from './event.js';

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
