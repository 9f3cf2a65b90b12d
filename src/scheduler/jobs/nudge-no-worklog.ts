import { workLogNudgeCard } from '../../../cards/worklog-nudge.js';
import { listServiceDaysWithoutWorkLogOn } from '../../db/queries/service-day-lists.js';
import { notYetReminded, remind } from './personal-reminders.js';
import { programTimedJob, REST_OF_DAY_MINUTES } from './program-timed.js';

const NAME = 'nudge-no-worklog';

/**
 * Evening (the program's `noWorkLogAt`, default 20:00): to each physician who checked in today and has
 * not logged the day's work, a nudge with the button opening the work-log form. A logged day is not
 * selected. Worth sending for the rest of the day; the quiet hours stop it at night.
 */
export const nudgeNoWorkLog = programTimedJob({
  name: NAME,
  time: 'noWorkLogAt',
  usefulMinutes: REST_OF_DAY_MINUTES,
  dayOf: (date) => date,
  candidates: (ctx, day) => listServiceDaysWithoutWorkLogOn(ctx.db, day),
  async send(ctx, day, serviceDays) {
    const reminderOf = (serviceDay: (typeof serviceDays)[number]) => ({
      personId: serviceDay.physicianId,
      key: `${day}:d${serviceDay.id}`,
    });
    for (const serviceDay of await notYetReminded(ctx, NAME, serviceDays, reminderOf)) {
      const card = workLogNudgeCard(ctx.locale, {
        serviceDayId: serviceDay.id,
        clinic: serviceDay.institution.name,
        date: serviceDay.serviceDate,
      });
      const { personId, key } = reminderOf(serviceDay);
      await remind(ctx, NAME, personId, card, key);
    }
  },
});
