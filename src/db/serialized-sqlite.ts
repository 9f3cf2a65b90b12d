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
 */
export function serializeSqlite(inner: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => serializedConnection(await inner.connect()),
    connectToShadowDb: async () => serializedConnection(await inner.connectToShadowDb()),
  };
}

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

function serializedConnection(connection: SqlDriverAdapter): SqlDriverAdapter {
  const acquire = createLock();
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await acquire();
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
