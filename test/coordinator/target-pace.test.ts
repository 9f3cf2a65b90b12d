import { describe, expect, it } from 'vitest';
import { daysFrom, targetPace } from '../../src/coordinator/target-pace.js';

const base = { startDate: '2026-01-01', dueDate: '2026-01-31', programEnd: '2026-12-31', target: 100 };

describe('target pace', () => {
  it('counts whole days between local dates', () => {
    expect(daysFrom('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysFrom('2026-03-01', '2026-02-28')).toBe(-1);
  });

  it('on track: needed and current pace, forecast before the due date', () => {
    // 10 days elapsed (01-01..01-10), 50 done: 5 a day; 50 left over 22 days (01-10..01-31).
    const pace = targetPace({ ...base, actual: 50, today: '2026-01-10' });
    expect(pace).toEqual({
      status: 'ON_TRACK',
      percent: 50,
      remaining: 50,
      daysLeft: 22,
      neededPerDay: 50 / 22,
      currentPerDay: 5,
      forecastDate: '2026-01-20',
    });
  });

  it('behind: the forecast falls after the due date', () => {
    const pace = targetPace({ ...base, actual: 10, today: '2026-01-10' });
    expect(pace.status).toBe('BEHIND');
    expect(pace.forecastDate).toBe('2026-04-10');
    expect(pace.percent).toBe(10);
  });

  it('due today: one day left, everything remaining is needed today', () => {
    const pace = targetPace({ ...base, actual: 90, today: '2026-01-31' });
    expect(pace.daysLeft).toBe(1);
    expect(pace.neededPerDay).toBe(10);
    expect(pace.status).toBe('BEHIND');
    expect(pace.forecastDate).toBe('2026-02-04');
  });

  it('past due and not met: no days left, no needed pace, forecast still given', () => {
    const pace = targetPace({ ...base, actual: 62, today: '2026-02-01' });
    expect(pace.daysLeft).toBe(0);
    expect(pace.neededPerDay).toBeNull();
    expect(pace.status).toBe('BEHIND');
    expect(pace.forecastDate).toBe('2026-02-21');
  });

  it('zero pace: stalled, no forecast', () => {
    const pace = targetPace({ ...base, actual: 0, today: '2026-01-10' });
    expect(pace).toMatchObject({ status: 'STALLED', currentPerDay: 0, forecastDate: null, remaining: 100 });
    expect(pace.neededPerDay).toBeCloseTo(100 / 22);
  });

  it('before the start nothing has elapsed: too early rather than dividing by zero', () => {
    const pace = targetPace({ ...base, actual: 0, today: '2025-12-20' });
    expect(pace).toMatchObject({ status: 'TOO_EARLY', currentPerDay: 0, daysLeft: 43 });
  });

  it('already met (and exceeded): nothing remaining, percent above 100, no needed pace', () => {
    const pace = targetPace({ ...base, actual: 130, today: '2026-01-20' });
    expect(pace).toMatchObject({ status: 'MET', percent: 130, remaining: 0, neededPerDay: null, forecastDate: null });
  });

  it('too early: under a week of records gives no forecast', () => {
    const pace = targetPace({ ...base, actual: 30, today: '2026-01-06' });
    expect(pace).toMatchObject({ status: 'TOO_EARLY', forecastDate: null, remaining: 70 });
  });

  it('a forecast beyond the program’s end is no date: the target cannot be met in time', () => {
    const pace = targetPace({ ...base, programEnd: '2026-03-31', actual: 10, today: '2026-01-10' });
    expect(pace).toMatchObject({ status: 'UNREACHABLE', forecastDate: null });
  });

  it('floors the percent: 99.9 % is not done', () => {
    expect(targetPace({ ...base, target: 1000, actual: 999, today: '2026-01-10' }).percent).toBe(99);
  });
});
