import type { ScheduledJob } from '../job.js';
import { mayRemind, sameDayBefore, todaySlot } from './personal-reminders.js';
import { plannedWithoutCheckIn, sendDutyReminders } from './planned-visits.js';

const NAME = 'nudge-no-checkin';

/** A "you have not checked in" nudge late in the afternoon helps nobody: the day is gone. */
const USEFUL_UNTIL = '16:00';

/**
 * Midday (12:00) on a planned day: a short nudge with the check-in button to each physician planned
 * today who has not checked in. Whoever checked in by the time it runs is not selected.
 */
export const nudgeNoCheckIn: ScheduledJob = {
  name: NAME,
  cron: '0 12 * * *',
  slotOf: todaySlot,
  stillUseful: (slot, now, timeZone) => sameDayBefore(slot, now, timeZone, USEFUL_UNTIL),
  async run(ctx) {
    if (!mayRemind(ctx, NAME, ctx.slot)) return;
    const visits = await plannedWithoutCheckIn(ctx.db, ctx.slot);
    await sendDutyReminders(ctx, NAME, visits, ctx.slot, 'noCheckIn');
  },
};
