import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';

const postgres = testProviders().filter((provider) => provider === 'postgresql');

describe.skipIf(postgres.length === 0)('the PostgreSQL pool after a lull', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('postgresql');
  });

  afterAll(async () => {
    vi.useRealTimers();
    await database.destroy();
  });

  it('keeps its idle connection: the first query after a quiet hour meets the same server backend', async () => {
    // Only the pool's timers are faked (pg's default closed an idle connection after ten seconds);
    // the queries themselves run on real time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const backend = async () =>
      (await database.db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]?.pid;
    const before = await backend();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    const after = await backend();
    vi.useRealTimers();
    expect(before).toBeTypeOf('number');
    expect(after).toBe(before);
  });
});
