import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendChainLinks, chainHeadOf, linkHash, listChainLinks } from '../../../src/db/queries/record-chain.js';
import { inTransaction } from '../../../src/db/queries/transaction.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';

const AT = new Date('2026-12-07T01:00:00Z');

describe.each(testProviders())('appending to a physician’s record chain (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  /** Appends two links (a day and its reading) in a transaction of its own. */
  const appendPair = (physicianId: number, n: number) =>
    inTransaction(database.db, (tx) =>
      appendChainLinks(
        tx,
        physicianId,
        [
          { kind: 'day', id: n, row: { id: n, note: `day ${n}` } },
          { kind: 'reading', id: n, row: { id: n, note: `reading ${n}` } },
        ],
        AT,
      ),
    );

  it('starts a chain and links each append to the one before', async () => {
    await appendPair(1, 1);
    await appendPair(1, 2);
    const links = await listChainLinks(database.db, 1);
    expect(links.map((link) => [link.seq, link.kind, link.entityId])).toEqual([
      [1, 'day', 1],
      [2, 'reading', 1],
      [3, 'day', 2],
      [4, 'reading', 2],
    ]);
    links.forEach((link, index) => {
      expect(link.prevHash).toBe(links[index - 1]?.hash ?? '');
      expect(link.hash).toBe(linkHash(link));
    });
    expect(await chainHeadOf(database.db, 1)).toEqual({ seq: 4, hash: links[3]?.hash });
  });

  it('serializes concurrent first appends of one physician: one unbroken chain', async () => {
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => appendPair(2, n)));
    const links = await listChainLinks(database.db, 2);
    expect(links.map((link) => link.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    links.forEach((link, index) => expect(link.prevHash).toBe(links[index - 1]?.hash ?? ''));
    expect(await chainHeadOf(database.db, 2)).toEqual({ seq: 12, hash: links[11]?.hash });
  });
});
