import { describe, expect, it } from 'vitest';
import {
  confirmationOverdue,
  countsTowardMinimum,
  isVerified,
  nextState,
  owesConfirmation,
  owesWorkLog,
  PLANNED_DAY,
  spotCheckOf,
  stateOf,
  type DayRecord,
  type DayState,
} from '../../src/records/service-day-state.js';

const record = (overrides: Partial<DayRecord> = {}): DayRecord => ({
  serviceDate: '2026-03-02',
  checkOutAt: null,
  checkInVerification: 'UNVERIFIED',
  checkOutVerification: null,
  confirmationStatus: 'PENDING',
  correctionId: null,
  ...overrides,
});

const must = (transition: ReturnType<typeof nextState>): DayState => {
  if (!transition.ok) throw new Error(transition.refusal);
  return transition.state;
};

describe('the service-day state model', () => {
  it('walks planned → checked in → checked out, verification only going up', () => {
    const verifiedIn = must(nextState(PLANNED_DAY, { kind: 'CHECK_IN', verified: true, late: false }));
    expect(verifiedIn).toMatchObject({ attendance: 'CHECKED_IN', verification: 'VERIFIED' });
    const out = must(nextState(verifiedIn, { kind: 'CHECK_OUT', verified: false, late: false, short: false }));
    expect(out).toMatchObject({ attendance: 'CHECKED_OUT', verification: 'VERIFIED' });
    expect(nextState(out, { kind: 'CHECK_OUT', verified: true, late: false, short: false })).toEqual({
      ok: false,
      refusal: 'ALREADY_CHECKED_OUT',
    });
    expect(nextState(verifiedIn, { kind: 'CHECK_IN', verified: false, late: false })).toEqual({
      ok: false,
      refusal: 'ALREADY_CHECKED_IN',
    });
  });

  it('upgrades an unverified day once by a later location, never a verified or unrecorded one', () => {
    const unverified = must(nextState(PLANNED_DAY, { kind: 'CHECK_IN', verified: false, late: false }));
    const upgraded = must(nextState(unverified, { kind: 'LOCATION_VERIFIED' }));
    expect(upgraded.verification).toBe('VERIFIED');
    expect(nextState(upgraded, { kind: 'LOCATION_VERIFIED' })).toEqual({ ok: false, refusal: 'ALREADY_VERIFIED' });
    expect(nextState(PLANNED_DAY, { kind: 'LOCATION_VERIFIED' })).toEqual({ ok: false, refusal: 'NOT_CHECKED_IN' });
  });

  it('makes an approved correction a complete day that owes no confirmation, only on an unrecorded day', () => {
    const corrected = must(nextState(PLANNED_DAY, { kind: 'CORRECTION_APPROVED' }));
    expect(corrected).toMatchObject({ attendance: 'CORRECTED', confirmation: 'NOT_OWED' });
    expect(nextState(corrected, { kind: 'CONFIRM' })).toEqual({ ok: false, refusal: 'CONFIRMATION_NOT_OWED' });
    expect(nextState(corrected, { kind: 'CHECK_OUT', verified: false, late: false, short: false }).ok).toBe(false);
    const checkedIn = must(nextState(PLANNED_DAY, { kind: 'CHECK_IN', verified: false, late: false }));
    expect(nextState(checkedIn, { kind: 'CORRECTION_APPROVED' })).toEqual({ ok: false, refusal: 'ALREADY_RECORDED' });
  });

  it('lets the clinic head confirm, dispute and change their mind; a spot check is defined for recorded days', () => {
    const checkedIn = must(nextState(PLANNED_DAY, { kind: 'CHECK_IN', verified: false, late: false }));
    const disputed = must(nextState(checkedIn, { kind: 'DISPUTE' }));
    expect(must(nextState(disputed, { kind: 'CONFIRM' })).confirmation).toBe('CONFIRMED');
    expect(must(nextState(checkedIn, { kind: 'SPOT_CHECK', passed: false }))).toMatchObject({
      spotCheck: 'FAILED',
      confirmation: 'DISPUTED',
    });
    expect(must(nextState(checkedIn, { kind: 'SPOT_CHECK', passed: true })).confirmation).toBe('PENDING');
    expect(nextState(PLANNED_DAY, { kind: 'SPOT_CHECK', passed: true })).toEqual({
      ok: false,
      refusal: 'NOT_RECORDED',
    });
  });

  it('keeps 抽查不符 once found: a later check finding the physician there does not undo it', () => {
    const checkedIn = must(nextState(PLANNED_DAY, { kind: 'CHECK_IN', verified: true, late: false }));
    const failed = must(nextState(checkedIn, { kind: 'SPOT_CHECK', passed: false }));
    expect(must(nextState(failed, { kind: 'SPOT_CHECK', passed: true })).spotCheck).toBe('FAILED');
    const corrected = must(nextState(PLANNED_DAY, { kind: 'CORRECTION_APPROVED' }));
    expect(must(nextState(corrected, { kind: 'SPOT_CHECK', passed: false }))).toMatchObject({
      spotCheck: 'FAILED',
      confirmation: 'NOT_OWED',
    });
  });

  it('reads a stored day’s spot checks (appended rows) as 未抽查 / 已抽查 / 抽查不符', () => {
    expect(stateOf(record(), '2026-03-02').spotCheck).toBe('NONE');
    expect(stateOf(record({ spotChecks: [{ passed: true }] }), '2026-03-02').spotCheck).toBe('PASSED');
    expect(spotCheckOf({ spotChecks: [{ passed: false }, { passed: true }] })).toBe('FAILED');
    expect(spotCheckOf({ spotChecks: [{ passed: true }, { passed: false }] })).toBe('FAILED');
    // The dispute a failed check caused is read from the stored confirmation, so the clinic head can settle it.
    const settled = record({ confirmationStatus: 'CONFIRMED', spotChecks: [{ passed: false }] });
    expect(stateOf(settled, '2026-03-02')).toMatchObject({ spotCheck: 'FAILED', confirmation: 'CONFIRMED' });
  });

  it('reads stored rows: a missing check-out once the day is over, the marks, and old rows as they were', () => {
    expect(stateOf(record(), '2026-03-02').attendance).toBe('CHECKED_IN');
    expect(stateOf(record(), '2026-03-03').attendance).toBe('CHECK_OUT_MISSING');
    expect(stateOf(record({ shortDay: true, checkOutLate: true }), '2026-03-02')).toMatchObject({
      short: true,
      late: true,
    });
    // A row written before the new columns existed reads as it always did.
    const old = record({ checkInVerification: 'VERIFIED', checkOutAt: new Date(), checkOutVerification: 'VERIFIED' });
    expect(stateOf(old, '2026-03-10')).toMatchObject({ attendance: 'CHECKED_OUT', verification: 'VERIFIED' });
  });

  it('exposes the predicates the figure catalogue counts with', () => {
    expect(isVerified(record({ checkOutVerification: 'VERIFIED' }))).toBe(true);
    expect(isVerified(record({ locationVerifiedAt: new Date() }))).toBe(true);
    expect(isVerified(record())).toBe(false);
    expect(countsTowardMinimum(record({ confirmationStatus: 'CONFIRMED' }))).toBe(true);
    expect(countsTowardMinimum(record())).toBe(false);
    expect(countsTowardMinimum(record({ confirmationStatus: 'DISPUTED' }))).toBe(false);
    expect(countsTowardMinimum(record({ correctionId: 1 }))).toBe(true);
    expect(owesConfirmation(record())).toBe(true);
    expect(owesConfirmation(record({ correctionId: 1 }))).toBe(false);
    expect(confirmationOverdue(record(), '2026-03-04')).toBe(false);
    expect(confirmationOverdue(record(), '2026-03-05')).toBe(true);
    expect(owesWorkLog({ ...record(), hasLog: false }, '2026-03-03')).toBe(true);
    expect(owesWorkLog({ ...record({ correctionId: 1 }), hasLog: false }, '2026-03-03')).toBe(false);
    expect(owesWorkLog({ ...record(), hasLog: false }, '2026-03-02')).toBe(false);
  });
});
