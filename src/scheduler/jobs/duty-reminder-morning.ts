import { sameDayVisitReminder } from './planned-visits.js';

/**
 * The morning of a planned visit (07:30): the duty reminder with the check-in button. After 11:00 a
 * missed slot is stale: the midday nudge takes over.
 */
export const dutyReminderMorning = sameDayVisitReminder({
  name: 'duty-reminder-morning',
  cron: '30 7 * * *',
  usefulUntil: '11:00',
  moment: 'today',
});
