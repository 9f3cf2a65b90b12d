import type { InboundEvent, PlatformName } from '../../core/event.js';
import { providerOf, sqliteFilePath } from '../adapters.js';
import { PgEventJournal } from './pg-journal.js';
import { SqliteEventJournal } from './sqlite-journal.js';

/** An event to record at acknowledgement time. */
export interface JournalEntry {
  platform: PlatformName;
  eventId: string;
  /** The event kind (`text`, `cardAction` …), for the operator's view. */
  eventType: string;
  messageId?: string;
  receivedAt: Date;
  /** The normalized event, kept until handled so it can be handled after a crash or a wait. */
  payload: InboundEvent;
  /** Until when this process holds it because it starts handling it now; absent when it waits in the table. */
  claimedUntil?: Date;
}

/**
 * The inbound event journal (`inbound_events`) as the acknowledgement and the handling queue use it:
 * its own connection (better-sqlite3 on the SQLite file in WAL mode, or a small `pg` pool), prepared
 * statements, no Prisma. Nothing here waits for the connection that handling transactions hold, so an
 * acknowledgement costs one insert however busy handling is.
 */
export interface EventJournal {
  /**
   * Records an event; true when it is new, false for a redelivery or a second event id of one message
   * (both unique keys of the table). Database failures propagate: the platform then delivers again.
   */
  record(entry: JournalEntry): Promise<boolean>;
  /**
   * Claims up to `limit` unhandled events, oldest first, that nobody holds (never claimed, or claimed
   * until before `now`: the replica handling them died or met an outage), holding them until `until`.
   */
  claim(limit: number, now: Date, until: Date): Promise<InboundEvent[]>;
  /** Closes the journal's connection. */
  close(): Promise<void>;
}

/**
 * Opens the journal of a `DATABASE_URL` (connecting lazily). SQLite needs a file: an in-memory
 * database cannot be shared by a second connection.
 */
export function openEventJournal(databaseUrl: string): EventJournal {
  return providerOf(databaseUrl) === 'postgresql'
    ? new PgEventJournal(databaseUrl)
    : new SqliteEventJournal(sqliteFilePath(databaseUrl));
}

/** The SQL value of a stored instant as Prisma writes it on SQLite (ISO 8601 with `+00:00`). */
export function sqliteInstant(at: Date): string {
  return at.toISOString().replace('Z', '+00:00');
}

/** An `InboundEvent` after a round trip through JSON: its instant is a string. */
export type SerializedEvent = Omit<InboundEvent, 'occurredAt'> & { occurredAt: string };

/** The stored payload as an event again. */
export function reviveEvent(payload: SerializedEvent): InboundEvent {
  return { ...payload, occurredAt: new Date(payload.occurredAt) };
}
