import type { ConfirmationStatus, Verification } from '../generated/sqlite/client.js';
import { addDays } from '../time/local.js';

/** Days after its date that a service day may wait for the clinic head before it counts as overdue. */
export const CONFIRMATION_GRACE_DAYS = 3;

/**
 * Why a service day is not simply counted as served:
 * - `CHECK_OUT_MISSING`: its day has ended without a check-out (flagged, never silently counted);
 * - `OPEN`: today's day, not checked out yet (still in progress);
 * - `UNVERIFIED`: the check-in or check-out had no location inside the geofence;
 * - `DISPUTED`: the clinic head disputed the visit;
 * - `UNCONFIRMED`: still awaiting the clinic head;
 * - `CONFIRMATION_OVERDUE`: awaiting the clinic head {@link CONFIRMATION_GRACE_DAYS} days or more after its date
 *   (counted as unconfirmed, never as confirmed).
 */
export type DayFlag = 'CHECK_OUT_MISSING' | 'OPEN' | 'UNVERIFIED' | 'DISPUTED' | 'UNCONFIRMED' | 'CONFIRMATION_OVERDUE';

/** What the classification needs of a service day. */
export interface ClassifiableDay {
  serviceDate: string;
  checkOutAt: Date | null;
  checkInVerification: Verification;
  checkOutVerification: Verification | null;
  confirmationStatus: ConfirmationStatus;
}

/** A day's standing: `complete` when nothing is flagged, otherwise every flag that applies. */
export interface DayStatus {
  complete: boolean;
  flags: DayFlag[];
}

/**
 * Classifies a service day as of a local date `today` (in the bot's time zone): complete (checked out,
 * verified, confirmed), or flagged with every reason it is not. Pure, so /本月, coordinator counts and
 * reminders all count the same way.
 */
export function classifyServiceDay(day: ClassifiableDay, today: string): DayStatus {
  const flags: DayFlag[] = [];
  if (day.checkOutAt === null) flags.push(day.serviceDate < today ? 'CHECK_OUT_MISSING' : 'OPEN');
  const unverified =
    day.checkInVerification === 'UNVERIFIED' || (day.checkOutAt !== null && day.checkOutVerification !== 'VERIFIED');
  if (unverified) flags.push('UNVERIFIED');
  if (day.confirmationStatus === 'DISPUTED') flags.push('DISPUTED');
  if (day.confirmationStatus === 'PENDING') {
    // Same cut-off as `listUnconfirmedServiceDaysOlderThan`: on the third day after the visit it is overdue.
    const overdue = addDays(day.serviceDate, CONFIRMATION_GRACE_DAYS) <= today;
    flags.push(overdue ? 'CONFIRMATION_OVERDUE' : 'UNCONFIRMED');
  }
  return { complete: flags.length === 0, flags };
}
