import type { Card, CardButton, CardElement, CardInput, CardLinkButton, CardTone } from '../../core/card.js';
import { stripBidi } from '../../core/card-text.js';
import { escapeFeishuText } from './text-escape.js';

/**
 * Neutral `Card` → Feishu card JSON 2.0 (feishu.md §9). JSON 2.0 rejects unknown properties, so only
 * documented fields are emitted, and nothing optional is emitted empty (keeps the card small: the
 * request may not exceed 30 KB).
 */

/** A Feishu card JSON object (schema 2.0). */
export type FeishuCardJson = Record<string, unknown>;

const TEMPLATES: Record<CardTone, string> = {
  blue: 'blue',
  green: 'green',
  orange: 'orange',
  red: 'red',
  grey: 'grey',
};

/** Fields laid out per row: two columns read well on phones. */
const FIELDS_PER_ROW = 2;

/**
 * Documented limits of card JSON 2.0 this renderer enforces, each with its source in the official docs
 * (mirrored in wxkingstar/doc-hub-mcp under `feishu/001-开发指南/feishu-cards/build-card-with-json/`):
 * - table.md: "单张卡片最多支持放置五个表格组件" (at most five tables a card; a sixth makes the send fail),
 *   `page_size` "支持 [1,10] 整数" (default 5), columns "最多支持添加 50 列".
 * - chart.md: "单张卡片建议最多放置五个图表组件".
 * - rich-text.md: one Enter is a soft break that "在渲染时可能会被忽略"; `<br>` is the supported hard break.
 * - VChart axis options (the chart spec is VChart's): `label.autoRotate` only acts with `sampling: false`;
 *   sampling thins out labels first, so long hospital names would be dropped instead of rotated.
 */
export const FEISHU_CARD_LIMITS = {
  tablesPerCard: 5,
  chartsPerCard: 5,
  tableColumns: 50,
  tablePageSize: { min: 1, max: 10, fallback: 5 },
} as const;

const TABLE_PAGE_SIZE = FEISHU_CARD_LIMITS.tablePageSize;

/**
 * Renders a whole card. Past the documented limits it degrades deterministically instead of producing a
 * card Feishu refuses: tables after the fifth and charts after the fifth become markdown text with the same
 * content, in order; columns past the fiftieth are dropped (Feishu would not show them).
 */
export function renderFeishuCard(card: Card): FeishuCardJson {
  let tables = 0;
  let charts = 0;
  const elements = card.elements.flatMap((element) => {
    if (element.kind === 'table' && ++tables > FEISHU_CARD_LIMITS.tablesPerCard) return [tableAsMarkdown(element)];
    if (element.kind === 'barChart' && ++charts > FEISHU_CARD_LIMITS.chartsPerCard) {
      return [chartAsMarkdown(element)];
    }
    return renderElement(element);
  });
  return {
    schema: '2.0',
    // update_multi must be true for the card to be patched later (feishu.md §7.4).
    config: { update_multi: true, width_mode: 'fill', summary: { content: card.title } },
    header: {
      title: plainText(card.title),
      ...(card.subtitle ? { subtitle: plainText(card.subtitle) } : {}),
      template: TEMPLATES[card.tone ?? 'blue'],
    },
    body: { elements },
  };
}

function renderElement(element: CardElement): object[] {
  switch (element.kind) {
    case 'markdown':
      return [{ tag: 'markdown', content: hardBreaks(element.text) }];
    case 'note':
      return [
        { tag: 'markdown', content: `<font color='grey'>${hardBreaks(element.text)}</font>`, text_size: 'notation' },
      ];
    case 'divider':
      return [{ tag: 'hr' }];
    case 'fields':
      return chunk(element.fields, FIELDS_PER_ROW).map((row) =>
        columnSet(
          row.map((f) => ({
            tag: 'column',
            width: 'weighted',
            weight: 1,
            elements: [
              { tag: 'markdown', content: hardBreaks(`**${escapeMarkdown(f.label)}**\n${escapeMarkdown(f.value)}`) },
            ],
          })),
        ),
      );
    case 'table':
      return [renderTable(element)];
    case 'barChart':
      return [renderBarChart(element)];
    case 'actions':
      if (element.buttons.length === 0) return [];
      return [
        columnSet(
          element.buttons.map((b) => ({ tag: 'column', width: 'auto', elements: [renderButton(b)] })),
          'flow',
        ),
      ];
    case 'links':
      if (element.buttons.length === 0) return [];
      return [
        columnSet(
          element.buttons.map((b) => ({ tag: 'column', width: 'auto', elements: [renderLinkButton(b)] })),
          'flow',
        ),
      ];
    case 'form':
      return [
        {
          tag: 'form',
          name: element.name,
          elements: [
            ...element.inputs.map(renderInput),
            { ...renderButton(element.submit), name: `${element.name}_submit`, form_action_type: 'submit' },
          ],
        },
      ];
  }
}

