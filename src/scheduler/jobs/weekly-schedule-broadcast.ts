import { mondayOf, sendWeeklyVisits } from '../../broadcast/weekly-visits.js';
import { listSubscriptionsForTopic } from '../../db/queries/groups.js';
import { addDays, localDate } from '../../time/local.js';
import type { ScheduledJob } from '../job.js';

/**
 * Every Monday at 08:00: each group subscribed to a schedule gets the week's expert visits at its
 * clinic or in its region, one card per subscription and week (slot: the Monday).
 *
 * Sent on public holidays too: it is a schedule for residents, not a personal nudge, and visits planned
 * later that week still need announcing. A week without visits gets a short "暂无" card, so a visit
 * planned mid-week has a card to update. A missed Monday is caught up until the week ends.
 */
export const weeklyScheduleBroadcast: ScheduledJob = {
  name: 'weekly-schedule-broadcast',
  cron: '0 8 * * 1',
  slotOf: (now, timeZone) => mondayOf(localDate(now, timeZone)),
  stillUseful: (slot, now, timeZone) => localDate(now, timeZone) <= addDays(slot, 6),
  async run(ctx) {
    const subscriptions = await listSubscriptionsForTopic(ctx.db, 'SCHEDULE');
    for (const subscription of subscriptions) await sendWeeklyVisits(ctx, subscription, ctx.slot);
  },
};
