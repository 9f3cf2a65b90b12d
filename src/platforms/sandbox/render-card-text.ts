import type { Card, CardButton, CardElement, CardInput } from '../../core/card.js';
import { displayWidth, pad } from './text-width.js';

/** A button of a card as the sandbox shows it: numbered from 1 across the whole card. */
export interface SandboxButton {
  index: number;
  text: string;
  action: string;
  value: Record<string, string | number>;
  confirm?: { title: string; text: string };
  /** For a form's submit button: the inputs to ask for before pressing. */
  form?: { name: string; inputs: CardInput[] };
}

/** A card rendered for a terminal. */
export interface CardText {
  text: string;
  buttons: SandboxButton[];
}

/** Widest bar of a bar chart, in characters. */
const BAR_WIDTH = 20;

/** Renders a neutral card as plain text, with its buttons numbered `[1]`, `[2]` … for the chat CLI. */
export function renderCardText(card: Card): CardText {
  const buttons: SandboxButton[] = [];
  const addButton = (button: CardButton, form?: SandboxButton['form']): string => {
    const index = buttons.length + 1;
    buttons.push({
      index,
      text: button.text,
      action: button.action,
      value: button.value ?? {},
      ...(button.confirm ? { confirm: button.confirm } : {}),
      ...(form ? { form } : {}),
    });
    return `[${index}] ${button.text}`;
  };
  const heading = card.subtitle ? `【${card.title}】 ${card.subtitle}` : `【${card.title}】`;
  const blocks = card.elements.map((element) => renderElement(element, addButton));
  return { text: [heading, ...blocks].join('\n'), buttons };
}

function renderElement(
  element: CardElement,
  addButton: (b: CardButton, form?: SandboxButton['form']) => string,
): string {
  switch (element.kind) {
    case 'markdown':
      return stripMarkdown(element.text);
    case 'fields':
      return element.fields.map((field) => `${field.label}：${field.value}`).join('\n');
    case 'divider':
      return '─'.repeat(24);
    case 'note':
      return `※ ${stripMarkdown(element.text)}`;
    case 'table':
      return renderTable(element.columns, element.rows);
    case 'barChart':
      return renderBarChart(element.title, element.bars, element.valueLabel);
    case 'actions':
      return element.buttons.map((button) => addButton(button)).join('  ');
    case 'links':
      // The address itself, so someone trying the sandbox can open the page in a browser on this machine.
      return element.buttons.map((button) => `🔗 ${button.text}：${button.url}`).join('\n');
    case 'form': {
      const inputs = element.inputs.map((input) => {
        const hint = input.placeholder ? `（${input.placeholder}）` : '';
        return `${input.label}${input.required ? '*' : ''}：${input.defaultValue ?? '____'}${hint}`;
      });
      return [...inputs, addButton(element.submit, { name: element.name, inputs: element.inputs })].join('\n');
    }
  }
}

/** Bold and inline-code markers read badly in a terminal; links keep their text and address. */
function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 <$2>');
}

function renderTable(
  columns: { key: string; label: string; align?: 'left' | 'right' }[],
  rows: Record<string, string | number>[],
): string {
  const cell = (row: Record<string, string | number>, key: string) => String(row[key] ?? '');
  const widths = columns.map((column) =>
    Math.max(displayWidth(column.label), ...rows.map((row) => displayWidth(cell(row, column.key)))),
  );
  const line = (values: string[]) =>
    values
      .map((value, i) => pad(value, widths[i] ?? 0, columns[i]?.align ?? 'left'))
      .join(' │ ')
      .trimEnd();
  return [
    line(columns.map((column) => column.label)),
    widths.map((width) => '─'.repeat(width)).join('─┼─'),
    ...rows.map((row) => line(columns.map((column) => cell(row, column.key)))),
  ].join('\n');
}

function renderBarChart(title: string, bars: { label: string; value: number }[], valueLabel: string): string {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const labelWidth = Math.max(0, ...bars.map((bar) => displayWidth(bar.label)));
  const lines = bars.map((bar) => {
    const length = max > 0 ? Math.round((Math.max(0, bar.value) / max) * BAR_WIDTH) : 0;
    return `${pad(bar.label, labelWidth)} ${'█'.repeat(length)}${' '.repeat(BAR_WIDTH - length)} ${bar.value}`;
  });
  return [`${title}（${valueLabel}）`, ...lines].join('\n');
}
