import type { CommandArgs } from './context.js';
import type { InboundEvent } from './event.js';
import type { BodyOf } from './handler-definitions.js';

/**
 * Turns a text message into a command word and its arguments.
 *
 * Rules (the same on every platform):
 * - Full-width letters, digits and punctuation (`／ＨＥＬＰ`, `３０`) and the ideographic space become
 *   half-width; runs of whitespace (newlines included) become one space.
 * - In a group the bot must be @-mentioned, or the message is not for us (ignored). The bot's own
 *   `@name` is removed from the text; `@name`s of people listed in `mentions` stay as arguments.
 * - The leading slash is optional: `/签到`, `／签到`, `、签到` (what the `/` key types in a Chinese
 *   input method) and plain `签到` all name the command. Without a slash, text that names no command
 *   is answered with a hint rather than "unknown command", since it was probably not meant as one.
 */
export type ParsedText = { kind: 'ignored' } | { kind: 'command'; word: string; slash: boolean; args: CommandArgs };

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space (U+3000) as half-width characters. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Half-width, single-spaced, trimmed. */
export function normalizeText(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, ' ').trim();
}

/** Splits normalized text into the command word and its arguments. */
export function parseText(event: InboundEvent, body: BodyOf<'text'>): ParsedText {
  if (event.chat.type === 'group' && !event.mentionsBot) return { kind: 'ignored' };
  const text = event.mentionsBot ? stripBotMention(normalizeText(body.text), body.mentions) : normalizeText(body.text);
  const slash = /^[/、]/.test(text);
  const [word = '', ...tokens] = (slash ? text.slice(1) : text).split(' ').filter(Boolean);
  return { kind: 'command', word, slash, args: argsOf(tokens, body.mentions) };
}

/** Command arguments from their tokens. */
export function argsOf(tokens: string[], mentions: CommandArgs['mentions']): CommandArgs {
  return { raw: tokens.join(' '), tokens, mentions };
}

/** Drops `@name` tokens that are not people listed in `mentions`: those are the bot's own mention. */
function stripBotMention(text: string, mentions: CommandArgs['mentions']): string {
  const people = new Set(mentions.map((m) => `@${normalizeText(m.name)}`));
  return text
    .split(' ')
    .filter((token) => !token.startsWith('@') || people.has(token))
    .join(' ');
}
