import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordInboundEvent } from '../../src/db/queries/inbound-events.js';
import { findLastJobRun } from '../../src/db/queries/job-runs.js';
import { jobs } from '../../src/scheduler/jobs/index.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { at, testScheduler } from './scheduler-support.js';

describe.each(testProviders())('prune-inbound-events job through the scheduler (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  it('at 03:30 forgets events older than the retention period, once per day', async () => {
    const record = (eventId: string, receivedAt: Date) =>
      recordInboundEvent(database.db, { platform: 'FEISHU', eventId, eventType: 'text', receivedAt });
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
