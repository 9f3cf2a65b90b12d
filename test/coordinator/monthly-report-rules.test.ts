import { describe, expect, it } from 'vitest';
import { daysAfter, reportState } from '../../src/coordinator/monthly-report/completeness.js';
import { reportDueDate } from '../../src/coordinator/monthly-report/drafting.js';
import { jobs } from '../../src/scheduler/jobs/index.js';
import { monthlyReportDraft } from '../../src/scheduler/jobs/monthly-report-draft.js';
import { zonedInstant } from '../../src/time/local.js';

const TZ = 'Asia/Shanghai';
const at = (date: string, time: string) => zonedInstant(date, time, TZ);

describe('monthly report rules', () => {
  it('due on the program day of the next month, or that month’s last day', () => {
    expect(reportDueDate({ reportDueDay: 2 }, '2026-11')).toBe('2026-12-02');
    expect(reportDueDate({ reportDueDay: 2 }, '2026-12')).toBe('2027-01-02');
    expect(reportDueDate({ reportDueDay: 31 }, '2027-01')).toBe('2027-02-28');
  });

  it('on time up to 23:59 of the due date (local), late from midnight; open or overdue unsubmitted', () => {
    const due = { dueDate: '2026-12-02' };
    const submitted = (instant: Date) => ({ ...due, status: 'SUBMITTED' as const, submittedAt: instant });
    expect(reportState(submitted(at('2026-12-02', '23:59')), '2026-12-10', TZ)).toBe('onTime');
    expect(reportState(submitted(at('2026-12-03', '00:01')), '2026-12-10', TZ)).toBe('late');
    expect(reportState({ ...due, status: 'DRAFTED', submittedAt: null }, '2026-12-02', TZ)).toBe('open');
    expect(reportState({ ...due, status: 'DRAFTED', submittedAt: null }, '2026-12-03', TZ)).toBe('overdue');
    expect([daysAfter('2026-12-02', '2026-12-02'), daysAfter('2026-12-02', '2026-12-05')]).toEqual([0, 3]);
  });

  it('the drafting job catches up a missed 09:00 the same day, never in quiet hours or a day later', () => {
    const useful = (date: string, time: string) => monthlyReportDraft.stillUseful('2026-12-01', at(date, time), TZ);
    expect(useful('2026-12-01', '15:00')).toBe(true);
    expect(useful('2026-12-01', '22:00')).toBe(false);
    expect(useful('2026-12-02', '08:00')).toBe(false);
    expect(jobs).toContain(monthlyReportDraft);
  });
});
