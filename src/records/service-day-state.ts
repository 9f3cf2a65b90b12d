import type { ConfirmationStatus, Verification } from '../generated/sqlite/client.js';
import { addDays } from '../time/local.js';

/**
 * THE service-day state model (ARCHITECTURE.md "The service-day state model"). A service day has three
 * independent parts, each with one Chinese word (glossary):
 * - attendance: 已计划 → 已签到 → 已签退, or 未签退 once its date has passed without a check-out, or
 *   已补卡 when an approved correction made it (complete, nothing more owed);
 * - verification: 未核验 → 已核验, never back (a check-out without a location keeps the check-in's);
 * - confirmation: 待确认 → 已确认 / 有异议 (the clinic head may change their mind), or 无需确认 for a 补卡 day;
 * plus two marks: 时长不足 (the physician confirmed a day shorter than the program's minimum) and
 * 延迟记录 (the message time was not trusted, the handling time was recorded), and a spot check later
 * (已抽查 / 抽查不符; a failed check also makes the day 有异议 — `src/spot-check/record-outcome.ts`).
 *
 * Every flow asks {@link nextState} whether its event is allowed before writing, and reads a stored day
 * through {@link stateOf}; counts ask the predicates ({@link isVerified}, {@link countsTowardMinimum},
 * {@link owesConfirmation}, {@link owesWorkLog}). Pure: no database, no clock.
 */

/** Where the day's attendance stands. */
export type AttendanceState = 'PLANNED' | 'CHECKED_IN' | 'CHECKED_OUT' | 'CHECK_OUT_MISSING' | 'CORRECTED';
/** Whether a location inside the clinic's fence was received for the day. */
export type VerificationState = Verification;
/** The clinic head's side; `NOT_OWED` for a day made by an approved correction. */
export type ConfirmationState = ConfirmationStatus | 'NOT_OWED';
/** A later spot check (四不两直): not yet done, found as recorded, or found otherwise. */
export type SpotCheckState = 'NONE' | 'PASSED' | 'FAILED';

/** One spot check of a recorded day, as the model reads it: whether the inspector found it as recorded. */
export interface SpotCheckFinding {
  passed: boolean;
}

/** The state of one service day. */
export interface DayState {
  attendance: AttendanceState;
  verification: VerificationState;
  confirmation: ConfirmationState;
  spotCheck: SpotCheckState;
  /** 时长不足: checked out before the program's minimum, confirmed by the physician. */
  short: boolean;
  /** 延迟记录: the check-in or check-out carries the handling time, not the message time. */
  late: boolean;
}

/** What the model reads of a stored service day (a `service_days` row fits). */
export interface DayRecord {
  serviceDate: string;
  checkOutAt: Date | null;
  checkInVerification: Verification;
  checkOutVerification: Verification | null;
  confirmationStatus: ConfirmationStatus;
  correctionId: number | null;
  locationVerifiedAt?: Date | null;
  shortDay?: boolean;
  checkInLate?: boolean;
  checkOutLate?: boolean;
  /** The day's spot checks in the order recorded (`spot_check_outcomes`, appended, never changed). */
  spotChecks?: readonly SpotCheckFinding[];
}

/** The one Chinese word (glossary term) of each state, for cards, exports and reminders. */
export const STATE_TERMS = {
  attendance: {
    PLANNED: 'statePlanned',
    CHECKED_IN: 'stateCheckedIn',
    CHECKED_OUT: 'stateCheckedOut',
    CHECK_OUT_MISSING: 'stateCheckOutMissing',
    CORRECTED: 'stateCorrected',
  },
  verification: { VERIFIED: 'verified', UNVERIFIED: 'unverified' },
  confirmation: {
    PENDING: 'unconfirmed',
    CONFIRMED: 'confirmed',
    DISPUTED: 'disputed',
    NOT_OWED: 'confirmationNotOwed',
  },
  spotCheck: { NONE: 'stateNotSpotChecked', PASSED: 'stateSpotChecked', FAILED: 'stateSpotCheckFailed' },
} as const;

/**
 * The state of a stored day as of a local date `today`. A 补卡 day is complete and owes no confirmation
 * whatever its row says; verification is the highest any of the day's check points reached.
 */
