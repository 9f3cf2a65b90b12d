import pg from 'pg';
import type { InboundEvent } from '../../core/event.js';
import { reviveEvent, type EventJournal, type JournalEntry, type SerializedEvent } from './event-journal.js';

/** Connections of the journal's own pool: acknowledgements are one short insert each. */
const POOL_SIZE = 3;

const INSERT: pg.QueryConfig = {
  name: 'journal_insert',
  text: `INSERT INTO "inbound_events"
    ("platform", "event_id", "event_type", "message_id", "received_at", "payload", "claimed_until")
    VALUES ($1::"Platform", $2, $3, $4, $5::timestamp(3), $6::jsonb, $7::timestamp(3))
    ON CONFLICT DO NOTHING`,
};

const CLAIM: pg.QueryConfig = {
  name: 'journal_claim',
  text: `UPDATE "inbound_events" SET "claimed_until" = $1::timestamp(3)
    WHERE "id" IN (SELECT "id" FROM "inbound_events"
      WHERE "handled_at" IS NULL AND "payload" IS NOT NULL
        AND ("claimed_until" IS NULL OR "claimed_until" < $2::timestamp(3))
      ORDER BY "id" LIMIT $3 FOR UPDATE SKIP LOCKED)
    RETURNING "id", "payload"`,
};

/**
 * Timestamps go in as UTC text: the columns are `timestamp` without a zone holding UTC (as Prisma writes
 * them), and the zone suffix of the text is ignored by that type.
 */
const utc = (at: Date | undefined): string | null => (at ? at.toISOString() : null);

/**
 * The journal on PostgreSQL: a small pool of its own beside Prisma's, and named (server-side prepared)
 * statements. Concurrent replicas claim disjoint events (SKIP LOCKED).
 */
export class PgEventJournal implements EventJournal {
  private pool: pg.Pool | undefined;

  constructor(private readonly url: string) {}

  async record(entry: JournalEntry): Promise<boolean> {
    const values = [entry.platform, entry.eventId, entry.eventType, entry.messageId ?? null];
    const stored = [utc(entry.receivedAt), JSON.stringify(entry.payload), utc(entry.claimedUntil)];
    const result = await this.connect().query({ ...INSERT, values: [...values, ...stored] });
    return result.rowCount === 1;
  }

  async claim(limit: number, now: Date, until: Date): Promise<InboundEvent[]> {
    const result = await this.connect().query<{ id: number; payload: SerializedEvent }>({
      ...CLAIM,
      values: [utc(until), utc(now), limit],
    });
    return result.rows.sort((a, b) => a.id - b.id).map((row) => reviveEvent(row.payload));
  }

  async close(): Promise<void> {
    await this.pool?.end();
    this.pool = undefined;
  }

  private connect(): pg.Pool {
    if (!this.pool) {
      this.pool = new pg.Pool({ connectionString: this.url, max: POOL_SIZE });
      // An idle connection dropped by a restarting server must not crash the process.
      this.pool.on('error', () => undefined);
    }
    return this.pool;
  }
}
