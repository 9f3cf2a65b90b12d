import type { EventHandles } from '@larksuiteoapi/node-sdk';
import type { InboundEvent } from '../../core/event.js';
import { messageBody } from './inbound-message.js';
import { isRecord, parseJsonObject } from './verify.js';

/**
 * Converters from the SDK's flattened event data (feishu.md §3.4: `{...header, ...event}`) to the
 * normalized `InboundEvent`. Pure: the webhook route and the WebSocket client share them.
 */

/** `im.message.receive_v1` as the SDK hands it to a handler. */
export type MessageReceiveData = Parameters<NonNullable<EventHandles['im.message.receive_v1']>>[0];
/** `application.bot.menu_v6`, flattened. */
export type BotMenuData = Parameters<NonNullable<EventHandles['application.bot.menu_v6']>>[0];
/** `im.chat.member.bot.added_v1`, flattened. */
export type BotAddedData = Parameters<NonNullable<EventHandles['im.chat.member.bot.added_v1']>>[0];

/**
 * `card.action.trigger` (schema 2.0, feishu.md §5.1), flattened. Not in the SDK's typed handlers; the
 * SDK's own type for card actions is the legacy flat shape, so this is ours. Only `unknown` is trusted.
 */
export interface CardActionData {
  event_id?: unknown;
  event_type?: unknown;
  create_time?: unknown;
  operator?: unknown;
  action?: unknown;
  context?: unknown;
}

/** What a converter made of an event. */
export type Converted =
  | { kind: 'event'; event: InboundEvent }
  /** Nothing to act on (an image, a message from another bot); acknowledged, nothing stored. */
  | { kind: 'ignored'; reason: string }
  /** Authenticated but unusable (tampered card value, broken content); refused, nothing stored. */
  | { kind: 'refused'; reason: string };

/** What converters need besides the event. */
export interface ConvertContext {
  /** The bot's own open_id, to recognise its @-mention; undefined when not (yet) known. */
  botOpenId: string | undefined;
  /** Receipt time, used when the event carries no usable time. */
  now: Date;
}

/** A received message: text (with @-mentions), rich text, location or file. */
export function convertMessage(data: MessageReceiveData, ctx: ConvertContext): Converted {
  const { sender, message } = data;
  const userId = sender?.sender_id?.open_id;
  if (sender?.sender_type !== 'user') return { kind: 'ignored', reason: 'sender_not_user' };
  if (!userId || !message?.message_id || !message.chat_id || typeof data.event_id !== 'string') {
    return { kind: 'refused', reason: 'bad_event' };
  }
  const mentions = (message.mentions ?? []).map((m) => ({
    key: m.key,
    id: m.id ?? {},
    name: m.name,
    mentioned_type: m.mentioned_type,
  }));
  const converted = messageBody(message.message_type, message.content, mentions, ctx.botOpenId);
  if (!converted.ok) {
    return converted.problem === 'unsupported'
      ? { kind: 'ignored', reason: `message_type_${message.message_type}` }
      : { kind: 'refused', reason: 'bad_content' };
  }
  return {
    kind: 'event',
    event: {
      platform: 'FEISHU',
      eventId: data.event_id,
      messageId: message.message_id,
      occurredAt: feishuTime(message.create_time ?? data.create_time, ctx.now),
      sender: { userId, unionId: sender.sender_id?.union_id },
      chat: { id: message.chat_id, type: message.chat_type === 'p2p' ? 'p2p' : 'group' },
      mentionsBot: converted.mentionsBot,
      body: converted.body,
    },
  };
}

/**
 * A card button or form submit. `value.action` names the action; the rest of `value` and the form
 * inputs go to the core unchecked (they are the user's to tamper with; handlers check every id).
 *
 * Feishu does not say whether the card sits in a p2p chat or a group, so the chat is reported as a
 * group: the cautious reading for anything that decides what may be shown there.
 */
export function convertCardAction(data: CardActionData, ctx: ConvertContext): Converted {
  if (data.event_type !== 'card.action.trigger') return { kind: 'ignored', reason: 'not_card_action' };
  const operator = isRecord(data.operator) ? data.operator : {};
  const action = isRecord(data.action) ? data.action : {};
  const context = isRecord(data.context) ? data.context : {};
  const userId = stringField(operator, 'open_id');
  if (typeof data.event_id !== 'string' || !userId) return { kind: 'refused', reason: 'bad_event' };
  const value = buttonValue(action.value);
  if (!value || typeof value.action !== 'string' || value.action === '') {
    return { kind: 'refused', reason: 'bad_card_action' };
  }
  const { action: name, ...rest } = value;
  const formValue = isRecord(action.form_value) ? action.form_value : undefined;
  const messageId = stringField(context, 'open_message_id');
  return {
    kind: 'event',
    event: {
      platform: 'FEISHU',
      eventId: data.event_id,
      occurredAt: feishuTime(data.create_time, ctx.now),
      sender: { userId, unionId: stringField(operator, 'union_id') },
      chat: { id: stringField(context, 'open_chat_id') ?? userId, type: 'group' },
      mentionsBot: true,
      body: { kind: 'cardAction', action: name, value: rest, formValue, cardMessageId: messageId },
    },
  };
}

/**
 * A bot menu click. Feishu sends no chat id (feishu.md §6): the menu lives in the user's p2p chat with
 * the bot, so the chat id is the user's open_id (send to it with `receive_id_type=open_id`).
 */
export function convertMenu(data: BotMenuData, ctx: ConvertContext): Converted {
  const userId = data.operator?.operator_id?.open_id;
  if (typeof data.event_id !== 'string' || !userId || !data.event_key) return { kind: 'refused', reason: 'bad_event' };
  return {
    kind: 'event',
    event: {
      platform: 'FEISHU',
      eventId: data.event_id,
      occurredAt: feishuTime(data.timestamp ?? data.create_time, ctx.now),
      sender: {
        userId,
        unionId: data.operator?.operator_id?.union_id,
        name: data.operator?.operator_name || undefined,
      },
      chat: { id: userId, type: 'p2p' },
      mentionsBot: true,
      body: { kind: 'menu', key: data.event_key },
    },
  };
}

/** The bot was added to a group; the sender is whoever added it. */
export function convertBotAdded(data: BotAddedData, ctx: ConvertContext): Converted {
  const userId = data.operator_id?.open_id;
  if (typeof data.event_id !== 'string' || !userId || !data.chat_id) return { kind: 'refused', reason: 'bad_event' };
  const chatName = data.name || data.i18n_names?.zh_cn || undefined;
  return {
    kind: 'event',
    event: {
      platform: 'FEISHU',
      eventId: data.event_id,
      occurredAt: feishuTime(data.create_time, ctx.now),
      sender: { userId, unionId: data.operator_id?.union_id },
      chat: { id: data.chat_id, type: 'group', name: chatName },
      mentionsBot: false,
      body: { kind: 'botAdded', chatName },
    },
  };
}

/**
 * Feishu times come in seconds, milliseconds or microseconds depending on the event (feishu.md §13.3),
 * as strings or numbers; the magnitude tells which. Anything unreadable falls back to receipt time.
 */
export function feishuTime(value: unknown, fallback: Date): Date {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n <= 0) return fallback;
  const ms = n >= 1e14 ? n / 1000 : n >= 1e11 ? n : n * 1000;
  return new Date(Math.floor(ms));
}

/** `action.value` is whatever the button carried: an object, or a JSON string of one. */
function buttonValue(value: unknown): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  return typeof value === 'string' ? parseJsonObject(value) : undefined;
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
