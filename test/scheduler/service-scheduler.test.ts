import { describe, expect, it } from 'vitest';
import { findLastJobRun } from '../../src/db/queries/job-runs.js';
import { ManualClock } from '../../src/time/clock.js';
import { testProviders } from '../support/db.js';
import { startServiceHarness } from '../support/service-harness.js';
import { at } from './scheduler-support.js';

describe.each(testProviders())('the scheduler in the service (%s)', (provider) => {
  it('starts with the service on its clock and catches up the day’s housekeeping', async () => {
    const harness = await startServiceHarness({ provider, clock: new ManualClock(at('2026-03-02', '10:00')) });
    try {
      const { service } = harness;
      expect(service.scheduler).toBeDefined();
      expect(await findLastJobRun(service.database.db, 'prune-inbound-events')).toMatchObject({
        slot: '2026-03-02',
        status: 'DONE',
        claimedBy: service.dispatcher.replicaId,
      });
    } finally {
      await harness.stop();
    }
  });

  it('SCHEDULER_ENABLED=false starts no scheduler', async () => {
    const harness = await startServiceHarness({ provider, env: { SCHEDULER_ENABLED: 'false' } });
    try {
      expect(harness.service.scheduler).toBeUndefined();
      expect(await findLastJobRun(harness.service.database.db, 'prune-inbound-events')).toBeNull();
    } finally {
      await harness.stop();
    }
  });
});
