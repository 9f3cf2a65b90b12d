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
    physicians: Math.ceil(days / 2),
    clinics: 3,
    serviceDays: days,
    verified: days - 1,
    unverified: 1,
    deviceVerified: 2,
    locationMessage: days - 3,
    confirmed: days - 2,
    disputed: 1,
    pendingConfirmation: 1,
    logged: days - 1,
    patients: days * 17,
    specialPopulation: days * 2,
    homeVisits: 1,
    training: days * 3,
    teachingRounds: 2,
  };
}

const hospitals: SummaryGroup[] = [
  { label: '漳平市医院', figures: figures(15), drill: '漳平市医院' },
  { label: '漳平市中医院', figures: figures(6), drill: '漳平市中医院' },
  { label: '福州大学附属省立医院', figures: figures(2), drill: '福州大学附属省立医院' },
];

const view: WorkloadSummaryView = {
  scopeLabel: '漳平市',
  month: '2023-09',
  totals: figures(23),
  assignedPhysicians: 14,
  breakdown: { kind: 'hospital', groups: hospitals },
  page: 1,
  state: { month: '2023-09', scopes: [] },
};

/** `count` groups with long names and large figures, the worst case for size. */
function manyGroups(count: number): SummaryGroup[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `福建省龙岩市漳平市第${i + 1}人民医院附属社区卫生服务中心分院`;
    return { label: name, figures: figures(10_000 - i), drill: name };
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
          { label: '王秀英', figures: figures(2) },
          { label: '苏雅琴', figures: figures(1) },
        ],
      },
      state: { month: '2023-09', program: 'DEMO-ZP-2023', scopes: ['漳平市', '漳平市医院'] },
    });
    expect(card).toMatchSnapshot();
    expect(callbackValues(renderFeishuCard(card))).toEqual([
      { month: '2023-09', program: 'DEMO-ZP-2023', scope: '漳平市', page: 1, action: 'summary.page' },
    ]);
  });

  it('a month without service days says so and shows no breakdown', () => {
    const card = workloadSummaryCard('zh-CN', {
      ...view,
      totals: emptyFigures(),
      assignedPhysicians: 3,
      breakdown: { kind: 'region', groups: [] },
    });
    expect(card.elements.map((e) => e.kind)).toEqual(['fields', 'markdown', 'fields', 'note']);
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
