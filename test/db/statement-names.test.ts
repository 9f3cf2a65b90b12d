import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementNamer } from '../../src/db/statement-names.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';

describe('statementNamer', () => {
  it('names each distinct text once, up to the limit, and leaves the rest unnamed', () => {
    const name = statementNamer(2);
    const first = name({ sql: 'SELECT 1' });
    const second = name({ sql: 'SELECT 2' });
    expect(first).not.toBe('');
    expect(second).not.toBe('');
    expect(second).not.toBe(first);
    expect(name({ sql: 'SELECT 1' })).toBe(first);
    expect(name({ sql: 'SELECT 3' })).toBe('');
    expect(name({ sql: 'SELECT 2' })).toBe(second);
  });

  it('names nothing with a limit of 0', () => {
    expect(statementNamer(0)({ sql: 'SELECT 1' })).toBe('');
  });
});

const postgres = testProviders().filter((provider) => provider === 'postgresql');

describe.skipIf(postgres.length === 0)('prepared statements on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('postgresql', { preparedStatements: 3 });
  });
  afterAll(async () => {
    await database.destroy();
  });

  it('answers named and unnamed statements alike, and keeps at most the limit prepared on a connection', async () => {
    const { db } = database;
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push((await db.auditLog.create({ data: { action: `a${i}`, entity: 'test' } })).id);
    const prepared = await db.$transaction(async (tx) => {
      // One text per IN-list length: six texts, each run twice on the transaction's one connection.
      for (let length = 1; length <= 6; length++) {
        for (let round = 0; round < 2; round++) {
          const rows = await tx.auditLog.findMany({
            where: { id: { in: ids.slice(0, length) } },
            orderBy: { id: 'asc' },
          });
          expect(rows.map((row) => row.action)).toEqual(ids.slice(0, length).map((_, i) => `a${i}`));
        }
      }
      return tx.$queryRaw<
        { count: bigint }[]
      >`SELECT count(*) AS count FROM pg_prepared_statements WHERE name LIKE 'crb\\_%'`;
    });
    const count = Number(prepared[0]?.count ?? 0);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(3);
  });
});
