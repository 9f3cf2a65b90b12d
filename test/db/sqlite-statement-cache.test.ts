import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheAdapterStatements, cacheStatements } from '../../src/db/sqlite-statement-cache.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

/** A better-sqlite3 connection whose `prepare` calls are counted, before the cache wraps it. */
function countingClient() {
  const client = new BetterSqlite3(':memory:');
  client.defaultSafeIntegers(true);
  const prepared: string[] = [];
  const prepare = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof client.prepare;
  return { client, prepared };
}

/** What the Prisma adapter does with a query: prepare, bind once, read raw rows or run. */
function adapterQuery(client: BetterSqlite3.Database, sql: string, args: unknown[]) {
  const statement = client.prepare(sql).bind(args) as unknown as {
    reader: boolean;
    raw(): { all(): unknown[] };
    run(): { changes: number };
  };
  return statement.reader ? statement.raw().all() : statement.run().changes;
}

describe('the SQLite statement cache', () => {
  it('prepares a statement once and runs it with each call’s own arguments', () => {
    const { client, prepared } = countingClient();
    cacheStatements(client);
    client.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
    expect(adapterQuery(client, 'INSERT INTO t (name) VALUES (?)', ['甲'])).toBe(1);
    expect(adapterQuery(client, 'INSERT INTO t (name) VALUES (?)', ['乙'])).toBe(1);
    expect(adapterQuery(client, 'SELECT id, name FROM t WHERE name = ?', ['乙'])).toEqual([[2n, '乙']]);
    expect(adapterQuery(client, 'SELECT id, name FROM t WHERE name = ?', ['甲'])).toEqual([[1n, '甲']]);
    expect(prepared.filter((sql) => sql.startsWith('INSERT'))).toHaveLength(1);
    expect(prepared.filter((sql) => sql.startsWith('SELECT'))).toHaveLength(1);
  });

  it('keeps the statement’s other methods (the adapter’s BEGIN runs unbound)', () => {
    const { client } = countingClient();
    cacheStatements(client);
    client.prepare('BEGIN').run();
    expect(client.inTransaction).toBe(true);
    client.prepare('COMMIT').run();
    expect(client.inTransaction).toBe(false);
  });

  it('drops the least recently used statement when full', () => {
    const { client, prepared } = countingClient();
    cacheStatements(client, 2);
    const select = (n: number) => adapterQuery(client, `SELECT ${n}`, []);
    select(1);
    select(2);
    select(1);
    select(3);
    select(1);
    select(2);
    expect(prepared).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
  });

  it('refuses a connection without a better-sqlite3 client rather than running uncached', () => {
    expect(() => cacheAdapterStatements({})).toThrow(/statement cache/);
  });
});

describe('the Prisma client on SQLite with the statement cache', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(() => database.destroy());

  it('reads and writes the same as without it, query after query', async () => {
    const { db } = database;
    for (let n = 0; n < 3; n++) await db.auditLog.create({ data: { action: `a${n}`, entity: 'test' } });
    const actions = async (only: string[]) =>
      (await db.auditLog.findMany({ where: { action: { in: only } }, orderBy: { id: 'asc' } })).map((r) => r.action);
    expect(await actions(['a0'])).toEqual(['a0']);
    expect(await actions(['a1', 'a2'])).toEqual(['a1', 'a2']);
    expect(await actions(['a2'])).toEqual(['a2']);
    expect(await db.auditLog.count()).toBe(3);
  });
});
