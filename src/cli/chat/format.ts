import type { SandboxMessage } from '../../platforms/sandbox/outbox.js';

/** How the bot's messages look in the terminal; a card with buttons shows its number (`RecentCards`). */
export function formatBotMessage(message: SandboxMessage, cardTag?: number): string {
  const name = cardTag === undefined ? '巡诊助手' : `巡诊助手 · 卡片 #${cardTag}`;
  const who = message.revision > 0 ? `${name}（卡片已更新 / card updated）` : name;
  const body = message.kind === 'card' ? `\n${indent(message.text)}` : ` ${message.text}`;
  const hint = message.buttons.length > 0 ? '\n  ↳ 输入按钮编号按下 / type a button number to press it' : '';
  return `${who} ▸${body}${hint}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
