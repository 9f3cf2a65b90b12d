import type { Prisma } from '../../generated/sqlite/client.js';
import type { Db, DbOrTx } from '../client.js';
import { isUniqueViolation } from './errors.js';

/** The client a multi-step write runs its steps on. */
export type Tx = Prisma.TransactionClient;

/**
 * Runs `work` atomically: in a new transaction when given the client, or — when given a transaction —
 * as a nested one. Prisma 7 runs a nested `$transaction` as a SAVEPOINT, so a failing step rolls back
 * only its own writes and leaves the caller's transaction usable (on PostgreSQL a failed statement
 * would otherwise abort the whole transaction).
 */
export function inTransaction<T>(db: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  // A transaction client has the same `$transaction` as the full client; the cast only merges the
  // two declared types so the call type-checks.
  return (db as Db).$transaction(work);
}

/**
 * Runs a write that a unique constraint may refuse and returns null instead of throwing when it does —
 * how "insert unless it is already there" is done without a race. The write runs as a (possibly nested)
 * transaction, so even inside a caller's transaction on PostgreSQL the refused statement does not abort
 * the caller's work.
 */
export async function unlessDuplicate<T>(db: DbOrTx, write: (tx: Tx) => Promise<T>): Promise<T | null> {
  try {
    return await inTransaction(db, write);
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
