import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';

describe.each(testProviders())('a write next to a rolled-back transaction (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  it('is kept: it never becomes part of the other transaction', async () => {
    const { db } = database;
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const failing = db
      .$transaction(async (tx) => {
        await tx.auditLog.create({ data: { action: 'inside', entity: 'test' } });
        entered();
        // Give the outside write every chance to run while this transaction is open.
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('refused input');
      })
      .catch((error: Error) => error.message);
    await inside;
    // Prisma queries are lazy: `then` starts this one now, while the transaction is still open.
    const outside = db.auditLog.create({ data: { action: 'outside', entity: 'test' } }).then((row) => row);
    expect(await failing).toBe('refused input');
    await outside;
    const actions = (await db.auditLog.findMany({ select: { action: true } })).map((row) => row.action);
    expect(actions).toEqual(['outside']);
  });
});
