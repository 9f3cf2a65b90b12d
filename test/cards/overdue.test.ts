import { describe, expect, it } from 'vitest';
import { overdueCard, type OverdueCardView } from '../../cards/overdue.js';
import { overdueReminderCard } from '../../cards/overdue-reminder.js';
import type { Card } from '../../src/core/card.js';
import type { DayItem, OverdueLists } from '../../src/coordinator/overdue-lists.js';
import { addDays } from '../../src/time/local.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

const bytes = (card: Card) => cardRequestBytes(renderFeishuCard(card));
const remind = { month: '2026-11', scope: '漳平市', program: '' };

const EVIDENCE_CYCLE = ['DEVICE', 'LOCATION_MESSAGE', 'NONE'] as const;
const day = (physicianId: number, clinicId: number, date: string): DayItem => ({
  serviceDayId: physicianId * 100 + Number(date.slice(8)),
  physicianId,
  physician: `医师${physicianId}`,
  clinicId,
  clinic: `第${clinicId}卫生院`,
  date,
  evidence: EVIDENCE_CYCLE[Number(date.slice(8)) % EVIDENCE_CYCLE.length] ?? 'NONE',
});

const lists: OverdueLists = {
  month: '2026-11',
  today: '2026-11-22',
  reports: {
    total: 18,
    items: [
      {
        institutionId: 4,
        hospital: '漳平市中医院',
        regionPath: '/35/3508/350881/',
        period: '2026-10',
        dueDate: '2026-11-02',
        daysLate: 20,
      },
    ],
  },
  minimum: {
    total: 4,
    items: [
      {
        physicianId: 6,
        physician: '林芳',
        hospital: '漳平市医院',
        clinicId: 2,
        clinic: '双洋镇卫生院',
        served: 0,
        pending: 0,
        required: 1,
        deadline: '2026-11-15',
        daysLeft: 0,
        planned: 0,
      },
    ],
  },
  atRisk: {
    total: 36,
    items: [
      {
        physicianId: 7,
        physician: '陈明',
        hospital: '漳平市医院',
        clinicId: 3,
        clinic: '新桥镇卫生院',
        served: 0,
        pending: 0,
        required: 1,
        deadline: '2026-11-30',
        daysLeft: 9,
        planned: 0,
      },
      {
        physicianId: 8,
        physician: '林芳',
        hospital: '漳平市医院',
        clinicId: 2,
        clinic: '双洋镇卫生院',
        served: 1,
        pending: 1,
        required: 4,
        deadline: '2026-11-30',
        daysLeft: 9,
        planned: 1,
      },
    ],
  },
  worklogs: { total: 120, items: [day(7, 3, '2026-11-03'), day(7, 3, '2026-11-10'), day(8, 5, '2026-11-12')] },
  confirms: { total: 100, items: [day(8, 5, '2026-11-12'), day(9, 5, '2026-11-12')] },
  spotChecks: { total: 2, items: [day(7, 3, '2026-11-10')] },
};

const reach = { reports: 2, minimum: 1, atRisk: 1, worklogs: 2, confirms: 1 };
const view: OverdueCardView = { scopeLabel: '漳平市', program: null, lists, remind, reach };

/** A list of `n` days, each its own physician at one of 30 clinics. */
function manyDays(n: number): DayItem[] {
  return Array.from({ length: n }, (_, i) => ({
    ...day(1000 + i, i % 30, addDays('2026-11-01', i % 20)),
    physician: `欧阳${'明'.repeat(2)}${i}`,
    clinic: `福建省龙岩市漳平市新桥镇中心卫生院${i % 30}`,
  }));
}