export function stateOf(day: DayRecord, today: string): DayState {
  const corrected = day.correctionId !== null;
  return {
    attendance: corrected
      ? 'CORRECTED'
      : day.checkOutAt !== null
        ? 'CHECKED_OUT'
        : day.serviceDate < today
          ? 'CHECK_OUT_MISSING'
          : 'CHECKED_IN',
    verification: isVerified(day) ? 'VERIFIED' : 'UNVERIFIED',
    confirmation: confirmationOf(day),
    spotCheck: spotCheckOf(day),
    short: day.shortDay === true,
    late: day.checkInLate === true || day.checkOutLate === true,
  };
}

/** The state of a planned date nobody has recorded yet. */
export const PLANNED_DAY: DayState = {
  attendance: 'PLANNED',
  verification: 'UNVERIFIED',
  confirmation: 'PENDING',
  spotCheck: 'NONE',
  short: false,
  late: false,
};

/** What can happen to a service day. */
export type DayEvent =
  | { kind: 'CHECK_IN'; verified: boolean; late: boolean }
  | { kind: 'CHECK_OUT'; verified: boolean; late: boolean; short: boolean }
  | { kind: 'LOCATION_VERIFIED' }
  | { kind: 'CONFIRM' }
  | { kind: 'DISPUTE' }
  | { kind: 'CORRECTION_APPROVED' }
  | { kind: 'SPOT_CHECK'; passed: boolean };

/** Why an event is not allowed in a state. */
export type Refusal =
  | 'ALREADY_CHECKED_IN'
  | 'NOT_CHECKED_IN'
  | 'ALREADY_CHECKED_OUT'
  | 'DAY_OVER'
  | 'ALREADY_VERIFIED'
  | 'CONFIRMATION_NOT_OWED'
  | 'ALREADY_RECORDED'
  | 'NOT_RECORDED';

/** The state after an event, or why the event is refused. */
export type Transition = { ok: true; state: DayState } | { ok: false; refusal: Refusal };

const up = (state: DayState, verified: boolean): VerificationState =>
  verified || state.verification === 'VERIFIED' ? 'VERIFIED' : 'UNVERIFIED';

/**
 * The only transitions allowed (the table in ARCHITECTURE.md):
 *
 * | event | from | to |
 * |---|---|---|
 * | CHECK_IN | 已计划 | 已签到 (已核验 if inside the fence) |
 * | CHECK_OUT | 已签到 | 已签退; verification only goes up; 时长不足 if confirmed short |
 * | LOCATION_VERIFIED | 已签到 / 已签退 / 未签退, 未核验 | same, 已核验 |
 * | CONFIRM / DISPUTE | any recorded day owing confirmation | 已确认 / 有异议 |
 * | CORRECTION_APPROVED | 已计划 | 已补卡, 无需确认 |
 * | SPOT_CHECK | any recorded day | 已抽查 / 抽查不符 (and 有异议 unless 无需确认); 抽查不符 stays |
 */
