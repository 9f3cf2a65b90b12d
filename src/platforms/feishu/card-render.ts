import type { Card, CardButton, CardElement, CardInput, CardLinkButton, CardTone } from '../../core/card.js';

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
/** Feishu tables show 1–10 rows a page (default 5). */
const TABLE_PAGE_SIZE = { min: 1, max: 10, fallback: 5 };

/** Renders a whole card. */
export function renderFeishuCard(card: Card): FeishuCardJson {
  return {
    schema: '2.0',
    // update_multi must be true for the card to be patched later (feishu.md §7.4).
    config: { update_multi: true, width_mode: 'fill', summary: { content: card.title } },
    header: {
      title: plainText(card.title),
      ...(card.subtitle ? { subtitle: plainText(card.subtitle) } : {}),
      template: TEMPLATES[card.tone ?? 'blue'],
    },
    body: { elements: card.elements.flatMap(renderElement) },
  };
}

function renderElement(element: CardElement): object[] {
  switch (element.kind) {
    case 'markdown':
      return [{ tag: 'markdown', content: element.text }];
    case 'note':
      return [{ tag: 'markdown', content: `<font color='grey'>${element.text}</font>`, text_size: 'notation' }];
    case 'divider':
      return [{ tag: 'hr' }];
    case 'fields':
      return chunk(element.fields, FIELDS_PER_ROW).map((row) =>
        columnSet(
          row.map((f) => ({
            tag: 'column',
            width: 'weighted',
            weight: 1,
            elements: [{ tag: 'markdown', content: `**${escapeMarkdown(f.label)}**\n${escapeMarkdown(f.value)}` }],
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
  const columns = element.columns.map((c) => ({
    name: c.key,
    display_name: c.label,
    data_type: numeric(c.key) ? 'number' : 'text',
    ...(c.align ? { horizontal_align: c.align } : {}),
  }));
  const rows = element.rows.map((row) =>
    Object.fromEntries(element.columns.map((c) => [c.key, numeric(c.key) ? row[c.key] : String(row[c.key] ?? '')])),
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
        { orient: 'bottom', label: { autoRotate: true } },
      ],
    },
  };
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

function plainText(content: string): { tag: 'plain_text'; content: string } {
  return { tag: 'plain_text', content };
}

/**
 * Data shown inside markdown (names, values) must not be read as markup: `<at id=all></at>` in a
 * clinic name would otherwise @ everyone. Angle brackets become entities.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/</g, '&#60;').replace(/>/g, '&#62;');
}

function chunk<T>(items: T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}
