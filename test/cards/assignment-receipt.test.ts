import { describe, expect, it } from 'vitest';
import { assignmentReceiptCard, type AssignmentReceiptView } from '../../cards/assignment-receipt.js';
import type { Card } from '../../src/core/card.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

const fits = (card: Card) => expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);

const view: AssignmentReceiptView = {
  assignmentId: 42,
  outcome: 'created',
  physician: { name: '王秀英', title: '主治医师', specialty: '内科', home: '漳平市医院' },
  clinic: '漳平市桂林街道社区卫生服务中心',
  program: '漳平市2026年度“医师下基层”对口支援',
  startDate: '2026-12-01',
  endDate: '2026-12-31',
  plannedDates: ['2026-12-05', '2026-12-12'],
};

describe('assignment receipt card', () => {
  it('a new assignment with its cancel button behind a confirmation (neutral and Feishu)', () => {
    const card = assignmentReceiptCard('zh-CN', view);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
    fits(card);
  });

  it('a month without dates says how to add them; a cancelled one has no button', () => {
    const monthOnly = assignmentReceiptCard('zh-CN', { ...view, plannedDates: [] });
    expect(JSON.stringify(monthOnly)).toContain('尚未安排具体日期');
    const cancelled = assignmentReceiptCard('zh-CN', { ...view, outcome: 'cancelled' });
    expect(cancelled.elements.some((e) => e.kind === 'actions')).toBe(false);
    expect(cancelled.title).toBe('指派已取消');
  });

  it('a full month of dates, in English, stays small', () => {
    const dates = Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`);
    const card = assignmentReceiptCard('en', { ...view, outcome: 'updated', plannedDates: dates });
    expect(card).toMatchSnapshot();
    fits(card);
  });
});
