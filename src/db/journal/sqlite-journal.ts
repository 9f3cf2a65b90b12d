import BetterSqlite3 from 'better-sqlite3';
import type { InboundEvent } from '../../core/event.js';
import {
  reviveEvent,
  sqliteInstant,
  type EventJournal,
  type JournalEntry,
  type SerializedEvent,
} from './event-journal.js';
import { TurnBatch } from './turn-batch.js';

const INSERT = `INSERT INTO "inbound_events"
  ("platform", "event_id", "event_type", "message_id", "received_at", "payload", "claimed_until")
  VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`;

const CLAIM = `UPDATE "inbound_events" SET "claimed_until" = ?
  WHERE "id" IN (SELECT "id" FROM "inbound_events"
    WHERE "handled_at" IS NULL AND "payload" IS NOT NULL AND ("claimed_until" IS NULL OR "claimed_until" < ?)
    ORDER BY "id" LIMIT ?)
  RETURNING "id", "payload"`;

/** How long a write waits for a handling transaction holding the write lock before trying again. */
const BUSY_RETRY_MS = 1;
/** After this long without the write lock the write fails (the platform delivers again). */
const BUSY_GIVE_UP_MS = 2_500;

/**
 * The journal on SQLite: a second better-sqlite3 connection to the file (WAL mode: readers never wait,
 * one writer at a time). Inserts are group-committed: every event that arrived in one turn of the
 * event loop goes into one transaction, one sync for all (`TurnBatch`). The connection never waits inside
 * SQLite (busy timeout 0): while a handling transaction holds the write lock, the batch is tried again a
 * millisecond later without blocking the event loop, so that transaction can finish.
 */
export class SqliteEventJournal implements EventJournal {
  private connection: BetterSqlite3.Database | undefined;
  private insert: BetterSqlite3.Statement | undefined;
  private readonly batch = new TurnBatch<JournalEntry, boolean>((entries) =>
    retryWhileBusy(() => this.writeBatch(entries)),
  );

  constructor(private readonly file: string) {}

  record(entry: JournalEntry): Promise<boolean> {
    return this.batch.add(entry);
  }

  async claim(limit: number, now: Date, until: Date): Promise<InboundEvent[]> {
    const claim = this.open().prepare(CLAIM);
    const rows = (await retryWhileBusy(() => claim.all(sqliteInstant(until), sqliteInstant(now), limit))) as {
      id: number | bigint;
      payload: string;
    }[];
    return rows
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((row) => reviveEvent(JSON.parse(row.payload) as SerializedEvent));
  }

  async close(): Promise<void> {
    this.connection?.close();
    this.connection = undefined;
  }

  private open(): BetterSqlite3.Database {
    if (!this.connection) {
      // A second connection cannot see an in-memory database.
      if (this.file === ':memory:') throw new Error('the event journal needs a SQLite file, not :memory:');
      this.connection = new BetterSqlite3(this.file, { timeout: 0 });
      this.connection.pragma('journal_mode = WAL');
      this.insert = this.connection.prepare(INSERT);
    }
    return this.connection;
  }

  private writeBatch(entries: JournalEntry[]): boolean[] {
    const connection = this.open();
    const insert = this.insert as BetterSqlite3.Statement;
    return connection
      .transaction(() =>
        entries.map((entry) => {
          const claimedUntil = entry.claimedUntil ? sqliteInstant(entry.claimedUntil) : null;
          const values = [entry.platform, entry.eventId, entry.eventType, entry.messageId ?? null];
          const stored = [sqliteInstant(entry.receivedAt), JSON.stringify(entry.payload), claimedUntil];
          return insert.run(...values, ...stored).changes === 1;
        }),
      )
      .immediate();
  }
}

/** Runs a synchronous statement, trying again a millisecond later while another connection writes. */
async function retryWhileBusy<T>(run: () => T): Promise<T> {
  const startedAt = Date.now();
  for (;;) {
    try {
      return run();
    } catch (error) {
      if (!isBusy(error) || Date.now() - startedAt >= BUSY_GIVE_UP_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
    }
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
