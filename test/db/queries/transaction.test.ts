import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../../../src/db/queries/errors.js';
import { inTransaction, unlessDuplicate } from '../../../src/db/queries/transaction.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';

const run = (job: string, slot = 's') => ({ data: { job, slot, claimedBy: 'test' } });

describe('isUniqueViolation', () => {
  it('rejects what is not a database error', () => {
    expect(isUniqueViolation(new Error('P2002'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation('P2002')).toBe(false);
    expect(isUniqueViolation({ code: 'P2025' })).toBe(false);
  });
});

describe.each(testProviders())('transactions and unique violations on %s', (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  it('recognises unique violations from model and raw queries', async () => {
    await database.db.jobRun.create(run('dup'));
    const fromModel = await database.db.jobRun.create(run('dup')).catch((e: unknown) => e);
    expect(isUniqueViolation(fromModel)).toBe(true);
    const fromRaw = await database.db
      .$executeRaw`insert into job_runs (job, slot, claimed_by, status, detail) values ('dup', 's', 'x', 'RUNNING', '')`.catch(
      (e: unknown) => e,
    );
    expect(isUniqueViolation(fromRaw)).toBe(true);
    const notUnique = await database.db.jobRun.update({ where: { id: -1 }, data: {} }).catch((e: unknown) => e);
    expect(isUniqueViolation(notUnique)).toBe(false);
  });

  it('rolls back every step when one fails', async () => {
    await expect(
      inTransaction(database.db, async (tx) => {
        await tx.jobRun.create(run('rollback-a'));
        await tx.jobRun.create(run('dup'));
      }),
    ).rejects.toSatisfy(isUniqueViolation);
    expect(await database.db.jobRun.count({ where: { job: 'rollback-a' } })).toBe(0);
  });

  it('nests inside a caller’s transaction: a refused insert leaves the rest of it intact', async () => {
    const outcome = await inTransaction(database.db, async (tx) => {
      await tx.jobRun.create(run('nested-a'));
      const refused = await unlessDuplicate(tx, (inner) => inner.jobRun.create(run('dup')));
      const accepted = await unlessDuplicate(tx, (inner) => inner.jobRun.create(run('nested-b')));
      return { refused, accepted, seen: await tx.jobRun.count({ where: { job: { startsWith: 'nested' } } }) };
    });
    expect(outcome.refused).toBeNull();
    expect(outcome.accepted?.job).toBe('nested-b');
    expect(outcome.seen).toBe(2);
    expect(await database.db.jobRun.count({ where: { job: { startsWith: 'nested' } } })).toBe(2);
  });

  it('passes other errors through', async () => {
    await expect(
      unlessDuplicate(database.db, (tx) => tx.jobRun.update({ where: { id: -1 }, data: {} })),
    ).rejects.toMatchObject({ code: 'P2025' });
  });
});
