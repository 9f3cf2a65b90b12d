import { Prisma, type OutboundMessage, type OutboundStatus } from '../../generated/sqlite/client.js';
import type { PlatformName } from '../../domain/platform.js';
import type { DbOrTx } from '../client.js';
import type { DbProvider } from '../migrate/schema-files.js';

/**
 * The delivery ledger (`outbound_messages`). A row goes PENDING → SENDING (claimed under a lease by one
 * replica) → SENT or FAILED, or back to PENDING with a later `nextAttemptAt` for a retry. Every write
 * after the claim is conditional on still holding the lease, so a replica whose lease was taken over
 * cannot overwrite the new holder's result. Instants come from the caller's clock, never the
 * database's, so tests with a manual clock and replicas agree on what "due" means.
 */

export type { OutboundMessage, OutboundStatus } from '../../generated/sqlite/client.js';

/** A row as `insertOutboundIfAbsent` writes it. */
export interface OutboundInsert {
  idempotencyKey: string;
  platform: PlatformName;
  operation: string;
  receiveIdType: string | null;
  receiveId: string | null;
  targetMessageId: string | null;
  msgType: string;
  content: string;
  purpose: string;
  personId: number | null;
  nextAttemptAt: Date;
  createdAt: Date;
}

/**
 * Inserts the row unless one with the same idempotency key exists, and returns the id of whichever
 * row holds the key. `ON CONFLICT DO NOTHING` (both databases) rather than catching a unique violation:
 * a failed INSERT would abort the caller's transaction on PostgreSQL, and two concurrent enqueues of
 * one key must both succeed with the same row.
 */
export async function insertOutboundIfAbsent(
  db: DbOrTx,
  row: OutboundInsert,
): Promise<{ id: number; created: boolean }> {
  const inserted = await db.$queryRaw<{ id: number | bigint }[]>`
    INSERT INTO outbound_messages (idempotency_key, platform, operation, receive_id_type, receive_id,
      target_message_id, msg_type, content, purpose, person_id, status, attempts, next_attempt_at, created_at)
    VALUES (${row.idempotencyKey}, ${row.platform}, ${row.operation}, ${row.receiveIdType}, ${row.receiveId},
      ${row.targetMessageId}, ${row.msgType}, ${row.content}, ${row.purpose}, ${row.personId}, 'PENDING', 0,
      ${row.nextAttemptAt}, ${row.createdAt})
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id`;
  const first = inserted[0];
  if (first) return { id: Number(first.id), created: true };
  const existing = await findOutboundByKey(db, row.idempotencyKey);
  if (!existing) {
    // Only reachable if the conflicting row vanished between the two statements; rows are never deleted.
    throw new Error(`outbound message ${row.idempotencyKey} conflicted but cannot be found`);
  }
  return { id: existing.id, created: false };
}

/** The ledger row with an idempotency key, or null. */
export function findOutboundByKey(db: DbOrTx, idempotencyKey: string): Promise<OutboundMessage | null> {
  return db.outboundMessage.findUnique({ where: { idempotencyKey } });
}

/** Keys are asked in batches of this many (well inside SQLite's and PostgreSQL's parameter limits). */
const KEY_BATCH = 1000;

/** Which of these idempotency keys are in the ledger already (queued, sent or failed: rows are never deleted). */
export async function listKnownOutboundKeys(db: DbOrTx, keys: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (let start = 0; start < keys.length; start += KEY_BATCH) {
    const rows = await db.outboundMessage.findMany({
      where: { idempotencyKey: { in: keys.slice(start, start + KEY_BATCH) } },
      select: { idempotencyKey: true },
    });
    for (const row of rows) known.add(row.idempotencyKey);
  }
  return known;
}

/** The ledger row with an id, or null. */
export function findOutboundById(db: DbOrTx, id: number): Promise<OutboundMessage | null> {
  return db.outboundMessage.findUnique({ where: { id } });
}

/** What a replica asks for when it claims work. */
export interface OutboundClaim {
  replicaId: string;
  now: Date;
  /** End of the lease; after it another replica may take the row over. */
  leaseUntil: Date;
  limit: number;
  /** Only rows of these platforms (the ones this replica has adapters for). */
  platforms: readonly PlatformName[];
  /** Only replies (a dispatcher making room for replies queued after the rows it holds). */
  repliesOnly?: boolean;
}

