import { sendDeadlineNotice } from '../../broadcast/deadline-notices.js';
import { listSubscriptionsForTopic } from '../../db/queries/groups.js';
import type { ScheduledJob } from '../job.js';
import { sameDayBefore, todaySlot } from './personal-reminders.js';

/**
 * Every working day at 09:00: each group subscribed to deadlines gets what is due within 3 days or
 * overdue in its scope, when that list changed since its last notice (see `sendDeadlineNotice`). Not on
 * public holidays (nobody files reports then; the list comes on the next working day). A missed run is
 * caught up until 18:00.
 */
export const deadlineGroupNotices: ScheduledJob = {
  name: 'deadline-group-notices',
  cron: '0 9 * * *',
  slotOf: todaySlot,
  stillUseful: (slot, now, timeZone) => sameDayBefore(slot, now, timeZone, '18:00'),
  async run(ctx) {
    if (!ctx.calendar.isWorkingDay(ctx.slot)) {
      ctx.log.info({ slot: ctx.slot }, 'no deadline notices: not a working day');
      return;
    }
    const subscriptions = await listSubscriptionsForTopic(ctx.db, 'DEADLINES');
    for (const subscription of subscriptions) await sendDeadlineNotice(ctx, subscription, ctx.slot);
  },
};
