import type { SandboxMessage } from '../../platforms/sandbox/outbox.js';

/** How the bot's messages look in the terminal. */
export function formatBotMessage(message: SandboxMessage): string {
  const who = message.revision > 0 ? '巡诊助手（卡片已更新 / card updated）' : '巡诊助手';
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
