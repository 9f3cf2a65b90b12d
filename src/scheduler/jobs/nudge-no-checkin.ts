import { sameDayVisitReminder } from './planned-visits.js';

/**
 * Midday (12:00) on a planned day: a short nudge with the check-in button. A "you have not checked in"
 * nudge late in the afternoon helps nobody, so a slot missed past 16:00 is skipped.
 */
export const nudgeNoCheckIn = sameDayVisitReminder({
  name: 'nudge-no-checkin',
  cron: '0 12 * * *',
  usefulUntil: '16:00',
  moment: 'noCheckIn',
});
