import type { Tx } from './transaction.js';

/**
 * Row locks for check-then-write sections. A no-op UPDATE takes the row's write lock until the
 * transaction ends: on PostgreSQL a second transaction touching the same row waits there, and (at READ
 * COMMITTED) its later reads see what the first one committed; SQLite has one writer, so the section is
 * serialized anyway. A plain UPDATE works on both databases, unlike `FOR UPDATE` or advisory locks, and
 * touches no key column, so foreign-key checks of other writes are not blocked.
 */

/**
 * Serializes the writes that decide on a person's schedule or counts (assignments, 补卡 requests) until
 * the transaction ends.
 */
export async function lockPerson(tx: Tx, personId: number): Promise<void> {
  await tx.$executeRaw`UPDATE people SET name = name WHERE id = ${personId}`;
}

/** Serializes the decisions on one service day (a clinic head's confirm or dispute) until the transaction ends. */
export async function lockServiceDay(tx: Tx, serviceDayId: number): Promise<void> {
  await tx.$executeRaw`UPDATE service_days SET confirmation_status = confirmation_status WHERE id = ${serviceDayId}`;
}

/**
 * Serializes the decisions on what an audit entry holds (a spot-check draw and its outcomes) until the
 * transaction ends. The entry itself is unchanged.
 */
export async function lockAuditEntry(tx: Tx, entryId: number): Promise<void> {
  await tx.$executeRaw`UPDATE audit_log SET action = action WHERE id = ${entryId}`;
}
