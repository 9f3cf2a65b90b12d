import pg from 'pg';
import type { InboundEvent } from '../../core/event.js';
import { reviveEvent, type EventJournal, type JournalEntry, type SerializedEvent } from './event-journal.js';
import { KEPT_CONNECTIONS } from '../pg-pool.js';
import { TurnBatch } from './turn-batch.js';

/** Connections of the journal's own pool: acknowledgements are one short insert each. */
const POOL_SIZE = 3;

/**
 * The events of one turn of the event loop in one statement (one round trip, one commit), sent as one
 * JSON array (one serialization, the payload not escaped twice as in an array of strings). ON CONFLICT
 * DO NOTHING also skips a row that repeats an earlier one of the same statement; RETURNING names the rows
 * stored, so each event learns whether it was new.
 */
const INSERT: pg.QueryConfig = {
  name: 'journal_insert_batch',
  text: `INSERT INTO "inbound_events"
    ("platform", "event_id", "event_type", "message_id", "received_at", "payload", "claimed_until")
    SELECT e.platform::"Platform", e.event_id, e.event_type, e.message_id, e.received_at, e.payload, e.claimed_until
    FROM jsonb_to_recordset($1::jsonb) AS e(platform text, event_id text, event_type text, message_id text,
      received_at timestamp(3), payload jsonb, claimed_until timestamp(3))
    ON CONFLICT DO NOTHING
    RETURNING "platform", "event_id"`,
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

const keyOf = (platform: string, eventId: string) => `${platform} ${eventId}`;

/**
 * The journal on PostgreSQL: a small pool of its own beside Prisma's, and named (server-side prepared)
 * statements. Inserts are group-committed (`TurnBatch`): the events that arrived in one turn of the event
 * loop go into one statement, so a flood costs the server one commit per batch, not one per event. Concurrent
 * replicas claim disjoint events (SKIP LOCKED).
 */
export class PgEventJournal implements EventJournal {
  private pool: pg.Pool | undefined;
  private readonly batch = new TurnBatch<JournalEntry, boolean>((entries) => this.writeBatch(entries));

  constructor(private readonly url: string) {}

  record(entry: JournalEntry): Promise<boolean> {
    return this.batch.add(entry);
  }

  async claim(limit: number, now: Date, until: Date): Promise<InboundEvent[]> {
    const result = await this.connect().query<{ id: number; payload: SerializedEvent }>({
      ...CLAIM,
      values: [utc(until), utc(now), limit],
    });
    return result.rows.sort((a, b) => a.id - b.id).map((row) => reviveEvent(row.payload));
  }

  /** Writes a batch in one statement and tells each event whether it was new. */
  private async writeBatch(entries: JournalEntry[]): Promise<boolean[]> {
    const rows = entries.map((entry) => ({
      platform: entry.platform,
      event_id: entry.eventId,
      event_type: entry.eventType,
      message_id: entry.messageId ?? null,
      received_at: utc(entry.receivedAt),
      payload: entry.payload,
      claimed_until: utc(entry.claimedUntil),
    }));
    const result = await this.connect().query<{ platform: string; event_id: string }>({
      ...INSERT,
      values: [JSON.stringify(rows)],
    });
    const stored = new Set(result.rows.map((row) => keyOf(row.platform, row.event_id)));
    // A key stored once answers true once: a repeat within the batch is the redelivery.
    return entries.map((entry) => stored.delete(keyOf(entry.platform, entry.eventId)));
  }

  async close(): Promise<void> {
    await this.pool?.end();
    this.pool = undefined;
  }

  private connect(): pg.Pool {
    if (!this.pool) {
      this.pool = new pg.Pool({ connectionString: this.url, max: POOL_SIZE, ...KEPT_CONNECTIONS });
      // An idle connection dropped by a restarting server must not crash the process.
      this.pool.on('error', () => undefined);
    }
    return this.pool;
  }
}
