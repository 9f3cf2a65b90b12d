import { describe, expect, it } from 'vitest';
import { SUMMARY_PAGE_SIZE, workloadSummaryCard, type WorkloadSummaryView } from '../../cards/workload-summary.js';
import type { Card } from '../../src/core/card.js';
import type { SummaryGroup } from '../../src/coordinator/summary-breakdown.js';
import { emptyFigures, type WorkloadFigures } from '../../src/coordinator/workload-figures.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';
import { callbackValues } from '../support/card-callbacks.js';
import { feishuChartProblems, feishuCharts } from '../support/feishu-chart-check.js';

const bytes = (card: Card) => cardRequestBytes(renderFeishuCard(card));

function figures(days: number): WorkloadFigures {
  return {
    ...emptyFigures(),
    physiciansServed: Math.ceil(days / 2),
    clinicsServed: 3,
    serviceDays: days,
    verifiedDays: days - 1,
    unverifiedDays: 1,
    confirmedDays: days - 2,
    disputedDays: 1,
    pendingDays: 1,
    loggedDays: days - 1,
    patients: days * 17,
    specialPopulation: days * 2,
    homeVisits: 1,
    training: days * 3,
    teachingRounds: 2,
  };
}

const hospitals: SummaryGroup[] = [
  { key: '1', label: '漳平市医院', figures: figures(15), drill: '漳平市医院' },
  { key: '2', label: '漳平市中医院', figures: figures(6), drill: '漳平市中医院' },
  { key: '3', label: '福州大学附属省立医院', figures: figures(2), drill: '福州大学附属省立医院' },
];

const view: WorkloadSummaryView = {
  scopeLabel: '漳平市',
  month: '2023-09',
  totals: figures(23),
  period: { kind: 'month', month: '2023-09' },
  assignments: { physiciansAssigned: 14, personTimes: 16 },
  minimum: { met: 9, pairs: 14 },
  breakdown: { kind: 'hospital', groups: hospitals },
  page: 1,
  state: { month: '2023-09', scopes: [] },
};

/** `count` groups with long names and large figures, the worst case for size. */
function manyGroups(count: number): SummaryGroup[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `福建省龙岩市漳平市第${i + 1}人民医院附属社区卫生服务中心分院`;
    return { key: String(i), label: name, figures: figures(10_000 - i), drill: name };
  });
}

