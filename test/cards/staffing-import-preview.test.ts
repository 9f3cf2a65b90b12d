import { describe, expect, it } from 'vitest';
import {
  staffingImportPreviewCard,
  type PreviewLine,
  type StaffingImportPreview,
} from '../../cards/staffing-import-preview.js';
import type { Card } from '../../src/core/card.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

const fits = (card: Card) => expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);

const line = (i: number, extra: Partial<PreviewLine> = {}): PreviewLine => ({
  rowNumber: i + 4,
  physicianName: '欧阳建华',
  hospitalName: '福建医科大学附属协和医院',
  clinicName: '漳平市新桥镇卫生院',
  month: '2026-12',
  plannedDates: ['2026-12-05', '2026-12-19'],
  ...extra,
});

const preview: StaffingImportPreview = {
  fileName: '支援人员安排情况表（12月）.xlsx',
  rowCount: 3,
  problems: [],
  plan: {
    adds: [line(0)],
    changes: [line(1, { beforeDates: ['2026-12-04'] })],
    removals: [line(2, { rowNumber: undefined, plannedDates: [] })],
    unchanged: 5,
  },
  state: 'preview',
  stagedImportId: 42,
};

describe('staffing import preview card', () => {
  it('lists additions, changes and removals with confirm and discard buttons (neutral and Feishu)', () => {
    const card = staffingImportPreviewCard('zh-CN', preview);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('bad rows: the reasons, no buttons', () => {
    const card = staffingImportPreviewCard('zh-CN', {
      fileName: 'x.xlsx',
      rowCount: 9,
      problems: ['第7行：找不到受援单位“石门卫生院”', '第9行：支援月份“十二月”看不懂，请写成 2026-12'],
      state: 'preview',
    });
    expect(card).toMatchSnapshot();
    expect(card.elements.some((e) => e.kind === 'actions')).toBe(false);
  });

  it('applied, in English', () => {
    expect(
      staffingImportPreviewCard('en', {
        ...preview,
        state: 'applied',
        closedAt: '2026-11-22 10:00',
        closedBy: '苏建明',
      }),
    ).toMatchSnapshot();
  });

  it('stays under 30 KB with 500 lines each and 500 bad rows', () => {
    const many = Array.from({ length: 500 }, (_, i) => line(i, { beforeDates: ['2026-12-01', '2026-12-02'] }));
    fits(
      staffingImportPreviewCard('zh-CN', {
        ...preview,
        plan: { adds: many, changes: many, removals: many, unchanged: 0 },
      }),
    );
    const reason =
      '第123行：福建医科大学附属协和医院派往漳平市新桥镇卫生院的安排不在您的管辖范围内（医务科只能报本院医师）';
    fits(
      staffingImportPreviewCard('zh-CN', {
        fileName: 'x.xlsx',
        rowCount: 500,
        problems: Array(500).fill(reason),
        state: 'preview',
      }),
    );
  });
});
