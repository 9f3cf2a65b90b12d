import { trustedMarkdown } from '../../src/core/card-text.js';
import { describe, expect, it } from 'vitest';
import { renderCardText } from '../../src/platforms/sandbox/render-card-text.js';
import { displayWidth } from '../../src/platforms/sandbox/text-width.js';

describe('sandbox card rendering', () => {
  it('renders every element as readable text with numbered buttons', () => {
    const { text, buttons } = renderCardText({
      title: '本月汇总',
      subtitle: '2026-03',
      elements: [
        { kind: 'markdown', text: trustedMarkdown('**石门镇卫生院** 到岗 `3` 天') },
        { kind: 'fields', fields: [{ label: '医师', value: '王医生' }] },
        { kind: 'divider' },
        {
          kind: 'table',
          columns: [
            { key: 'name', label: '医师' },
            { key: 'days', label: '天数', align: 'right' },
          ],
          rows: [
            { name: '王医生', days: 3 },
            { name: 'Li', days: 12 },
          ],
        },
        {
          kind: 'barChart',
          title: '到岗天数',
          valueLabel: '天',
          bars: [
            { label: '王医生', value: 4 },
            { label: 'Li', value: 2 },
          ],
        },
        {
          kind: 'actions',
          buttons: [
            { text: '确认', action: 'confirm', value: { id: 1 } },
            { text: '有异议', action: 'dispute', confirm: { title: '确定？', text: '将通知医务科' } },
          ],
        },
        {
          kind: 'form',
          name: 'f',
          inputs: [{ name: 'reason', label: '原因', placeholder: '忘记签到', required: true }],
          submit: { text: '提交', action: 'submit' },
        },
        { kind: 'note', text: trustedMarkdown('数据每日更新') },
      ],
    });
    expect(text).toContain('【本月汇总】 2026-03');
    expect(text).toContain('石门镇卫生院 到岗 3 天');
    expect(text).toContain('医师：王医生');
    expect(text).toContain('医师   │ 天数');
    expect(text).toContain('王医生 │    3');
    expect(text).toContain('Li     │   12');
    expect(text).toContain(`王医生 ${'█'.repeat(20)} 4`);
    expect(text).toContain(`Li     ${'█'.repeat(10)}${' '.repeat(10)} 2`);
    expect(text).toContain('[1] 确认  [2] 有异议');
    expect(text).toContain('原因*：____（忘记签到）');
    expect(text).toContain('[3] 提交');
    expect(text).toContain('※ 数据每日更新');
    expect(buttons.map((b) => [b.index, b.action])).toEqual([
      [1, 'confirm'],
      [2, 'dispute'],
      [3, 'submit'],
    ]);
    expect(buttons[1]?.confirm).toEqual({ title: '确定？', text: '将通知医务科' });
    expect(buttons[2]?.form?.inputs[0]?.name).toBe('reason');
  });

  it('counts wide characters as two columns', () => {
    expect(displayWidth('ab王医生')).toBe(8);
  });
});
