import { workLogNudgeCard } from '../../../cards/worklog-nudge.js';
import { listServiceDaysWithoutWorkLogOn } from '../../db/queries/service-day-lists.js';
import { localDate } from '../../time/local.js';
import type { ScheduledJob } from '../job.js';
import { mayRemind, remind, todaySlot } from './personal-reminders.js';

const NAME = 'nudge-no-worklog';

/**
 * Evening (20:00): to each physician who checked in today and has not logged the day's work, a nudge
 * with the button opening the work-log form. A logged day is not selected.
 */
export const nudgeNoWorkLog: ScheduledJob = {
  name: NAME,
  cron: '0 20 * * *',
  slotOf: todaySlot,
  // Useful for the rest of the day; the quiet hours stop it at night.
  stillUseful: (slot, now, timeZone) => localDate(now, timeZone) === slot,
  async run(ctx) {
    if (!mayRemind(ctx, NAME, ctx.slot)) return;
    for (const day of await listServiceDaysWithoutWorkLogOn(ctx.db, ctx.slot)) {
      const card = workLogNudgeCard(ctx.locale, {
        serviceDayId: day.id,
        clinic: day.institution.name,
        date: day.serviceDate,
      });
      await remind(ctx, NAME, day.physicianId, card, `${ctx.slot}:d${day.id}`);
    }
  },
};
