import { sameDayVisitReminder } from './planned-visits.js';

/**
 * The morning of a planned visit (the program's `morningAt`, default 07:30): the duty reminder with the
 * check-in button. Three and a half hours later (11:00 by default) it is stale: the midday nudge takes over.
 */
export const dutyReminderMorning = sameDayVisitReminder({
  name: 'duty-reminder-morning',
  time: 'morningAt',
  usefulMinutes: 210,
  moment: 'today',
});
