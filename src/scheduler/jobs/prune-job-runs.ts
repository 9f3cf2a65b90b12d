import { pruneFinishedJobRuns } from '../../db/queries/job-runs.js';
import { localDate } from '../../time/local.js';
import type { ScheduledJob } from '../job.js';

/**
 * Daily housekeeping at 03:40: forgets finished job runs older than 30 days. The reminder jobs run every
 * 15 minutes (some 384 rows a day); only recent runs matter to `/任务` and to catching up a missed slot.
 */
export const pruneJobRunsJob: ScheduledJob = {
  name: 'prune-job-runs',
  cron: '40 3 * * *',
  slotOf: (now, timeZone) => localDate(now, timeZone),
  stillUseful: (slot, now, timeZone) => slot === localDate(now, timeZone),
  async run(ctx) {
    const removed = await pruneFinishedJobRuns(ctx.db, ctx.now());
    ctx.log.info({ removed }, 'old job runs pruned');
  },
};
