import { describe, expect, it } from 'vitest';
import { emptyFigures } from '../../src/coordinator/workload-figures.js';
import { WORK_LOG_METRICS } from '../../src/db/queries/work-logs.js';
import type { ServiceDayFact } from '../../src/db/queries/workload-facts.js';
import { parseMonthArgument } from '../../src/physician/month-argument.js';
import { summarizeMonth, type MonthDay } from '../../src/physician/month-summary.js';

const SHIMEN = { programId: 1, institutionId: 10, clinic: '石门镇卫生院' };
const SHUANGYANG = { programId: 1, institutionId: 11, clinic: '双洋镇卫生院' };

function day(serviceDate: string, overrides: Partial<MonthDay> = {}): MonthDay {
  return {
    ...SHIMEN,
    serviceDate,
    checkOutAt: new Date(),
    checkInVerification: 'VERIFIED',
    checkOutVerification: 'VERIFIED',
    confirmationStatus: 'CONFIRMED',
    correctionId: null,
    ...overrides,
  };
}

/** The fact of a day, as the figure catalogue reads it. */
function factOf(day: MonthDay, id: number): ServiceDayFact {
  return {
    serviceDayId: id,
    programId: day.programId,
    serviceDate: day.serviceDate,
    physicianId: 1,
    physicianName: '王秀英',
    title: null,
    specialty: null,
    supportingInstitutionId: null,
    supportingInstitutionName: null,
    institutionId: day.institutionId,
    institutionName: day.clinic,
    institutionRegionPath: '/35/',
    record: day,
    evidence: day.checkInVerification === 'VERIFIED' ? 'LOCATION_MESSAGE' : 'NONE',
    hasLog: false,
    values: Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, 0])) as ServiceDayFact['values'],
  };
}

describe('summarizeMonth', () => {
  const summary = (days: MonthDay[], today = '2026-03-31') =>
    summarizeMonth({
      month: '2026-03',
      today,
      assigned: [SHIMEN],
      days,
      facts: days.map(factOf),
      minimumOf: () => 2,
      corrected: [],
    });

  it('lists the spot-checked days, and a failed one among the days needing attention', () => {
    const result = summary([
      day('2026-03-02', { spotChecks: [{ passed: true }] }),
      day('2026-03-09', { confirmationStatus: 'DISPUTED', spotChecks: [{ passed: false }] }),
      day('2026-03-16'),
    ]);
    expect(result.spotChecked).toEqual([
      { date: '2026-03-02', clinic: '石门镇卫生院', failed: false },
      { date: '2026-03-09', clinic: '石门镇卫生院', failed: true },
    ]);
    expect(result.flagged).toEqual([
      { date: '2026-03-09', clinic: '石门镇卫生院', flags: ['DISPUTED', 'SPOT_CHECK_FAILED'] },
    ]);
  });

  it('counts confirmed days toward the minimum, per clinic, and shows days awaiting confirmation apart', () => {
    const result = summary([
      day('2026-03-02'),
      day('2026-03-03', SHUANGYANG),
      day('2026-03-09'),
      day('2026-03-30', { confirmationStatus: 'PENDING' }),
      day('2026-03-31', { ...SHUANGYANG, confirmationStatus: 'DISPUTED' }),
    ]);
    expect(result.clinics).toEqual([
      { clinic: '石门镇卫生院', counted: 2, pending: 1, minimum: 2 },
      { clinic: '双洋镇卫生院', counted: 1, pending: 0, minimum: 2 },
    ]);
  });

  it('counts an approved correction (补卡) as a complete day: counted, owing nothing, flagged for nothing', () => {
    const corrected = day('2026-03-05', {
      correctionId: 7,
      checkOutAt: null,
      checkOutVerification: null,
      checkInVerification: 'UNVERIFIED',
      confirmationStatus: 'PENDING',
    });
    const result = summary([corrected, day('2026-03-06')]);
    expect(result.clinics[0]).toEqual({ clinic: '石门镇卫生院', counted: 2, pending: 0, minimum: 2 });
    expect(result.figures).toMatchObject({
      serviceDays: 2,
      verifiedDays: 1,
      unverifiedDays: 0,
      correctedDays: 1,
      confirmedDays: 1,
      pendingDays: 0,
      disputedDays: 0,
    });
    expect(result.flagged).toEqual([]);
  });

  it('keeps verification and confirmation apart and never counts a waiting day as confirmed', () => {
    const result = summary(
      [
        day('2026-03-02', {
          checkInVerification: 'UNVERIFIED',
          checkOutVerification: 'UNVERIFIED',
          confirmationStatus: 'PENDING',
        }),
        day('2026-03-29', { confirmationStatus: 'PENDING' }),
        day('2026-03-30', { confirmationStatus: 'DISPUTED', checkOutAt: null, checkOutVerification: null }),
        day('2026-03-31', { checkOutAt: null, checkOutVerification: null }),
      ],
      '2026-03-31',
    );
    expect(result.figures).toEqual({
      ...emptyFigures(),
      physiciansServed: 1,
      clinicsServed: 1,
      serviceDays: 4,
      verifiedDays: 3,
      unverifiedDays: 1,
      confirmedDays: 1,
      pendingDays: 2,
      disputedDays: 1,
      // The three verified days were verified by a location message (no device reading).
      locationMessageDays: 3,
    });
    expect(result.flagged).toEqual([
      { date: '2026-03-02', clinic: '石门镇卫生院', flags: ['UNVERIFIED', 'CONFIRMATION_OVERDUE'] },
      { date: '2026-03-29', clinic: '石门镇卫生院', flags: ['UNCONFIRMED'] },
      { date: '2026-03-30', clinic: '石门镇卫生院', flags: ['CHECK_OUT_MISSING', 'DISPUTED'] },
    ]);
  });

  it('says how many days are left, including today, or that the month is over or ahead', () => {
    expect(summary([], '2026-03-31').calendar).toEqual({ kind: 'current', daysLeft: 1 });
    expect(summary([], '2026-03-01').calendar).toEqual({ kind: 'current', daysLeft: 31 });
    expect(summary([], '2026-04-01').calendar).toEqual({ kind: 'past' });
    expect(summary([], '2026-02-28').calendar).toEqual({ kind: 'future', days: 31 });
  });
});

describe('parseMonthArgument', () => {
  it.each([
    ['2026-10', '2026-10'],
    ['2026-9', '2026-09'],
    ['2026/10', '2026-10'],
    ['2026.1', '2026-01'],
    ['2026年3月', '2026-03'],
    ['2026-13', undefined],
    ['2026-00', undefined],
    ['10月', undefined],
    ['abc', undefined],
  ])('%s', (text, month) => {
    expect(parseMonthArgument(text)).toBe(month);
  });
});
