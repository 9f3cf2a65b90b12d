import type { DbOrTx } from '../db/client.js';
import { inTransaction, type Tx } from '../db/queries/transaction.js';

/** Items written per transaction. */
const CHUNK_SIZE = 10;

/**
 * Writes items in order, a chunk of them per transaction: one commit per chunk instead of one per row
 * (SQLite syncs the disk on every commit, which made a row-by-row load take tens of seconds), while each
 * transaction stays far inside the interactive-transaction timeout even on a busy machine.
 */
export async function writeInChunks<T>(
  db: DbOrTx,
  items: readonly T[],
  write: (tx: Tx, item: T) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += CHUNK_SIZE) {
    await inTransaction(db, async (tx) => {
      for (const item of items.slice(start, start + CHUNK_SIZE)) await write(tx, item);
    });
  }
}