/**
 * Atomically claims up to `limit` due rows (replies first, then the longest due): PENDING rows whose `nextAttemptAt` has
 * come, and SENDING rows whose lease expired (their replica died mid-send). One statement: a
 * materialized CTE picks the rows (evaluated exactly once — PostgreSQL may re-run a plain
 * `IN (SELECT … LIMIT n)` subquery and then claim more than `limit`), and an UPDATE … FROM claims them.
 * Replies are picked before other messages (see `isReply`), then the longest due first.
 * On PostgreSQL the pick locks rows with SKIP LOCKED, so concurrent replicas claim disjoint rows
 * without waiting on each other; SQLite has a single writer, so the statement is atomic as it is. The
 * UPDATE repeats the due test so a row changed since the pick is never claimed twice. Attempts are not
 * counted here: a takeover does not know whether the previous holder's send reached the platform.
 */
export async function claimDueOutbound(
  db: DbOrTx,
  provider: DbProvider,
  claim: OutboundClaim,
): Promise<OutboundMessage[]> {
  if (claim.limit <= 0 || claim.platforms.length === 0) return [];
  const due = Prisma.sql`((status = 'PENDING' AND next_attempt_at <= ${claim.now})
    OR (status = 'SENDING' AND claimed_until < ${claim.now}))`;
  const lock = provider === 'postgresql' ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
  const claimed = await db.$queryRaw<{ id: number | bigint }[]>`
    WITH picked AS MATERIALIZED (
      SELECT id AS picked_id FROM outbound_messages
      WHERE ${due} AND platform IN (${Prisma.join([...claim.platforms])})
        ${claim.repliesOnly ? Prisma.sql`AND purpose = 'reply'` : Prisma.empty}
      ORDER BY CASE WHEN purpose = 'reply' THEN 0 ELSE 1 END, next_attempt_at, id
      LIMIT ${claim.limit}
      ${lock}
    )
    UPDATE outbound_messages
    SET status = 'SENDING', claimed_by = ${claim.replicaId}, claimed_until = ${claim.leaseUntil}
    FROM picked
    WHERE id = picked.picked_id AND ${due}
    RETURNING id`;
  if (claimed.length === 0) return [];
  const rows = await db.outboundMessage.findMany({
    where: { id: { in: claimed.map((row) => Number(row.id)) } },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
  });
  return [...rows.filter(isReply), ...rows.filter((row) => !isReply(row))];
}

/**
 * Replies first: someone is waiting in the chat for them, while notices and reminders can wait a few
 * seconds. Under a burst beyond the app's send limit (a check-in sends the physician a reply and the
 * clinic head a notice), answers keep their latency and the notices queue behind them.
 */
export function isReply(row: Pick<OutboundMessage, 'purpose'>): boolean {
  return row.purpose === 'reply';
}

/** The condition of every write made by the lease holder. */
function heldBy(ids: number | number[], replicaId: string): Prisma.OutboundMessageWhereInput {
  return {
    id: Array.isArray(ids) ? { in: ids } : ids,
    status: 'SENDING',
    claimedBy: replicaId,
  };
}

const noLease = { claimedBy: null, claimedUntil: null } as const;

/**
 * Records a delivery the platform accepted. Not conditional on the lease: if the lease was taken over
 * meanwhile, the message was still sent (the new holder's resend is deduplicated by the platform), and
 * the ledger must say so whatever the other replica recorded.
 */
export async function markOutboundSent(
  db: DbOrTx,
  id: number,
  result: { platformMessageId: string | null; sentAt: Date },
): Promise<void> {
  await db.outboundMessage.updateMany({
    where: { id },
    data: {
      status: 'SENT',
      attempts: { increment: 1 },
      platformMessageId: result.platformMessageId,
      sentAt: result.sentAt,
      ...noLease,
    },
  });
}

/** A retry to schedule. */
export interface OutboundRetry {
  nextAttemptAt: Date;
  lastError: string;
  /**
   * Whether the attempt counts towards giving up: true for failures of the message's own attempt
   * (5xx, network), false when the platform refused to look at it (rate limited).
   */
  countAttempt: boolean;
}