describe('workload summary card', () => {
  it('totals, the hospital breakdown with drill-downs and the chart (neutral and Feishu)', () => {
    const card = workloadSummaryCard('zh-CN', view);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('a drilled, program-bound physician breakdown in English, with back but no drill-downs', () => {
    const card = workloadSummaryCard('en', {
      ...view,
      programName: '2023年漳平市医师下基层',
      scopeLabel: '漳平市 · 漳平市医院',
      breakdown: {
        kind: 'physician',
        groups: [
          { key: '11', label: '王秀英', figures: figures(2) },
          { key: '12', label: '苏雅琴', figures: figures(1) },
        ],
      },
      state: { month: '2023-09', program: 'DEMO-ZP-2023', scopes: ['漳平市', '漳平市医院'] },
    });
    expect(card).toMatchSnapshot();
    expect(callbackValues(renderFeishuCard(card))).toEqual([
      { month: '2023-09', program: 'DEMO-ZP-2023', scope: '漳平市', page: 1, action: 'summary.page' },
    ]);
  });

  it("the drill-down to physicians lists each day of the page's physicians with its evidence strength", () => {
    // 医师1 and 医师12 share a name: their days are told apart by the physician's key, not the name.
    const physicians = Array.from({ length: 12 }, (_, i) => ({
      key: String(i + 1),
      label: i === 11 ? '医师1' : `医师${i + 1}`,
      figures: figures(31),
    }));
    const strengths = ['DEVICE', 'LOCATION_MESSAGE', 'NONE'] as const;
    const days = physicians.flatMap(({ key, label }) =>
      Array.from({ length: 31 }, (_, d) => ({
        physicianKey: key,
        physician: label,
        date: `2023-09-${String(30 - (d % 30)).padStart(2, '0')}`,
        clinic: '福建省龙岩市漳平市新桥镇中心卫生院',
        evidence: strengths[d % 3] ?? 'NONE',
        spotCheck: d === 29 ? ('FAILED' as const) : ('NONE' as const),
      })),
    );
    const drilled = (page: number) =>
      workloadSummaryCard('zh-CN', { ...view, breakdown: { kind: 'physician', groups: physicians }, days, page });
    const card = drilled(2);
    const tables = card.elements.flatMap((e) => (e.kind === 'table' ? [e] : []));
    // Page 2 holds 医师11 and the second 医师1: their 62 days (not the first 医师1's), the first 40 listed.
    expect(tables[1]?.rows[0]).toEqual({
      physician: '医师11',
      date: '2023-09-01',
      clinic: days[0]?.clinic,
      evidence: '未核验',
      spotCheck: '抽查不符',
    });
    expect(new Set(tables[1]?.rows.map((r) => r.evidence))).toEqual(new Set(['设备定位核验', '位置消息', '未核验']));
    expect(tables[1]?.rows).toHaveLength(40);
    expect(JSON.stringify(card)).toContain('逐日核验**（共 62 个服务日）');
    expect(JSON.stringify(card)).toContain('仅列出前 40 天（共 62 天）');
    expect(bytes(card)).toBeLessThan(30 * 1024);
    expect(bytes(drilled(1))).toBeLessThan(30 * 1024);
    const hospitalsOnly = workloadSummaryCard('zh-CN', { ...view, days });
    expect(JSON.stringify(hospitalsOnly)).not.toContain('逐日核验');
  });

  it('a month without service days says so and shows no breakdown', () => {
    const card = workloadSummaryCard('zh-CN', {
      ...view,
      totals: emptyFigures(),
      assignments: { physiciansAssigned: 3, personTimes: 3 },
      breakdown: { kind: 'region', groups: [] },
    });
    expect(card.elements.map((e) => e.kind)).toEqual(['note', 'fields', 'markdown', 'fields', 'note']);
    expect(JSON.stringify(card)).toContain('2023-09 在这个范围内还没有服务日记录');
  });

  it('pages 300 rows ten at a time, every page under 30 KB, with paging buttons that carry the state', () => {
    const groups = manyGroups(300);
    const pages = 300 / SUMMARY_PAGE_SIZE;
    const state = { month: '2023-09', program: 'DEMO-ZP-2023', scopes: ['福建省'] };
    for (const page of [1, 2, pages, pages + 5]) {
      const card = workloadSummaryCard('zh-CN', { ...view, breakdown: { kind: 'region', groups }, page, state });
      expect(bytes(card)).toBeLessThan(30 * 1024);
      const table = card.elements.find((e) => e.kind === 'table');
      expect(table?.kind === 'table' && table.rows.length).toBe(SUMMARY_PAGE_SIZE);
      const shown = Math.min(page, pages);
      expect(JSON.stringify(card)).toContain(`第 ${shown}/${pages} 页，共 300 个`);
      const values = callbackValues(renderFeishuCard(card));
      expect(values.filter((v) => v.action === 'summary.drill')).toHaveLength(SUMMARY_PAGE_SIZE);
      expect(values.filter((v) => v.action === 'summary.page').map((v) => v.page)).toEqual(
        [shown > 1 ? shown - 1 : [], shown < pages ? shown + 1 : [], 1].flat(),
      );
    }
    const second = workloadSummaryCard('zh-CN', { ...view, breakdown: { kind: 'region', groups }, page: 2, state });
    expect(callbackValues(renderFeishuCard(second))[0]).toEqual({
      month: '2023-09',
      program: 'DEMO-ZP-2023',
      scope: `福建省|${groups[10]?.label ?? ''}`,
      page: 1,
      action: 'summary.drill',
    });
  });

  it('charts the ten largest groups as a Feishu bar chart that follows the chart schema', () => {
    const card = workloadSummaryCard('zh-CN', { ...view, breakdown: { kind: 'hospital', groups: manyGroups(30) } });
    const charts = feishuCharts(renderFeishuCard(card));
    expect(charts).toHaveLength(1);
    expect(feishuChartProblems(charts[0])).toEqual([]);
    const spec = charts[0]?.chart_spec as { type: string; data: { values: { value: number }[] } };
    expect(spec.type).toBe('bar');
    expect(spec.data.values.map((v) => v.value)).toEqual(manyGroups(10).map((g) => g.figures.serviceDays));
  });

  it('the chart check catches what Feishu would reject', () => {
    const good = feishuCharts(renderFeishuCard(workloadSummaryCard('zh-CN', view)))[0];
    const spec = good?.chart_spec as Record<string, unknown>;
    expect(feishuChartProblems({ ...good, width: 300 })).toEqual(['unknown property width']);
    expect(feishuChartProblems({ ...good, aspect_ratio: '3:2' })).toEqual(['aspect_ratio 3:2']);
    expect(feishuChartProblems({ ...good, chart_spec: { ...spec, yField: 'missing' } })).toHaveLength(3);
    expect(feishuChartProblems({ ...good, chart_spec: { ...spec, data: { values: [] } } })).toEqual([
      'chart_spec.data.values must be a non-empty array',
    ]);
    expect(feishuChartProblems({ ...good, chart_spec: { ...spec, bar: { style: { texture: 'circle' } } } })).toEqual([
      'chart_spec.bar.style.texture: not drawn on mobile',
    ]);
    expect(feishuChartProblems({ ...good, chart_spec: { ...spec, tooltip: { formatter: () => '' } } })).toEqual([
      'chart_spec must be plain JSON, no functions',
    ]);
  });
});
