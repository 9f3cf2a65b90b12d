import { trustedMarkdown } from '../../src/core/card-text.js';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/core/card.js';
import { escapeMarkdown, renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import {
  CARD_BYTE_LIMIT,
  cardFits,
  cardRequestBytes,
  renderFittingCard,
} from '../../src/platforms/feishu/card-size.js';

/** A coordinator's monthly summary: every kind of element once. */
const summaryCard: Card = {
  title: '三月汇总 · 城关卫生院',
  subtitle: '2026-03',
  tone: 'green',
  elements: [
    { kind: 'markdown', text: trustedMarkdown('**本月到岗** 18 天') },
    {
      kind: 'fields',
      fields: [
        { label: '诊疗人次', value: '1,204' },
        { label: '送医上门', value: '12' },
        { label: '讲座', value: '3 <at id=all></at>' },
      ],
    },
    { kind: 'divider' },
    {
      kind: 'table',
      columns: [
        { key: 'name', label: '医师' },
        { key: 'days', label: '天数', align: 'right' },
      ],
      rows: [
        { name: '王医生', days: 4 },
        { name: '李医生', days: 2 },
      ],
      pageSize: 20,
    },
    {
      kind: 'barChart',
      title: '每周到岗',
      bars: [
        { label: '第1周', value: 5 },
        { label: '第2周', value: 4 },
      ],
      valueLabel: '天',
    },
    {
      kind: 'actions',
      buttons: [
        {
          text: '确认',
          action: 'confirm_day',
          value: { id: 7 },
          style: 'primary',
          confirm: { title: '确认？', text: '确认后不能修改' },
        },
        { text: '有异议', action: 'dispute_day', value: { id: 7, action: 'spoofed' }, style: 'danger' },
      ],
    },
    {
      kind: 'form',
      name: 'log_form',
      inputs: [{ name: 'patients', label: '诊疗人次', placeholder: '例如 20', required: true }],
      submit: { text: '提交', action: 'submit_log', value: { day: 3 }, style: 'primary' },
    },
    { kind: 'note', text: trustedMarkdown('数据截至 3 月 31 日') },
  ],
};

type Json = Record<string, unknown>;
const rowsOf = (element: Card['elements'][number] | undefined) => (element?.kind === 'table' ? element.rows : []);
const elementsOf = (card: Json): Json[] => (card.body as { elements: Json[] }).elements;

describe('renderFeishuCard', () => {
  it('renders a representative card as compact JSON 2.0', () => {
    expect(renderFeishuCard(summaryCard)).toMatchSnapshot();
  });

  it('keeps the header, colour and the update_multi flag patching needs', () => {
    const card = renderFeishuCard(summaryCard);
    expect(card.schema).toBe('2.0');
    expect(card.config).toMatchObject({ update_multi: true });
    expect(card.header).toEqual({
      title: { tag: 'plain_text', content: '三月汇总 · 城关卫生院' },
      subtitle: { tag: 'plain_text', content: '2026-03' },
      template: 'green',
    });
    expect(renderFeishuCard({ title: 't', elements: [] }).header).toEqual({
      title: { tag: 'plain_text', content: 't' },
      template: 'blue',
    });
  });

  it('renders the bar chart as a VChart bar spec', () => {
    const chart = elementsOf(renderFeishuCard(summaryCard)).find((e) => e.tag === 'chart');
    expect(chart).toMatchObject({
      tag: 'chart',
      chart_spec: {
        type: 'bar',
        title: { text: '每周到岗' },
        data: {
          values: [
            { label: '第1周', value: 5 },
            { label: '第2周', value: 4 },
          ],
        },
        xField: 'label',
        yField: 'value',
      },
    });
    expect(JSON.stringify(chart)).not.toMatch(/function|=>/);
  });

  it('puts the action name into every callback value, where a value key cannot override it', () => {
    const json = JSON.stringify(renderFeishuCard(summaryCard));
    expect(json).toContain('"behaviors":[{"type":"callback","value":{"id":7,"action":"confirm_day"}}]');
    expect(json).toContain('"value":{"id":7,"action":"dispute_day"}');
    expect(json).toContain('"confirm":{"title":{"tag":"plain_text","content":"确认？"}');
  });

  it('renders a form with its inputs and a submit button', () => {
    const form = elementsOf(renderFeishuCard(summaryCard)).find((e) => e.tag === 'form');
    expect(form).toMatchObject({
      name: 'log_form',
      elements: [
        { tag: 'input', name: 'patients', required: true, label: { content: '诊疗人次' } },
        { tag: 'button', name: 'log_form_submit', form_action_type: 'submit' },
      ],
    });
  });

  it('clamps the table page size to Feishu’s 1–10 and types numeric columns', () => {
    const table = elementsOf(renderFeishuCard(summaryCard)).find((e) => e.tag === 'table');
    expect(table).toMatchObject({
      page_size: 10,
      columns: [
        { name: 'name', data_type: 'text' },
        { name: 'days', data_type: 'number', horizontal_align: 'right' },
      ],
      rows: [
        { name: '王医生', days: 4 },
        { name: '李医生', days: 2 },
      ],
    });
  });

  it('escapes markup in field data', () => {
    expect(escapeMarkdown('<at id=all></at>')).toBe('&#60;at id=all&#62;&#60;/at&#62;');
    expect(JSON.stringify(renderFeishuCard(summaryCard))).not.toContain('<at');
  });
});

describe('renderFittingCard (30 KB guard)', () => {
  const note = (total: number, shown: number): string => `…共 ${total} 行，仅显示前 ${shown} 行`;
  const bigTable = (rows: number): Card => ({
    title: '全市到岗明细',
    elements: [
      { kind: 'markdown', text: trustedMarkdown('**明细**') },
      {
        kind: 'table',
        columns: [
          { key: 'clinic', label: '受援单位' },
          { key: 'doctor', label: '医师' },
          { key: 'days', label: '天数' },
        ],
        rows: Array.from({ length: rows }, (_, i) => ({
          clinic: `第${i + 1}乡镇卫生院`,
          doctor: `医师${i + 1}`,
          days: i % 9,
        })),
      },
      { kind: 'note', text: trustedMarkdown('末尾说明') },
    ],
  });

  it('leaves a card that fits unchanged', () => {
    const card = bigTable(20);
    expect(renderFittingCard(card, note)).toEqual(renderFeishuCard(card));
  });

  it('cuts table rows to fit and says how many are shown', () => {
    const card = bigTable(2000);
    expect(cardFits(renderFeishuCard(card))).toBe(false);
    const fitted = renderFittingCard(card, note);
    expect(cardRequestBytes(fitted)).toBeLessThanOrEqual(CARD_BYTE_LIMIT);
    const elements = elementsOf(fitted);
    const table = elements[1] as { rows: unknown[] };
    const shown = table.rows.length;
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(2000);
    expect(elements[2]).toMatchObject({
      tag: 'markdown',
      content: expect.stringContaining(`…共 2000 行，仅显示前 ${shown} 行`),
    });
    expect(elements[3]).toMatchObject({ content: expect.stringContaining('末尾说明') });
    // As many rows as fit: one more would not.
    const [head, table0, tail] = card.elements;
    const withRows = (n: number): Card => ({
      ...card,
      elements: [
        head!,
        { ...(table0 as Extract<Card['elements'][number], { kind: 'table' }>), rows: rowsOf(table0).slice(0, n) },
        { kind: 'note', text: trustedMarkdown(note(2000, n)) },
        tail!,
      ],
    });
    expect(cardFits(renderFeishuCard(withRows(shown)))).toBe(true);
    expect(cardFits(renderFeishuCard(withRows(shown + 1)))).toBe(false);
  });

  it('cuts the largest of several tables first and keeps the others whole', () => {
    const small = bigTable(10).elements[1]!;
    const card: Card = { title: 'two tables', elements: [small, ...bigTable(2000).elements] };
    const elements = elementsOf(renderFittingCard(card, note));
    expect((elements[0] as { rows: unknown[] }).rows).toHaveLength(10);
    expect(elements[1]).toMatchObject({ tag: 'markdown', content: '**明细**' });
    expect(elements[3]).toMatchObject({ content: expect.stringContaining('共 2000 行') });
  });

  it('returns the full card when no table cut can make it fit', () => {
    const card: Card = { title: 'huge', elements: [{ kind: 'markdown', text: trustedMarkdown('字'.repeat(20_000)) }] };
    expect(renderFittingCard(card, note)).toEqual(renderFeishuCard(card));
  });
});