/**
 * Puts a claimed row back to PENDING for a later attempt and releases the lease. Returns false when
 * this replica no longer held the row (its lease was taken over), in which case nothing changed.
 */
export async function scheduleOutboundRetry(
  db: DbOrTx,
  id: number,
  replicaId: string,
  retry: OutboundRetry,
): Promise<boolean> {
  const { count } = await db.outboundMessage.updateMany({
    where: heldBy(id, replicaId),
    data: {
      status: 'PENDING',
      nextAttemptAt: retry.nextAttemptAt,
      lastError: retry.lastError,
      ...(retry.countAttempt ? { attempts: { increment: 1 } } : {}),
      ...noLease,
    },
  });
  return count === 1;
}

/**
 * Gives up on a claimed row after an attempt: FAILED with the reason, for the coordinators' list of
 * what was not delivered. Returns false when this replica no longer held the row.
 */
export async function markOutboundFailed(db: DbOrTx, id: number, replicaId: string, reason: string): Promise<boolean> {
  const { count } = await db.outboundMessage.updateMany({
    where: heldBy(id, replicaId),
    data: { status: 'FAILED', attempts: { increment: 1 }, lastError: reason, ...noLease },
  });
  return count === 1;
}

/**
 * Returns claimed rows that were not attempted to the ledger (a stopping replica, a row deferred to
 * let other receivers' messages through). Attempts are unchanged; `nextAttemptAt`, when given, delays
 * the row. Returns how many rows this replica still held and released.
 */
export async function releaseOutbound(
  db: DbOrTx,
  ids: number[],
  replicaId: string,
  nextAttemptAt?: Date,
): Promise<number> {
  if (ids.length === 0) return 0;
  const { count } = await db.outboundMessage.updateMany({
    where: heldBy(ids, replicaId),
    data: { status: 'PENDING', ...(nextAttemptAt ? { nextAttemptAt } : {}), ...noLease },
  });
  return count;
}

/** How many rows are in each status. */
export async function countOutboundByStatus(db: DbOrTx): Promise<Record<OutboundStatus, number>> {
  const groups = await db.outboundMessage.groupBy({ by: ['status'], _count: { _all: true } });
  const counts: Record<OutboundStatus, number> = { PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** Messages not yet sent or given up (PENDING and SENDING): the queue depth. */
export function countOutboundQueued(db: DbOrTx): Promise<number> {
  return db.outboundMessage.count({ where: { status: { in: ['PENDING', 'SENDING'] } } });
}

/** Which undelivered messages to list. */
export interface UndeliveredQuery {
  now: Date;
  /** Messages still waiting count as undelivered once they are this old. */
  pendingOlderThanMinutes: number;
  /** The people whose messages the viewer may see, or `'all'` (admins, operators). */
  scope: readonly number[] | 'all';
  /** At most this many, newest first. */
  limit: number;
}

/**
 * What was not delivered: every FAILED message, and messages still PENDING or SENDING after
 * `pendingOlderThanMinutes`; newest first. Messages without a person (group broadcasts) are listed
 * only for scope `'all'`.
 */
export function listUndeliveredOutbound(db: DbOrTx, query: UndeliveredQuery): Promise<OutboundMessage[]> {
  const cutoff = new Date(query.now.getTime() - query.pendingOlderThanMinutes * 60_000);
  return db.outboundMessage.findMany({
    where: {
      OR: [{ status: 'FAILED' }, { status: { in: ['PENDING', 'SENDING'] }, createdAt: { lt: cutoff } }],
      ...(query.scope === 'all' ? {} : { personId: { in: [...query.scope] } }),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit,
  });
}

/** Which of a person's messages to count. */
export interface PersonOutboundCount {
  personId: number;
  /** Purposes starting with this, e.g. `reminder:`. */
  purposePrefix: string;
  /** Queued at or after this instant… */
  from: Date;
  /** …and before this one. */
  until: Date;
}

/** How many messages for a person with a purpose prefix were queued in a time window (the daily cap). */
export function countOutboundForPerson(db: DbOrTx, query: PersonOutboundCount): Promise<number> {
  return db.outboundMessage.count({
    where: {
      personId: query.personId,
      purpose: { startsWith: query.purposePrefix },
      createdAt: { gte: query.from, lt: query.until },
    },
  });
}
