import { confirmationOverdue, stateOf, type DayRecord } from '../records/service-day-state.js';

/**
 * Why a service day needs a physician's attention, read from the one state model
 * (`src/records/service-day-state.ts`):
 * - `CHECK_OUT_MISSING` (未签退): its day has ended without a check-out (flagged, never silently counted);
 * - `OPEN` (已签到): today's day, not checked out yet (still in progress);
 * - `UNVERIFIED` (未核验): no location of the day was inside the fence (a 补卡 day is not flagged);
 * - `DISPUTED` (有异议): the clinic head disputed the visit;
 * - `UNCONFIRMED` (待确认): still awaiting the clinic head;
 * - `CONFIRMATION_OVERDUE`: awaiting the clinic head 3 days or more after its date;
 * - `SHORT` (时长不足): checked out before the program's minimum day, as the physician confirmed;
 * - `SPOT_CHECKED` (已抽查) / `SPOT_CHECK_FAILED` (抽查不符): a spot check found the day as recorded, or not.
 * A 补卡 day (已补卡) is complete: it owes no check-out, verification or confirmation.
 */
export type DayFlag =
  | 'CHECK_OUT_MISSING'
  | 'OPEN'
  | 'UNVERIFIED'
  | 'DISPUTED'
  | 'UNCONFIRMED'
  | 'CONFIRMATION_OVERDUE'
  | 'SHORT'
  | 'SPOT_CHECKED'
  | 'SPOT_CHECK_FAILED';

/** What the classification needs of a service day. */
export type ClassifiableDay = DayRecord;

/** A day's standing: `complete` when nothing is owed or wrong (已抽查 alone is fine), and every flag that applies. */
export interface DayStatus {
  complete: boolean;
  flags: DayFlag[];
}

/**
 * Classifies a service day as of a local date `today` (in the bot's time zone): complete, or flagged
 * with every reason it is not. Pure, so /本月, coordinator counts and reminders all count the same way.
 */
export function classifyServiceDay(day: ClassifiableDay, today: string): DayStatus {
  const state = stateOf(day, today);
  const flags: DayFlag[] = [];
  if (state.attendance === 'CHECK_OUT_MISSING') flags.push('CHECK_OUT_MISSING');
  if (state.attendance === 'CHECKED_IN') flags.push('OPEN');
  if (state.attendance !== 'CORRECTED' && state.verification === 'UNVERIFIED') flags.push('UNVERIFIED');
  if (state.confirmation === 'DISPUTED') flags.push('DISPUTED');
  if (state.confirmation === 'PENDING') {
    flags.push(confirmationOverdue(day, today) ? 'CONFIRMATION_OVERDUE' : 'UNCONFIRMED');
  }
  if (state.short) flags.push('SHORT');
  if (state.spotCheck === 'FAILED') flags.push('SPOT_CHECK_FAILED');
  // A day found as recorded is still complete: 已抽查 is shown, not owed.
  const complete = flags.length === 0;
  if (state.spotCheck === 'PASSED') flags.push('SPOT_CHECKED');
  return { complete, flags };
}
