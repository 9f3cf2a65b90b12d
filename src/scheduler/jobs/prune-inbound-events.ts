import { pruneInboundEvents } from '../../db/queries/inbound-events.js';
import { localDate } from '../../time/local.js';
import type { ScheduledJob } from '../job.js';

/**
 * Daily housekeeping at 03:30: forgets accepted inbound events older than the retention period (their
 * only use is deduplicating redeliveries). Sends nothing; a missed run is worth doing later that day.
 */
export const pruneInboundEventsJob: ScheduledJob = {
  name: 'prune-inbound-events',
  cron: '30 3 * * *',
  slotOf: (now, timeZone) => localDate(now, timeZone),
  stillUseful: (slot, now, timeZone) => slot === localDate(now, timeZone),
  async run(ctx) {
    const removed = await pruneInboundEvents(ctx.db, ctx.now());
    ctx.log.info({ removed }, 'old inbound events pruned');
  },
};
