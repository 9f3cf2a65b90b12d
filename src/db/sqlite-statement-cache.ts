import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';

/**
 * A prepared-statement cache under Prisma's better-sqlite3 adapter.
 *
 * Why: the adapter runs every query as `client.prepare(sql).bind(args)` and drops the statement, so
 * SQLite compiles the same few hundred statements again on every request: 9 % of the CPU a check-in
 * costs under load (issue 18, profile of P2). better-sqlite3 lets a statement be bound only once, so
 * the cached statement is handed out behind a proxy whose `bind(args)` returns a view that passes the
 * arguments to each run instead.
 */

/** Statements kept per connection, least recently used dropped first. Prisma's `IN (…)` lists vary in length. */
export const STATEMENT_CACHE_CAPACITY = 500;

/** What the adapter calls on a bound statement (`performIO` and `executeIO`). */
interface BoundStatement {
  readonly reader: boolean;
  columns(): ReturnType<Statement['columns']>;
  raw(): { all(): unknown[] };
  run(): ReturnType<Statement['run']>;
}

/** The cached statement with arguments that apply to each run, never bound to the statement itself. */
function boundView(statement: Statement, args: unknown[]): BoundStatement {
  return {
    reader: statement.reader,
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
    run: () => statement.run(args),
  };
}

/** The statement, with `bind` replaced by {@link boundView}; everything else is the statement's own. */
function reusable(statement: Statement): Statement {
  return new Proxy(statement, {
    get(target, property) {
      if (property === 'bind') return (args: unknown[]) => boundView(target, args);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Makes `client.prepare` return cached statements. `prepare` is what the adapter calls on its own
 * connection (the Prisma client's only one); the event journal has a connection of its own.
 */
export function cacheStatements(client: Database, capacity = STATEMENT_CACHE_CAPACITY): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Statement>();
  const cachedPrepare = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = prepare(sql);
      if (cache.size >= capacity) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, statement);
    return reusable(statement);
  };
  client.prepare = cachedPrepare as Database['prepare'];
}

/**
 * Installs the cache on a connection of Prisma's better-sqlite3 adapter, whose client is its `client`
 * field. Throws when the adapter no longer has one: the adapter's version is pinned, and its test
 * (test/db/sqlite-statement-cache.test.ts) fails before an upgrade could start the service without it.
 */
export function cacheAdapterStatements(connection: object): void {
  const client = (connection as { client?: unknown }).client;
  if (!(client instanceof BetterSqlite3)) {
    throw new Error('The better-sqlite3 adapter no longer exposes its client: the statement cache cannot be installed.');
  }
  cacheStatements(client);
}
