import { trustedMarkdown } from '../../src/core/card-text.js';
import { describe, expect, it } from 'vitest';
import { weeklyVisitsCard } from '../../cards/weekly-visits.js';
import { targetProgressCard } from '../../cards/target-progress.js';
import type { Card, CardElement } from '../../src/core/card.js';
import { FEISHU_CARD_LIMITS, hardBreaks, renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { checkContent } from '../emulator/feishu/content.js';

/**
 * Issue #14 §5: the Feishu renderer enforces the documented limits of card JSON 2.0. Sources, in the
 * official docs mirrored in the public repository wxkingstar/doc-hub-mcp under
 * `feishu/001-开发指南/feishu-cards/build-card-with-json/card-json-v2-components/content-components/`:
 * `table.md`, `chart.md`, `rich-text.md`; and VChart's axis options for `sampling`.
 */

type Rendered = { tag: string; content?: string; columns?: unknown[]; chart_spec?: Record<string, unknown> };
const elementsOf = (card: Card) => (renderFeishuCard(card).body as { elements: Rendered[] }).elements;

const table = (n: number, columns = 2): CardElement => ({
  kind: 'table',
  columns: Array.from({ length: columns }, (_, i) => ({ key: `c${i}`, label: `列${i}` })),
  rows: [Object.fromEntries(Array.from({ length: columns }, (_, i) => [`c${i}`, `表${n}·${i}`]))],
});
const chart = (n: number): CardElement => ({
  kind: 'barChart',
  title: `图${n}`,
  valueLabel: '天数',
  bars: [{ label: '漳平市医院', value: n }],
});
const card = (elements: CardElement[]): Card => ({ title: '限制', elements });

describe('Feishu card limits', () => {
  it('table.md “单张卡片最多支持放置五个表格组件”: a sixth table becomes markdown with the same content, in place', () => {
    const rendered = elementsOf(card([table(1), table(2), table(3), table(4), table(5), table(6), table(7)]));
    expect(rendered.filter((e) => e.tag === 'table')).toHaveLength(FEISHU_CARD_LIMITS.tablesPerCard);
    expect(rendered.map((e) => e.tag)).toEqual(['table', 'table', 'table', 'table', 'table', 'markdown', 'markdown']);
    expect(rendered[5]?.content).toBe('**列0 ｜ 列1**<br>表6·0 ｜ 表6·1');
    // Deterministic: the same card renders the same JSON.
    expect(renderFeishuCard(card([table(1), table(2), table(3), table(4), table(5), table(6)]))).toEqual(
      renderFeishuCard(card([table(1), table(2), table(3), table(4), table(5), table(6)])),
    );
  });

  it('the Feishu emulator refuses a card of six tables, as Feishu does, and takes the rendered one', () => {
    const tables = [1, 2, 3, 4, 5, 6].map(table);
    const raw = { schema: '2.0', body: { elements: tables.map(() => ({ tag: 'table', columns: [], rows: [] })) } };
    expect(checkContent('interactive', JSON.stringify(raw), 100)).toMatchObject({
      ok: false,
      reason: 'too_many_tables',
    });
    const rendered = JSON.stringify(renderFeishuCard(card(tables)));
    expect(checkContent('interactive', rendered, rendered.length)).toMatchObject({ ok: true });
  });

  it('table.md “最多支持添加 50 列”: columns past the fiftieth are not sent', () => {
    const [rendered] = elementsOf(card([table(1, 60)]));
    expect(rendered?.columns).toHaveLength(FEISHU_CARD_LIMITS.tableColumns);
  });

  it('chart.md “单张卡片建议最多放置五个图表组件”: a sixth chart becomes markdown', () => {
    const rendered = elementsOf(card([1, 2, 3, 4, 5, 6].map(chart)));
    expect(rendered.filter((e) => e.tag === 'chart')).toHaveLength(FEISHU_CARD_LIMITS.chartsPerCard);
    expect(rendered[5]).toEqual({ tag: 'markdown', content: '**图6**<br>漳平市医院：6' });
  });

  it('VChart axis options: the x axis turns long labels (autoRotate) only with sampling off', () => {
    const [rendered] = elementsOf(card([chart(1)]));
    const axes = rendered?.chart_spec?.axes as Record<string, unknown>[];
    expect(axes.find((axis) => axis.orient === 'bottom')).toEqual({
      orient: 'bottom',
      sampling: false,
      label: { autoRotate: true },
    });
  });

  it('rich-text.md: a single \\n is a soft break that may be ignored, so it is sent as <br>', () => {
    expect(hardBreaks('**已到岗**\n漳平市医院\n灵地乡卫生院')).toBe('**已到岗**<br>漳平市医院<br>灵地乡卫生院');
    expect(hardBreaks('段一\n\n段二')).toBe('段一\n\n段二');
    expect(hardBreaks('清单：\n- 一\n- 二')).toBe('清单：\n- 一\n- 二');
    expect(hardBreaks('```\na\nb\n```')).toBe('```\na\nb\n```');
    const [markdown, note] = elementsOf(
      card([
        { kind: 'markdown', text: trustedMarkdown('a\nb') },
        { kind: 'note', text: trustedMarkdown('c\nd') },
      ]),
    );
    expect(markdown?.content).toBe('a<br>b');
    expect(note?.content).toBe("<font color='grey'>c<br>d</font>");
  });

  it('the weekly visit card of a full week holds one table, not one a day', () => {
    const visit = { physician: { name: '林晓燕' }, clinic: '漳平市灵地乡卫生院', address: '' };
    const days = ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03'];
    const week = weeklyVisitsCard('zh-CN', {
      place: '漳平市灵地乡卫生院',
      monday: '2026-12-28',
      sunday: '2027-01-03',
      days: days.map((date) => ({ date, visits: [visit] })),
    });
    const rendered = elementsOf(week);
    expect(rendered.filter((e) => e.tag === 'table')).toHaveLength(1);
    expect(JSON.stringify(rendered)).toContain('1月3日 星期日');
  });

  it('the progress card of four programs stays within five tables and says what it left out', () => {
    const program = (n: number) => ({
      name: `项目${n}`,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      period: { kind: 'programToDate' as const, from: '2026-01-01', to: '2026-11-22' },
      level: 'program' as const,
      targets: [
        { metric: 'PATIENTS' as const, regionName: null, target: 100, dueDate: '2026-12-31', actual: 10, pace: null },
      ],
      shares: [],
      breakdown: { metrics: ['PATIENTS' as const], rows: [{ region: '灵地乡', values: [10] }] },
    });
    const progress = targetProgressCard('zh-CN', {
      scopeLabel: '漳平市',
      today: '2026-11-22',
      ownPhysiciansOnly: false,
      programs: [1, 2, 3, 4].map(program),
    } as Parameters<typeof targetProgressCard>[1]);
    expect(progress.elements.filter((e) => e.kind === 'table')).toHaveLength(5);
    expect(JSON.stringify(progress)).toContain('项目3的其余表格未列出');
    expect(JSON.stringify(progress)).toContain('项目4的其余表格未列出');
  });
});
