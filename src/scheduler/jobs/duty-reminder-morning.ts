import type { ScheduledJob } from '../job.js';
import { mayRemind, sameDayBefore, todaySlot } from './personal-reminders.js';
import { plannedWithoutCheckIn, sendDutyReminders } from './planned-visits.js';

const NAME = 'duty-reminder-morning';

/** After 11:00 the morning reminder is stale: the midday nudge takes over. */
const USEFUL_UNTIL = '11:00';

/**
 * The morning of a planned visit (07:30): the duty reminder to each physician planned today who has not
 * checked in yet. Not on public holidays; yes on 补班 days.
 */
export const dutyReminderMorning: ScheduledJob = {
  name: NAME,
  cron: '30 7 * * *',
  slotOf: todaySlot,
  stillUseful: (slot, now, timeZone) => sameDayBefore(slot, now, timeZone, USEFUL_UNTIL),
  async run(ctx) {
    if (!mayRemind(ctx, NAME, ctx.slot)) return;
    const visits = await plannedWithoutCheckIn(ctx.db, ctx.slot);
    await sendDutyReminders(ctx, NAME, visits, ctx.slot, 'today');
  },
};
