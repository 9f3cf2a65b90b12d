import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';

/**
 * Serializes all work on the one SQLite connection Prisma's better-sqlite3 adapter holds.
 *
 * Why: the adapter locks its connection for interactive transactions only. A query issued outside the
 * transaction while one is open (another event's handler, the dispatcher) runs on the same connection,
 * so it silently becomes part of that transaction — and is lost if the transaction rolls back (a
 * refused input, a unique violation). Here every statement outside a transaction waits until no
 * transaction is open, and a transaction waits for statements in flight.
 *
 * A second connection writes to the same file: the inbound event journal (`src/db/journal/`). So a
 * transaction takes the write lock when it begins, as `BEGIN IMMEDIATE` would: a deferred transaction
 * that had read before the journal committed could not upgrade to writing (SQLITE_BUSY_SNAPSHOT, which
 * no busy timeout waits out). The journal never holds the lock across an await, so this never waits.
 */
export function serializeSqlite(inner: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => serializedConnection(await inner.connect(), TAKE_WRITE_LOCK),
    connectToShadowDb: async () => serializedConnection(await inner.connectToShadowDb()),
  };
}

/**
 * A write that changes nothing but takes the database's write lock (SQLite opens the write transaction
 * for any write statement, whatever rows it matches). The table is the journal's own, present in every
 * migrated database.
 */
const TAKE_WRITE_LOCK: SqlQuery = { sql: 'DELETE FROM "inbound_events" WHERE 0', args: [], argTypes: [] };

/** A FIFO lock: `acquire` resolves with the function that releases it. */
function createLock(): () => Promise<() => void> {
  let tail = Promise.resolve();
  return () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const acquired = tail.then(() => release);
    tail = tail.then(() => held);
    return acquired;
  };
}

/**
 * Longest stretch of database work without letting the event loop turn. better-sqlite3 is synchronous,
 * so statements queued on the lock run one after another in microtasks and would otherwise hold off
 * every network callback — the platform's requests waiting for their acknowledgement — until the queue
 * is empty.
 */
const YIELD_AFTER_MS = 4;

function serializedConnection(connection: SqlDriverAdapter, atStart?: SqlQuery): SqlDriverAdapter {
  const acquire = createLock();
  let turnStartedAt = performance.now();
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await acquire();
    if (performance.now() - turnStartedAt > YIELD_AFTER_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turnStartedAt = performance.now();
    }
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query: SqlQuery) => exclusive(() => connection.queryRaw(query)),
    executeRaw: (query: SqlQuery) => exclusive(() => connection.executeRaw(query)),
    executeScript: (script: string) => exclusive(() => connection.executeScript(script)),
    ...(connection.getConnectionInfo ? { getConnectionInfo: () => connection.getConnectionInfo!() } : {}),
    dispose: () => connection.dispose(),
    async startTransaction(isolationLevel) {
      const release = await acquire();
      let transaction: Transaction;
      try {
        transaction = await connection.startTransaction(isolationLevel);
      } catch (error) {
        release();
        throw error;
      }
      if (atStart) {
        try {
          await transaction.executeRaw(atStart);
        } catch (error) {
          // The adapter leaves the ROLLBACK statement to its caller; rollback() only frees its mutex.
          await transaction.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] }).catch(() => undefined);
          await transaction.rollback().finally(release);
          throw error;
        }
      }
      return releasingOnEnd(transaction, release);
    },
  };
}

/** The transaction, releasing the connection lock once when it commits or rolls back. */
function releasingOnEnd(transaction: Transaction, release: () => void): Transaction {
  let released = false;
  const releaseOnce = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  const commit = transaction.commit.bind(transaction);
  const rollback = transaction.rollback.bind(transaction);
  transaction.commit = async () => {
    try {
      await commit();
    } finally {
      releaseOnce();
    }
  };
  transaction.rollback = async () => {
    try {
      await rollback();
    } finally {
      releaseOnce();
    }
  };
  return transaction;
}
