import type { Card, CardButton, CardElement } from '../../core/card.js';
import type { RenderedMessage } from '../adapter.js';
import { escapeDingtalkMarkdown as esc } from './markdown.js';

/** `msgType` of a card rendered as a DingTalk interactive card (互动卡片) instance. */
export const CARD_MSG_TYPE = 'card';
/** `msgType` of markdown, sent with msgKey `sampleMarkdown`. */
export const MARKDOWN_MSG_TYPE = 'markdown';

/** A card's button as the card template receives it: the text and the params its callback returns. */
export interface TemplateButton {
  text: string;
  style: 'primary' | 'default' | 'danger';
  params: Record<string, string | number>;
}

/** The content of a `card` message: the template and its variables (all strings, dingtalk.md §4.6). */
export interface CardContent {
  cardTemplateId: string;
  cardParamMap: { title: string; markdown: string; buttons: string };
}

/**
 * Renders a neutral card for DingTalk. With a card template, an interactive card whose buttons call
 * back (`params` carry the action and its value, like a Feishu button value); without one, markdown
 * (DingTalk robot messages have no callback buttons, dingtalk.md §4.4), the buttons listed by name with
 * a note that this deployment shows them only as interactive cards.
 */
export function renderDingtalkCard(card: Card, templateId: string | undefined, noButtonsNote: string): RenderedMessage {
  const buttons: TemplateButton[] = [];
  const heading = card.subtitle ? `### ${esc(card.title)}\n${esc(card.subtitle)}` : `### ${esc(card.title)}`;
  const blocks = card.elements.map((element) => renderElement(element, buttons));
  const markdown = [heading, ...blocks.filter(Boolean)].join('\n\n');
  if (templateId) {
    const content: CardContent = {
      cardTemplateId: templateId,
      cardParamMap: { title: card.title, markdown, buttons: JSON.stringify(buttons) },
    };
    return { msgType: CARD_MSG_TYPE, content: JSON.stringify(content) };
  }
  const listed = buttons.length
    ? `\n\n${buttons.map((button) => `- ${esc(button.text)}`).join('\n')}\n\n> ${noButtonsNote}`
    : '';
  return { msgType: MARKDOWN_MSG_TYPE, content: JSON.stringify({ title: card.title, text: markdown + listed }) };
}

function renderElement(element: CardElement, buttons: TemplateButton[]): string {
  const add = (button: CardButton): void => {
    buttons.push({
      text: button.text,
      style: button.style ?? 'default',
      params: { ...(button.value ?? {}), action: button.action },
    });
  };
  switch (element.kind) {
    case 'markdown':
      return element.text;
    case 'note':
      return `> ${element.text}`;
    case 'fields':
      return element.fields.map((field) => `**${esc(field.label)}**：${esc(field.value)}`).join('\n\n');
    case 'divider':
      return '---';
    case 'table': {
      const header = `| ${element.columns.map((c) => esc(c.label)).join(' | ')} |`;
      const rule = `| ${element.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
      const rows = element.rows.map(
        (row) => `| ${element.columns.map((c) => esc(String(row[c.key] ?? ''))).join(' | ')} |`,
      );
      return [header, rule, ...rows].join('\n');
    }
    case 'barChart':
      return [
        `**${esc(element.title)}**（${esc(element.valueLabel)}）`,
        ...element.bars.map((bar) => `- ${esc(bar.label)}：${bar.value}`),
      ].join('\n');
    case 'actions':
      element.buttons.forEach(add);
      return '';
    case 'links':
      // DingTalk markdown links open in its in-app browser; the address is the service's own signed link.
      return element.buttons
        .map((button) => `[${esc(button.text)}](${button.url.replace(/[()\s]/g, encodeURIComponent)})`)
        .join('\n\n');
    case 'form': {
      // The card template has no inputs: a form that needs them says what to type instead of a submit
      // that would send it empty.
      const labels = element.inputs.map((input) => `- ${esc(input.label)}`);
      if (element.typed) return `${labels.join('\n')}\n\n> ${element.typed}`;
      add(element.submit);
      return labels.join('\n');
    }
  }
}