export function nextState(state: DayState, event: DayEvent): Transition {
  const ok = (next: Partial<DayState>): Transition => ({ ok: true, state: { ...state, ...next } });
  const recorded = state.attendance !== 'PLANNED';
  switch (event.kind) {
    case 'CHECK_IN':
      if (recorded) return { ok: false, refusal: 'ALREADY_CHECKED_IN' };
      return ok({ attendance: 'CHECKED_IN', verification: up(state, event.verified), late: event.late });
    case 'CHECK_OUT':
      if (state.attendance === 'PLANNED') return { ok: false, refusal: 'NOT_CHECKED_IN' };
      if (state.attendance === 'CHECK_OUT_MISSING') return { ok: false, refusal: 'DAY_OVER' };
      if (state.attendance !== 'CHECKED_IN') return { ok: false, refusal: 'ALREADY_CHECKED_OUT' };
      return ok({
        attendance: 'CHECKED_OUT',
        verification: up(state, event.verified),
        short: event.short,
        late: state.late || event.late,
      });
    case 'LOCATION_VERIFIED':
      if (!recorded || state.attendance === 'CORRECTED') return { ok: false, refusal: 'NOT_CHECKED_IN' };
      if (state.verification === 'VERIFIED') return { ok: false, refusal: 'ALREADY_VERIFIED' };
      return ok({ verification: 'VERIFIED' });
    case 'CONFIRM':
    case 'DISPUTE':
      if (!recorded) return { ok: false, refusal: 'NOT_RECORDED' };
      if (state.confirmation === 'NOT_OWED') return { ok: false, refusal: 'CONFIRMATION_NOT_OWED' };
      return ok({ confirmation: event.kind === 'CONFIRM' ? 'CONFIRMED' : 'DISPUTED' });
    case 'CORRECTION_APPROVED':
      if (recorded) return { ok: false, refusal: 'ALREADY_RECORDED' };
      return ok({ attendance: 'CORRECTED', confirmation: 'NOT_OWED' });
    case 'SPOT_CHECK':
      if (!recorded) return { ok: false, refusal: 'NOT_RECORDED' };
      if (event.passed) return ok({ spotCheck: afterSpotCheck(state.spotCheck, true) });
      // Found otherwise than recorded: the day no longer counts until someone sorts it out (有异议).
      return ok({
        spotCheck: afterSpotCheck(state.spotCheck, false),
        confirmation: state.confirmation === 'NOT_OWED' ? 'NOT_OWED' : 'DISPUTED',
      });
  }
}

/** The spot-check part after one more check: a check that finds the physician there does not undo one that did not. */
function afterSpotCheck(current: SpotCheckState, passed: boolean): SpotCheckState {
  return passed && current !== 'FAILED' ? 'PASSED' : 'FAILED';
}

/**
 * The spot-check part of a stored day: its recorded checks folded as {@link nextState}'s `SPOT_CHECK`
 * folds them. Only this part is read from the checks: the dispute a failed check causes is stored
 * already (appended as a confirmation), and the clinic head may settle it later.
 */
export function spotCheckOf(day: Pick<DayRecord, 'spotChecks'>): SpotCheckState {
  return (day.spotChecks ?? []).reduce<SpotCheckState>((state, check) => afterSpotCheck(state, check.passed), 'NONE');
}

/** Whether a location inside the fence was received for the day, at check-in, check-out or later. */
export function isVerified(day: DayRecord): boolean {
  return (
    day.checkInVerification === 'VERIFIED' ||
    day.checkOutVerification === 'VERIFIED' ||
    (day.locationVerifiedAt ?? null) !== null
  );
}

/** The confirmation state of a stored day: 无需确认 for a 补卡 day, else the clinic head's latest verdict. */
export function confirmationOf(day: DayRecord): ConfirmationState {
  return isCorrected(day) ? 'NOT_OWED' : day.confirmationStatus;
}

/** Whether the day was made by an approved correction (补卡). */
export function isCorrected(day: DayRecord): boolean {
  return day.correctionId !== null;
}

/**
 * Whether the day counts toward the monthly minimum: the clinic head confirmed it, or an approved
 * correction made it. A day awaiting confirmation is shown apart (待确认), a disputed one never counts.
 */
export function countsTowardMinimum(day: DayRecord): boolean {
  return isCorrected(day) || day.confirmationStatus === 'CONFIRMED';
}

/** Whether the day still waits for the clinic head (a 补卡 day never does). */
export function owesConfirmation(day: DayRecord): boolean {
  return !isCorrected(day) && day.confirmationStatus === 'PENDING';
}

/** Days after its date that a day may wait for the clinic head before it is overdue (逾期). */
export const CONFIRMATION_GRACE_DAYS = 3;

/** Whether the day has waited for the clinic head {@link CONFIRMATION_GRACE_DAYS} days or more by `today`. */
export function confirmationOverdue(day: DayRecord, today: string): boolean {
  return owesConfirmation(day) && addDays(day.serviceDate, CONFIRMATION_GRACE_DAYS) <= today;
}

/** Whether a missing work log of a past day is chased (a 补卡 day is complete as approved). */
export function owesWorkLog(day: DayRecord & { hasLog: boolean }, today: string): boolean {
  return !isCorrected(day) && !day.hasLog && day.serviceDate < today;
}
