import { describe, expect, it } from 'vitest';
import { myMonthCard } from '../../cards/my-month.js';
import { myScheduleCard } from '../../cards/my-schedule.js';
import type { Card } from '../../src/core/card.js';
import { emptyFigures, type WorkloadFigures } from '../../src/coordinator/workload-figures.js';
import { WORK_LOG_METRICS } from '../../src/db/queries/work-logs.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';
import type { DayFlag } from '../../src/physician/day-status.js';
import type { MonthSummary } from '../../src/physician/month-summary.js';
import { datesBetween } from '../../src/time/local.js';

const LONG_CLINIC = '福建省龙岩市漳平市新桥镇中心卫生院（漳平市第二医院新桥分院）';
const LONG_ADDRESS = '福建省龙岩市漳平市新桥镇新桥村解放路 188 号卫生院综合楼三层医务科办公室旁';
const fits = (card: Card) => expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);
const totals = (of: number, logs: number): WorkloadFigures => ({
  ...emptyFigures(),
  serviceDays: 2,
  verifiedDays: 1,
  unverifiedDays: 1,
  confirmedDays: 1,
  pendingDays: 1,
  ...Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, of])),
  loggedDays: logs,
});

describe('my schedule card', () => {
  it('two assignments, today and tomorrow marked (neutral and Feishu)', () => {
    const card = myScheduleCard('zh-CN', {
      from: '2026-03-31',
      to: '2026-04-30',
      today: '2026-03-31',
      tomorrow: '2026-04-01',
      entries: [
        {
          clinic: '石门镇卫生院',
          address: '漳平市石门镇石门街 1 号',
          startDate: '2026-03-01',
          endDate: '2026-03-31',
          plannedDates: ['2026-03-31'],
        },
        { clinic: '双洋镇卫生院', address: '', startDate: '2026-04-01', endDate: '2026-04-30', plannedDates: [] },
        {
          clinic: '石门镇卫生院',
          address: '漳平市石门镇石门街 1 号',
          startDate: '2026-04-01',
          endDate: '2026-04-30',
          plannedDates: ['2026-04-01', '2026-04-08'],
        },
      ],
    });
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('stays under 30 KB with eight assignments planned every day of two months', () => {
    const dates = datesBetween('2026-03-01', '2026-04-30');
    const entry = {
      clinic: LONG_CLINIC,
      address: LONG_ADDRESS,
      startDate: '2026-03-01',
      endDate: '2026-04-30',
      plannedDates: dates,
    };
    fits(
      myScheduleCard('zh-CN', {
        from: '2026-03-01',
        to: '2026-04-30',
        today: '2026-03-01',
        tomorrow: '2026-03-02',
        entries: Array.from({ length: 8 }, () => entry),
      }),
    );
  });
});

describe('my month card', () => {
  const summary: MonthSummary = {
    month: '2026-03',
    today: '2026-03-31',
    calendar: { kind: 'current', daysLeft: 1 },
    clinics: [
      { clinic: '石门镇卫生院', counted: 2, pending: 1, minimum: 1 },
      { clinic: '双洋镇卫生院', counted: 0, pending: 0, minimum: 2 },
    ],
    figures: { ...totals(0, 1), patients: 23, lectures: 1 },
    flagged: [
      {
        date: '2026-03-02',
        clinic: '石门镇卫生院',
        flags: ['CHECK_OUT_MISSING', 'UNVERIFIED', 'CONFIRMATION_OVERDUE', 'SPOT_CHECK_FAILED'],
      },
    ],
    corrected: [{ date: '2026-03-05', clinic: '石门镇卫生院', approvedBy: '刘永健' }],
    spotChecked: [
      { date: '2026-03-02', clinic: '石门镇卫生院', failed: true },
      { date: '2026-03-09', clinic: '双洋镇卫生院', failed: false },
    ],
  };

  it('a month with a shortfall and a flagged day (neutral and Feishu)', () => {
    const card = myMonthCard('zh-CN', summary);
    expect(JSON.stringify(card)).toContain('"result":"抽查不符"');
    expect(JSON.stringify(card)).toContain('"result":"已抽查"');
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('a finished month with nothing to flag and no logs, in English', () => {
    const card = myMonthCard('en', {
      ...summary,
      calendar: { kind: 'past' },
      clinics: [{ clinic: '石门镇卫生院', counted: 3, pending: 0, minimum: 1 }],
      figures: totals(0, 0),
      flagged: [],
    });
    expect(card).toMatchSnapshot();
  });

  it('stays under 30 KB with every day of the month at two clinics flagged every way', () => {
    const flags: DayFlag[] = ['CHECK_OUT_MISSING', 'UNVERIFIED', 'DISPUTED', 'CONFIRMATION_OVERDUE'];
    const days = datesBetween('2026-03-01', '2026-03-31');
    fits(
      myMonthCard('zh-CN', {
        ...summary,
        calendar: { kind: 'future', days: 31 },
        clinics: Array.from({ length: 4 }, () => ({ clinic: LONG_CLINIC, counted: 31, pending: 31, minimum: 20 })),
        figures: totals(99_999, 62),
        flagged: [...days, ...days].map((date) => ({ date, clinic: LONG_CLINIC, flags })),
      }),
    );
  });
});
