import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../src/core/event.js';
import { claimJobSlot, finishJobRun, findLastJobRun, listRecentJobRuns } from '../../src/db/queries/job-runs.js';
import { jobs } from '../../src/scheduler/jobs/index.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { at, testScheduler } from './scheduler-support.js';

const event = (eventId: string): InboundEvent => ({
  platform: 'FEISHU',
  eventId,
  occurredAt: new Date('2026-02-20T00:00:00Z'),
  sender: { userId: 'ou_prune' },
  chat: { id: 'oc_prune', type: 'p2p' },
  mentionsBot: false,
  body: { kind: 'menu', key: 'help' },
});

describe.each(testProviders())('prune-inbound-events job through the scheduler (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  it('at 03:30 forgets events older than the retention period, once per day', async () => {
    const record = (eventId: string, receivedAt: Date) =>
      database.journal.record({ platform: 'FEISHU', eventId, eventType: 'text', receivedAt, payload: event(eventId) });
    await record('old', at('2026-02-20', '12:00'));
    await record('recent', at('2026-02-28', '12:00'));
    const { scheduler } = testScheduler(database.db, jobs);
    await scheduler.tick(at('2026-03-02', '03:30'));
    expect(await findLastJobRun(database.db, 'prune-inbound-events')).toMatchObject({
      slot: '2026-03-02',
      status: 'DONE',
    });
    expect(await record('old', at('2026-03-02', '03:31'))).toBe(true);
    expect(await record('recent', at('2026-03-02', '03:31'))).toBe(false);
  });
});

describe.each(testProviders())('prune-job-runs job through the scheduler (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  it('at 03:40 forgets finished runs older than 30 days and keeps recent and running ones', async () => {
    const run = async (job: string, slot: string, startedAt: Date, finish: boolean) => {
      await claimJobSlot(database.db, { job, slot, claimedBy: 'test', at: startedAt });
      if (finish) await finishJobRun(database.db, { job, slot, status: 'DONE', at: startedAt, detail: '' });
    };
    await run('old-done', '2026-01-10', at('2026-01-10', '09:00'), true);
    await run('old-running', '2026-01-10', at('2026-01-10', '09:00'), false);
    await run('recent-done', '2026-02-20', at('2026-02-20', '09:00'), true);
    const { scheduler } = testScheduler(database.db, jobs);
    await scheduler.tick(at('2026-03-02', '03:40'));
    const kept = (await listRecentJobRuns(database.db, 100)).map((r) => r.job);
    expect(kept).not.toContain('old-done');
    expect(kept).toEqual(expect.arrayContaining(['old-running', 'recent-done', 'prune-job-runs']));
  });
});