function renderTable(element: Extract<CardElement, { kind: 'table' }>): object {
  const numeric = (key: string): boolean => element.rows.every((row) => typeof row[key] === 'number');
  const shown = element.columns.slice(0, FEISHU_CARD_LIMITS.tableColumns);
  const columns = shown.map((c) => ({
    name: c.key,
    display_name: c.label,
    data_type: numeric(c.key) ? 'number' : 'text',
    ...(c.align ? { horizontal_align: c.align } : {}),
  }));
  const rows = element.rows.map((row) =>
    Object.fromEntries(shown.map((c) => [c.key, numeric(c.key) ? row[c.key] : stripBidi(String(row[c.key] ?? ''))])),
  );
  const pageSize = Math.min(
    TABLE_PAGE_SIZE.max,
    Math.max(TABLE_PAGE_SIZE.min, element.pageSize ?? TABLE_PAGE_SIZE.fallback),
  );
  return {
    tag: 'table',
    page_size: pageSize,
    row_height: 'low',
    header_style: { bold: true, background_style: 'grey' },
    columns,
    rows,
  };
}

/** A VChart bar spec (feishu.md §9.2); no functions, nothing mobile clients cannot draw. */
function renderBarChart(element: Extract<CardElement, { kind: 'barChart' }>): object {
  return {
    tag: 'chart',
    aspect_ratio: '16:9',
    color_theme: 'brand',
    chart_spec: {
      type: 'bar',
      title: { text: element.title },
      data: { values: element.bars.map((b) => ({ label: b.label, value: b.value })) },
      xField: 'label',
      yField: 'value',
      label: { visible: true },
      axes: [
        { orient: 'left', title: { visible: true, text: element.valueLabel } },
        // VChart thins out crowded labels unless sampling is off; only then does autoRotate turn them.
        { orient: 'bottom', sampling: false, label: { autoRotate: true } },
      ],
    },
  };
}

/** A table past the card's limit, as markdown: the header line, then a line per row (cells joined). */
function tableAsMarkdown(element: Extract<CardElement, { kind: 'table' }>): object {
  const line = (cells: string[]) => cells.map(escapeMarkdown).join(' ｜ ');
  const header = `**${line(element.columns.map((c) => c.label))}**`;
  const rows = element.rows.map((row) => line(element.columns.map((c) => String(row[c.key] ?? ''))));
  return { tag: 'markdown', content: [header, ...rows].join('<br>') };
}

/** A chart past the card's limit, as markdown: its title, then `label：value` per bar. */
function chartAsMarkdown(element: Extract<CardElement, { kind: 'barChart' }>): object {
  const bars = element.bars.map((bar) => `${escapeMarkdown(bar.label)}：${bar.value}`);
  return { tag: 'markdown', content: [`**${escapeMarkdown(element.title)}**`, ...bars].join('<br>') };
}

/**
 * Single line breaks meant as breaks, as the documented hard break `<br>`; a blank line (a paragraph), a
 * line starting a list, heading, quote or code fence, and everything inside a code fence keep their `\n`.
 */
export function hardBreaks(text: string): string {
  const lines = text.split('\n');
  let fenced = false;
  return lines.reduce((out, line, index) => {
    if (index === 0) {
      fenced = line.trimStart().startsWith('```');
      return line;
    }
    const previous = lines[index - 1] ?? '';
    const opensBlock = /^\s*([-*+]\s|\d+\.\s|#|>|```)/.test(line);
    const keepNewline = fenced || opensBlock || line === '' || previous === '';
    if (line.trimStart().startsWith('```')) fenced = !fenced;
    return `${out}${keepNewline ? '\n' : '<br>'}${line}`;
  }, '');
}

/** A button opening an address in Feishu's in-app browser (card JSON 2.0 `open_url` behaviour). */
function renderLinkButton(button: CardLinkButton): Record<string, unknown> {
  return {
    tag: 'button',
    text: plainText(button.text),
    type: button.style ?? 'default',
    behaviors: [{ type: 'open_url', default_url: button.url }],
  };
}

/**
 * A callback button: `value` comes back as `action.value` of `card.action.trigger`. The action name
 * is written last so a value key called `action` cannot shadow it.
 */
function renderButton(button: CardButton): Record<string, unknown> {
  return {
    tag: 'button',
    text: plainText(button.text),
    type: button.style ?? 'default',
    behaviors: [{ type: 'callback', value: { ...button.value, action: button.action } }],
    ...(button.confirm
      ? { confirm: { title: plainText(button.confirm.title), text: plainText(button.confirm.text) } }
      : {}),
  };
}

function renderInput(input: CardInput): object {
  return {
    tag: 'input',
    name: input.name,
    required: input.required ?? false,
    label: plainText(input.label),
    ...(input.placeholder ? { placeholder: plainText(input.placeholder) } : {}),
    ...(input.defaultValue ? { default_value: input.defaultValue } : {}),
  };
}

function columnSet(columns: object[], flexMode?: 'flow'): object {
  return { tag: 'column_set', ...(flexMode ? { flex_mode: flexMode } : {}), columns };
}

/** Plain text nodes (titles, buttons, inputs): escaped as a text message is (no `<at`, no bidi controls). */
function plainText(content: string): { tag: 'plain_text'; content: string } {
  return { tag: 'plain_text', content: escapeFeishuText(content) };
}

/**
 * Field labels and values shown inside markdown must not be read as markup: `<at id=all></at>` in a
 * clinic name would otherwise @ everyone, `**` or `[x](url)` would format or link (without `[` no link). Markup characters
 * become entities and bidi controls are dropped. `&` and `#` are left alone, so a label already escaped
 * by the card's `t` (entities) is not escaped twice.
 */
export function escapeMarkdown(text: string): string {
  return stripBidi(text).replace(/[<>*_~`[\]|\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function chunk<T>(items: T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}
