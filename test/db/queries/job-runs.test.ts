import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimJobSlot, findLastJobRun, finishJobRun, listRecentJobRuns } from '../../../src/db/queries/job-runs.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';

const at = (minute: number) => new Date(Date.UTC(2023, 7, 15, 0, minute));

describe.each(testProviders())('job runs on %s', (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  it('lets only the first claimer of a slot run it', async () => {
    const claim = { job: 'duty-reminder', slot: '2023-08-15', claimedBy: 'replica-a', at: at(0) };
    expect(await claimJobSlot(database.db, claim)).toBe(true);
    expect(await claimJobSlot(database.db, { ...claim, claimedBy: 'replica-b' })).toBe(false);
    expect(await claimJobSlot(database.db, { ...claim, slot: '2023-08-16', at: at(1) })).toBe(true);
    expect(await database.db.jobRun.count()).toBe(2);
  });

  it('gives exactly one winner among ten concurrent claimers', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        claimJobSlot(database.db, { job: 'monthly-report', slot: '2023-08', claimedBy: `replica-${i}`, at: at(2) }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await database.db.jobRun.count({ where: { job: 'monthly-report' } })).toBe(1);
  });

  it('records how a run ended and refuses an unclaimed slot', async () => {
    const done = await finishJobRun(database.db, {
      job: 'duty-reminder',
      slot: '2023-08-15',
      status: 'DONE',
      detail: 'sent 12',
      at: at(5),
    });
    expect(done).toMatchObject({ status: 'DONE', detail: 'sent 12', finishedAt: at(5), claimedBy: 'replica-a' });
    await expect(
      finishJobRun(database.db, { job: 'duty-reminder', slot: '1999-01-01', status: 'FAILED', at: at(5) }),
    ).rejects.toMatchObject({ reason: 'JOB_RUN_NOT_FOUND' });
  });

  it('finds the last run of a job and lists recent runs newest first', async () => {
    expect((await findLastJobRun(database.db, 'duty-reminder'))?.slot).toBe('2023-08-16');
    expect(await findLastJobRun(database.db, 'never')).toBeNull();
    expect((await listRecentJobRuns(database.db, 2)).map((r) => r.job)).toEqual(['monthly-report', 'duty-reminder']);
    expect((await listRecentJobRuns(database.db, 10, { job: 'duty-reminder' })).map((r) => r.slot)).toEqual([
      '2023-08-16',
      '2023-08-15',
    ]);
  });
});
