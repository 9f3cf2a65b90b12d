import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { DbProvider } from './migrate/schema-files.js';
import { KEPT_CONNECTIONS } from './pg-pool.js';
import { DEFAULT_PREPARED_STATEMENTS, statementNamer } from './statement-names.js';

/** How the service's database client is set up. */
export interface DatabaseOptions {
  /**
   * PostgreSQL: how many distinct SQL statements each connection keeps prepared (`statementNamer`);
   * default {@link DEFAULT_PREPARED_STATEMENTS}, 0 for none.
   */
  preparedStatements?: number;
}

/**
 * The migrations' connections: a migration runs each statement once, so they prepare none (and leave no
 * named statement on the server).
 */
export const MIGRATION_CONNECTION: DatabaseOptions = { preparedStatements: 0 };

/** Which database a `DATABASE_URL` selects: `postgresql://` / `postgres://` or else SQLite. */
export function providerOf(databaseUrl: string): DbProvider {
  return /^postgres(ql)?:\/\//i.test(databaseUrl) ? 'postgresql' : 'sqlite';
}

/** The SQLite file a `file:` URL names, resolved against the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  const raw = databaseUrl.replace(/^file:/, '');
  return raw === ':memory:' ? raw : path.resolve(raw);
}

/**
 * The official driver-adapter factory for a database URL. For SQLite the parent directory is created,
 * so the embedded default works on a fresh checkout.
 */
export function createAdapterFactory(
  databaseUrl: string,
  options: DatabaseOptions = {},
): PrismaBetterSqlite3 | PrismaPg {
  if (providerOf(databaseUrl) === 'postgresql') {
    const statementNameGenerator = statementNamer(options.preparedStatements ?? DEFAULT_PREPARED_STATEMENTS);
    return new PrismaPg({ connectionString: databaseUrl, max: 10, ...KEPT_CONNECTIONS }, { statementNameGenerator });
  }
  const file = sqliteFilePath(databaseUrl);
  if (file !== ':memory:') {
    mkdirSync(path.dirname(file), { recursive: true });
    useWriteAheadLog(file);
  }
  return new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 });
}

/**
 * Switches a SQLite file to write-ahead logging: readers no longer block the writer and each commit
 * costs one sync instead of two, which roughly halves write latency. The mode is stored in the file,
 * so setting it once before Prisma opens its connection is enough; `synchronous` stays FULL, so a
 * committed service day survives a power cut.
 */
function useWriteAheadLog(file: string): void {
  const connection = new BetterSqlite3(file, { timeout: 10_000 });
  try {
    connection.pragma('journal_mode = WAL');
  } finally {
    connection.close();
  }
}
