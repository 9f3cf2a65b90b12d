import { PrismaClient as SqliteClient, type Prisma } from '../generated/sqlite/client.js';
import { PrismaClient as PgClient } from '../generated/postgresql/client.js';
import type { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { createAdapterFactory, providerOf, type DatabaseOptions } from './adapters.js';
import { openEventJournal, type EventJournal } from './journal/event-journal.js';
import { serializeSqlite } from './serialized-sqlite.js';
import type { DbProvider } from './migrate/schema-files.js';

/**
 * The Prisma client type used throughout the code. Both generated clients come from the same models,
 * so their query API is the same; the SQLite one is the common denominator we program against, which
 * also keeps provider-only options (like `mode: 'insensitive'`) out of the code.
 */
export type Db = SqliteClient;

/** A connected database and what it is. */
export interface Database {
  readonly db: Db;
  readonly provider: DbProvider;
  /** The inbound event journal on its own connection (opened on first use), for the acknowledgement. */
  readonly journal: EventJournal;
  /** Closes the connection pool and the journal's connection. */
  close(): Promise<void>;
}

/**
 * Creates the Prisma client for a `DATABASE_URL`. Call it once per process (the service does, in
 * main.ts) and pass the result down; tests create one per throwaway database.
 */
export function openDatabase(databaseUrl: string, options: DatabaseOptions = {}): Database {
  const provider = providerOf(databaseUrl);
  const adapter = createAdapterFactory(databaseUrl, options);
  const db =
    provider === 'postgresql'
      ? (new PgClient({ adapter }) as unknown as Db)
      : new SqliteClient({ adapter: serializeSqlite(adapter as PrismaBetterSqlite3) });
  const journal = openEventJournal(databaseUrl);
  return {
    db,
    provider,
    journal,
    close: async () => {
      await journal.close();
      await db.$disconnect();
    },
  };
}

/** A client or an interactive transaction: query functions accept either. */
export type DbOrTx = Db | Prisma.TransactionClient;
