import { describe, expect, it } from 'vitest';
import { classifyServiceDay, type ClassifiableDay } from '../../src/physician/day-status.js';

const day = (overrides: Partial<ClassifiableDay> = {}): ClassifiableDay => ({
  serviceDate: '2026-03-02',
  checkOutAt: new Date('2026-03-02T09:00:00Z'),
  checkInVerification: 'VERIFIED',
  checkOutVerification: 'VERIFIED',
  confirmationStatus: 'CONFIRMED',
  correctionId: null,
  ...overrides,
});

describe('classifyServiceDay', () => {
  it('a verified, checked-out, confirmed day is complete', () => {
    expect(classifyServiceDay(day(), '2026-03-20')).toEqual({ complete: true, flags: [] });
  });

  it('shows a spot check: 已抽查 leaves a day complete, 抽查不符 flags it', () => {
    expect(classifyServiceDay(day({ spotChecks: [{ passed: true }] }), '2026-03-20')).toEqual({
      complete: true,
      flags: ['SPOT_CHECKED'],
    });
    const failed = day({ spotChecks: [{ passed: false }], confirmationStatus: 'DISPUTED' });
    expect(classifyServiceDay(failed, '2026-03-20')).toEqual({
      complete: false,
      flags: ['DISPUTED', 'SPOT_CHECK_FAILED'],
    });
  });

  it('a day without check-out is open today and missing its check-out once the day has ended', () => {
    expect(classifyServiceDay(day({ checkOutAt: null, checkOutVerification: null }), '2026-03-02').flags).toEqual([
      'OPEN',
    ]);
    expect(classifyServiceDay(day({ checkOutAt: null, checkOutVerification: null }), '2026-03-03')).toEqual({
      complete: false,
      flags: ['CHECK_OUT_MISSING'],
    });
  });

  it('verification only goes up: a day is unverified only when no check point of it was inside the fence', () => {
    const unverified = { checkInVerification: 'UNVERIFIED', checkOutVerification: 'UNVERIFIED' } as const;
    expect(classifyServiceDay(day(unverified), '2026-03-02').flags).toEqual(['UNVERIFIED']);
    expect(classifyServiceDay(day({ checkInVerification: 'UNVERIFIED' }), '2026-03-02').flags).toEqual([]);
    expect(classifyServiceDay(day({ checkOutVerification: 'UNVERIFIED' }), '2026-03-02').flags).toEqual([]);
    const upgraded = day({ ...unverified, locationVerifiedAt: new Date('2026-03-02T01:05:00Z') });
    expect(classifyServiceDay(upgraded, '2026-03-02').flags).toEqual([]);
  });

  it('a 补卡 day is complete: no check-out, verification or confirmation owed', () => {
    const corrected = day({
      correctionId: 3,
      checkOutAt: null,
      checkOutVerification: null,
      checkInVerification: 'UNVERIFIED',
      confirmationStatus: 'PENDING',
    });
    expect(classifyServiceDay(corrected, '2026-03-20')).toEqual({ complete: true, flags: [] });
  });

  it('a confirmed short day is marked', () => {
    expect(classifyServiceDay(day({ shortDay: true }), '2026-03-20').flags).toEqual(['SHORT']);
  });

  it('awaiting confirmation is unconfirmed, and overdue from the third day after the visit', () => {
    const pending = day({ confirmationStatus: 'PENDING' });
    expect(classifyServiceDay(pending, '2026-03-04').flags).toEqual(['UNCONFIRMED']);
    expect(classifyServiceDay(pending, '2026-03-05').flags).toEqual(['CONFIRMATION_OVERDUE']);
    expect(classifyServiceDay(pending, '2026-04-01').complete).toBe(false);
  });

  it('a disputed day is flagged, and every applicable flag is listed', () => {
    expect(classifyServiceDay(day({ confirmationStatus: 'DISPUTED' }), '2026-03-02').flags).toEqual(['DISPUTED']);
    const worst = day({
      checkOutAt: null,
      checkOutVerification: null,
      checkInVerification: 'UNVERIFIED',
      confirmationStatus: 'PENDING',
    });
    expect(classifyServiceDay(worst, '2026-03-10').flags).toEqual([
      'CHECK_OUT_MISSING',
      'UNVERIFIED',
      'CONFIRMATION_OVERDUE',
    ]);
  });
});
