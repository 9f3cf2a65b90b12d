import { sameDayVisitReminder } from './planned-visits.js';

/**
 * Midday on a planned day (the program's `noCheckInAt`, default 12:00): a short nudge with the check-in
 * button. A "you have not checked in" nudge late in the afternoon helps nobody, so four hours later
 * (16:00 by default) a missed one is not sent.
 */
export const nudgeNoCheckIn = sameDayVisitReminder({
  name: 'nudge-no-checkin',
  time: 'noCheckInAt',
  usefulMinutes: 240,
  moment: 'noCheckIn',
});
