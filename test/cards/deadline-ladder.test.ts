import { describe, expect, it } from 'vitest';
import { deadlineLadderCard, type DeadlineLadderView } from '../../cards/deadline-ladder.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

const dueSoon: DeadlineLadderView = {
  level: 'DUE_SOON',
  scope: '漳平市医院',
  dueDate: '2026-12-02',
  days: 3,
  items: [
    { unit: '漳平市医院', item: '2026-11 工作量月报', state: 'DRAFTED' },
    { unit: '漳平市医院', item: '支援人员安排情况表（2026）', state: 'PENDING' },
  ],
};

describe('deadline ladder card', () => {
  it('before the due date, to the hospital (neutral and Feishu)', () => {
    const card = deadlineLadderCard('zh-CN', dueSoon);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('each level changes the wording and the tone', () => {
    const county = deadlineLadderCard('zh-CN', { ...dueSoon, level: 'COUNTY', scope: '漳平市', days: 3 });
    expect(county.title).toBe('辖区逾期未报单位');
    expect(county.tone).toBe('red');
    expect(deadlineLadderCard('zh-CN', { ...dueSoon, level: 'HOSPITAL', days: 1 }).title).toBe('报送已逾期');
    const milestone = deadlineLadderCard('en', {
      level: 'MILESTONE',
      scope: '医师下基层 2026',
      dueDate: '2026-12-20',
      days: 3,
      items: [{ unit: '医师下基层 2026', item: '年度总结和自评', state: 'MILESTONE' }],
    });
    expect(milestone).toMatchSnapshot();
  });

  it('a city list of 300 items shows 40 rows, says how many more, and stays under 30 KB', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({
      unit: `福建医科大学附属第${i + 1}医院（长名称测试用）`,
      item: '2026-11 工作量月报',
      state: 'PENDING' as const,
    }));
    const card = deadlineLadderCard('zh-CN', { ...dueSoon, level: 'CITY', scope: '龙岩市', items });
    const table = card.elements.find((e) => e.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.length : 0).toBe(40);
    expect(JSON.stringify(card)).toContain('另有 260 项未列出');
    expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);
  });
});
