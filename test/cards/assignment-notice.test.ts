import { describe, expect, it } from 'vitest';
import { assignmentNoticeCard, type AssignmentNoticeView } from '../../cards/assignment-notice.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';
import { datesBetween } from '../../src/time/local.js';

const view: AssignmentNoticeView = {
  event: 'created',
  physician: { name: '王医生', title: '主任医师', specialty: '儿科', home: '漳平市医院' },
  clinic: '石门镇卫生院',
  address: '漳平市石门镇石门街 18 号',
  program: '医师下基层 2026',
  startDate: '2026-03-01',
  endDate: '2026-03-31',
  plannedDates: ['2026-03-07', '2026-03-21'],
};

describe('assignment notice card', () => {
  it.each(['physician', 'clinicHead'] as const)('a new assignment, for the %s (neutral and Feishu)', (reader) => {
    const card = assignmentNoticeCard('zh-CN', view, reader);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('a cancelled assignment without planned dates or address, in English', () => {
    const card = assignmentNoticeCard(
      'en',
      { ...view, event: 'cancelled', plannedDates: [], address: '' },
      'physician',
    );
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('stays under 30 KB for a year of planned dates and long names', () => {
    const long = '福建省龙岩市漳平市新桥镇中心卫生院（漳平市第二医院新桥分院）'.repeat(3);
    for (const reader of ['physician', 'clinicHead'] as const) {
      const card = assignmentNoticeCard(
        'zh-CN',
        {
          ...view,
          clinic: long,
          address: long,
          program: long,
          physician: { name: '欧阳'.repeat(10), title: '主任医师', specialty: long, home: long },
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          plannedDates: datesBetween('2026-01-01', '2026-12-31'),
        },
        reader,
      );
      expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);
    }
  });
});
