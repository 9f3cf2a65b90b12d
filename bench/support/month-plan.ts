import { addDays, datesBetween } from '../../src/time/local.js';

/**
 * The plan of P6's simulated month, and what it should make the service send, computed from the plan
 * alone (not from the service's code): the expected reminders per person, kind and day.
 */

/** How big a month to simulate. */
export interface MonthSize {
  physicians: number;
  clinics: number;
  /** Days simulated from `first`. */
  days: number;
  /** The first simulated day (`YYYY-MM-DD`); the run starts the evening before. */
  first: string;
}

/** The full province month of the issue: 2,000 physicians, 1,500 clinics, November 2026 (no public holiday). */
export const PROVINCE_MONTH: MonthSize = { physicians: 2000, clinics: 1500, days: 30, first: '2026-11-01' };

/** One planned visit and how its physician behaves that day (local times). */
export interface PlannedVisit {
  physician: number;
  clinic: number;
  date: string;
  /** When the physician checks in: 08:00–10:30, or 12:30 for a late one (after the midday nudge). */
  checkInAt: string;
  /** When the day's work is logged: 17:00 / 17:30, or 20:30 for a late one (after the evening nudge). */
  logAt: string;
}

/** The reminder kinds P6 checks, as the scheduler's job names (plus the clinic heads' visit notice). */
export type ReminderKind =
  'duty-reminder-evening' | 'duty-reminder-morning' | 'nudge-no-checkin' | 'nudge-no-worklog' | 'visit-notice';

/** Visits of one physician are this many working days apart: never on consecutive days, so the daily cap of three reminders never binds. */
const STRIDE = 5;
const ON_TIME_CHECK_INS = ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30'];

/** Monday to Friday (the month is chosen without public holidays or 补班 days). */
export function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/** Scales the province month: `scale` 0.01 is 20 physicians at 15 clinics. */
export function scaledMonth(scale: number, days = PROVINCE_MONTH.days): MonthSize {
  return {
    ...PROVINCE_MONTH,
    physicians: Math.max(1, Math.round(PROVINCE_MONTH.physicians * scale)),
    clinics: Math.max(1, Math.round(PROVINCE_MONTH.clinics * scale)),
    days,
  };
}

/**
 * Every planned visit: physician p serves clinic p mod clinics on every fifth working day, starting on
 * working day p mod 5.
 */
export function planVisits(size: MonthSize): PlannedVisit[] {
  const workingDays = datesBetween(size.first, addDays(size.first, size.days - 1)).filter(isWeekday);
  const visits: PlannedVisit[] = [];
  for (let p = 0; p < size.physicians; p++) {
    for (let w = p % STRIDE; w < workingDays.length; w += STRIDE) {
      visits.push({
        physician: p,
        clinic: p % size.clinics,
        date: workingDays[w] as string,
        // One physician in ten always checks in late, another always logs late.
        checkInAt: p % 10 === 0 ? '12:30' : (ON_TIME_CHECK_INS[(p + w) % ON_TIME_CHECK_INS.length] as string),
        logAt: p % 10 === 5 ? '20:30' : (p + w) % 2 ? '17:00' : '17:30',
      });
    }
  }
  return visits;
}

/** A reminder as counted: who (open_id), which kind, on which local day. */
export const reminderKey = (openId: string, kind: ReminderKind, day: string) => `${openId}|${kind}|${day}`;

/**
 * The reminders the plan calls for, each exactly once (program times at their defaults: evening 18:00,
 * morning 07:30, no check-in 12:00, no work log 20:00): the evening before each visit the physician's
 * duty reminder and one notice to the clinic's head; the visit's morning reminder (nobody checks in
 * before 07:30); the midday nudge when the check-in comes after 12:00; the evening nudge when the log
 * comes after 20:00. Reminders about days outside the simulated span are not expected.
 */
export function expectedReminders(
  visits: readonly PlannedVisit[],
  physicianOpenId: (p: number) => string,
  headOpenId: (clinic: number) => string,
): Set<string> {
  const expected = new Set<string>();
  for (const visit of visits) {
    const physician = physicianOpenId(visit.physician);
    const eve = addDays(visit.date, -1);
    expected.add(reminderKey(physician, 'duty-reminder-evening', eve));
    expected.add(reminderKey(headOpenId(visit.clinic), 'visit-notice', eve));
    expected.add(reminderKey(physician, 'duty-reminder-morning', visit.date));
    if (visit.checkInAt > '12:00') expected.add(reminderKey(physician, 'nudge-no-checkin', visit.date));
    if (visit.logAt > '20:00') expected.add(reminderKey(physician, 'nudge-no-worklog', visit.date));
  }
  return expected;
}