describe('overdue card', () => {
  it('overdue lists and the at-risk list with numerator/denominator, tables and a button each naming whom it reaches (neutral and Feishu)', () => {
    const card = overdueCard('zh-CN', view);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
    const buttons = card.elements.flatMap((e) => (e.kind === 'actions' ? e.buttons : []));
    expect(buttons.map((b) => b.value?.reason)).toEqual(['reports', 'minimum', 'atRisk', 'worklogs', 'confirms']);
    expect(buttons.map((b) => b.text)).toEqual([
      '催办（2 人）',
      '催办（1 人）',
      '提醒有风险的人员（1 人）',
      '催办（2 人）',
      '催办（1 人）',
    ]);
    expect(buttons[0]?.value).toEqual({ reason: 'reports', ...remind });
    // The follow-ups of failed spot checks come last, with their count and no button of their own.
    const text = JSON.stringify(card);
    expect(text).toContain('**抽查不符待跟进** 1/2');
    expect(text).toContain('11-10（位置消息）');
  });

  it("each day of the log and confirmation lists carries its evidence strength in the catalogue's words", () => {
    const one = { total: 3, items: [day(7, 2, '2026-11-05'), day(7, 2, '2026-11-03'), day(7, 2, '2026-11-04')] };
    const tables = (locale: 'zh-CN' | 'en') =>
      overdueCard(locale, {
        ...view,
        lists: { ...lists, worklogs: one, confirms: one, spotChecks: { total: 0, items: [] } },
      }).elements.flatMap((e) => (e.kind === 'table' ? [e] : []));
    expect(tables('zh-CN').at(-1)?.rows[0]?.dates).toBe('11-03（设备定位核验） 11-04（位置消息） 11-05（未核验）');
    expect(tables('en').at(-2)?.rows[0]?.dates).toBe(
      '11-03 (device-verified) 11-04 (location message) 11-05 (unverified)',
    );
  });

  it('a list whose people were all reminded today shows no button', () => {
    const card = overdueCard('zh-CN', { ...view, reach: { ...reach, reports: 0 } });
    const buttons = card.elements.flatMap((e) => (e.kind === 'actions' ? e.buttons : []));
    expect(buttons.map((b) => b.value?.reason)).not.toContain('reports');
    expect(JSON.stringify(card)).toContain('名单上的人员今天都已催办过');
  });

  it('nothing overdue, a past month, in English', () => {
    const none: OverdueLists = {
      ...lists,
      month: '2026-10',
      reports: { total: 3, items: [] },
      minimum: { total: 12, items: [] },
      atRisk: { total: 0, items: [] },
      worklogs: { total: 30, items: [] },
      confirms: { total: 30, items: [] },
      spotChecks: { total: 0, items: [] },
    };
    const card = overdueCard('en', { ...view, lists: none, program: 'Grassroots 2026' });
    expect(card).toMatchSnapshot();
    expect(card.tone).toBe('green');
    expect(card.elements.some((e) => e.kind === 'actions')).toBe(false);
  });

  it('stays under 30 KB with 300 rows in every list and says how many are not shown', () => {
    const many = manyDays(300);
    const card = overdueCard('zh-CN', {
      ...view,
      lists: {
        ...lists,
        reports: {
          total: 300,
          items: many.map((d) => ({
            institutionId: d.physicianId,
            hospital: `${d.clinic}附属医院`,
            regionPath: '/35/',
            period: '2026-10',
            dueDate: '2026-11-02',
            daysLate: 20,
          })),
        },
        minimum: {
          ...lists.minimum,
          total: 300,
          items: many.map((d) => ({
            ...d,
            hospital: `${d.clinic}附属医院`,
            served: 0,
            pending: 0,
            required: 2,
            deadline: '2026-11-30',
            daysLeft: 9,
            planned: 0,
          })),
        },
        atRisk: { total: 0, items: [] },
        worklogs: { total: 300, items: many },
        confirms: { total: 300, items: many },
        spotChecks: { total: 300, items: many },
      },
    });
    expect(bytes(card)).toBeLessThan(30 * 1024);
    const tables = card.elements.flatMap((e) => (e.kind === 'table' ? [e] : []));
    const shown = tables.map((table) => table.rows.length);
    // Six lists share the budget (the spot-check follow-ups with the five overdue lists).
    expect(Math.min(...shown)).toBeGreaterThan(15);
    expect(JSON.stringify(card)).toContain(`仅列出前 ${shown[0]} 行（共 300 行）`);
  });

  it('shows a list of 100 short rows whole', () => {
    const card = overdueCard('zh-CN', {
      ...view,
      lists: {
        ...lists,
        worklogs: { total: 100, items: Array.from({ length: 100 }, (_, i) => day(i, 1, '2026-11-03')) },
      },
    });
    const tables = card.elements.flatMap((e) => (e.kind === 'table' ? [e] : []));
    expect(tables[3]?.rows).toHaveLength(100);
    expect(bytes(card)).toBeLessThan(30 * 1024);
  });

  it('a reminder names exactly the open items, in both languages', () => {
    const reports = overdueReminderCard('zh-CN', {
      month: '2026-11',
      by: '苏建明',
      reason: 'reports',
      reports: [{ hospital: '漳平市中医院', period: '2026-10', dueDate: '2026-11-02', daysLate: 20 }],
    });
    expect(reports).toMatchSnapshot();
    const worklogs = overdueReminderCard('en', {
      month: '2026-11',
      by: null,
      reason: 'worklogs',
      days: [{ place: '新桥镇卫生院', dates: ['2026-11-03', '2026-11-10'] }],
      open: [
        { serviceDayId: 31, date: '2026-11-03', clinic: '新桥镇卫生院' },
        { serviceDayId: 32, date: '2026-11-10', clinic: '新桥镇卫生院' },
      ],
    });
    expect(worklogs).toMatchSnapshot();
    // Each button opens the work-log form of its own day.
    const actions = worklogs.elements.flatMap((e) => (e.kind === 'actions' ? e.buttons : []));
    expect(actions.map((b) => [b.action, b.value])).toEqual([
      ['worklog.open', { serviceDayId: 31 }],
      ['worklog.open', { serviceDayId: 32 }],
    ]);
    const confirms = overdueReminderCard('zh-CN', {
      month: '2026-11',
      by: '刘永健',
      reason: 'confirms',
      afterDays: 3,
      days: [{ place: '新桥镇卫生院 · 陈明', dates: ['2026-11-12'] }],
    });
    expect(JSON.stringify(confirms)).toContain('新桥镇卫生院 · 陈明：11-12');
    const shortfalls = [
      { clinic: '新桥镇卫生院', served: 0, pending: 0, required: 1, deadline: '2026-11-30', daysLeft: 9 },
      { clinic: '双洋镇卫生院', served: 1, pending: 2, required: 4, deadline: '2026-11-30', daysLeft: 9 },
    ];
    const minimum = overdueReminderCard('zh-CN', { month: '2026-11', by: null, reason: 'minimum', shortfalls });
    expect(JSON.stringify(minimum)).toContain('期限已过');
    expect(JSON.stringify(minimum)).toContain('新桥镇卫生院：0/1 天（截止 2026-11-30）');
    const atRisk = overdueReminderCard('zh-CN', { month: '2026-11', by: null, reason: 'atRisk', shortfalls });
    expect(JSON.stringify(atRisk)).toContain('新桥镇卫生院：0/1 天，截止 2026-11-30（还剩 9 天）');
    // The missed minimum counts confirmed days only; the at-risk forecast counts the pending ones as served.
    expect(JSON.stringify(minimum)).toContain('双洋镇卫生院：1/4 天（截止 2026-11-30）');
    expect(JSON.stringify(atRisk)).toContain('双洋镇卫生院：3/4 天（其中 2 天待确认），截止 2026-11-30（还剩 9 天）');
    for (const card of [reports, worklogs, confirms, minimum, atRisk]) expect(bytes(card)).toBeLessThan(30 * 1024);
  });
});
