import type { EventBody } from '../../core/event.js';
import { isRecord, parseJsonObject } from './verify.js';

/** One entry of `message.mentions` in `im.message.receive_v1` (feishu.md §1.2). */
export interface FeishuMention {
  key: string;
  id: { open_id?: string; union_id?: string; user_id?: string };
  name: string;
  /** `mentioned_type`, newer than the docs in feishu.md; `bot` for a bot. */
  mentioned_type?: string;
}

/** A message body in neutral form, or why it has none. */
export type MessageBody =
  { ok: true; body: EventBody; mentionsBot: boolean } | { ok: false; problem: 'unsupported' | 'malformed' };

/**
 * Turns a received message's `message_type` + `content` (a JSON string, feishu.md §1.3) into a neutral
 * body. Text and rich text become `text` (with @-mentions resolved), plus location and file; every
 * other type (images, stickers, audio …) is unsupported and ignored by the caller.
 */
export function messageBody(
  messageType: string,
  content: string,
  mentions: FeishuMention[],
  botOpenId: string | undefined,
): MessageBody {
  const parsed = parseJsonObject(content);
  if (!parsed) return { ok: false, problem: 'malformed' };
  switch (messageType) {
    case 'text':
      return typeof parsed.text === 'string' ? textBody(parsed.text, mentions, botOpenId) : malformed;
    case 'post': {
      const text = postText(parsed);
      return text === undefined ? malformed : textBody(text, mentions, botOpenId);
    }
    case 'location':
      return {
        ok: true,
        mentionsBot: false,
        body: {
          kind: 'location',
          latitude: coordinate(parsed.latitude),
          longitude: coordinate(parsed.longitude),
          name: typeof parsed.name === 'string' && parsed.name !== '' ? parsed.name : undefined,
        },
      };
    case 'file':
      return typeof parsed.file_key === 'string' && typeof parsed.file_name === 'string'
        ? { ok: true, mentionsBot: false, body: { kind: 'file', fileKey: parsed.file_key, fileName: parsed.file_name } }
        : malformed;
    default:
      return { ok: false, problem: 'unsupported' };
  }
}

const malformed: MessageBody = { ok: false, problem: 'malformed' };

/** Placeholders Feishu puts in text for @-mentions: `@_user_1`, `@_user_12`, `@_all`. */
const PLACEHOLDER = /@_user_\d+|@_all/g;

/**
 * Resolves mention placeholders: the bot's own mention is removed (and reported as `mentionsBot`),
 * everyone else's becomes `@name`. A regex over whole placeholders, so `@_user_1` never eats the
 * prefix of `@_user_10`.
 */
function textBody(raw: string, mentions: FeishuMention[], botOpenId: string | undefined): MessageBody {
  const byKey = new Map(mentions.map((m) => [m.key, m]));
  const isBot = botMentionTest(raw, mentions, botOpenId);
  let mentionsBot = botOpenId === undefined && mentions.length > 0;
  const text = raw
    .replace(PLACEHOLDER, (key) => {
      const mention = byKey.get(key);
      if (mention && isBot(mention)) {
        mentionsBot = true;
        return ' ';
      }
      if (key === '@_all') return `@${mention?.name || 'all'}`;
      return mention ? `@${mention.name}` : key;
    })
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  const people = mentions
    .filter((m) => m.key !== '@_all' && !isBot(m) && m.id.open_id)
    .map((m) => ({ userId: m.id.open_id as string, name: m.name }));
  return { ok: true, mentionsBot, body: { kind: 'text', text, mentions: people } };
}

/**
 * Which mention is the bot's. With its open_id known, the one with that id. Unknown (bot info not
 * answered yet, or without an open_id), the message is taken as addressed to the bot whenever it
 * mentions anyone — Feishu delivers group messages only when the bot is mentioned, unless the app
 * holds the read-all scope — and the bot's mention is the one typed `bot`; in a payload without
 * mention types, the first placeholder of the text (people address the bot first).
 */
function botMentionTest(
  raw: string,
  mentions: FeishuMention[],
  botOpenId: string | undefined,
): (m: FeishuMention) => boolean {
  if (botOpenId !== undefined) return (m) => m.id.open_id === botOpenId;
  if (mentions.some((m) => m.mentioned_type === 'bot')) return (m) => m.mentioned_type === 'bot';
  if (mentions.some((m) => m.mentioned_type !== undefined)) return () => false;
  const firstKey = raw.match(PLACEHOLDER)?.[0];
  return (m) => m.key === firstKey && m.key !== '@_all';
}

/**
 * Flattens rich text (`post`) to plain text: text, links and @-placeholders in order, one line per
 * paragraph. Received posts are usually bare `{title, content}`, sometimes locale-wrapped.
 */
function postText(parsed: Record<string, unknown>): string | undefined {
  const post = Array.isArray(parsed.content)
    ? parsed
    : Object.values(parsed).find((v) => isRecord(v) && Array.isArray(v.content));
  if (!isRecord(post) || !Array.isArray(post.content)) return undefined;
  const lines = post.content.map((paragraph: unknown) =>
    (Array.isArray(paragraph) ? paragraph : [])
      .map((node: unknown) => {
        if (!isRecord(node)) return '';
        if (node.tag === 'at') return typeof node.user_id === 'string' ? ` ${node.user_id} ` : '';
        return typeof node.text === 'string' ? node.text : '';
      })
      .join(''),
  );
  const title = typeof post.title === 'string' && post.title !== '' ? [post.title] : [];
  return [...title, ...lines].join('\n');
}

/** Coordinates arrive as strings; absent or unparsable ones stay undefined. */
function coordinate(value: unknown): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
