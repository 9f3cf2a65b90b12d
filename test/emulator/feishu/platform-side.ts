import type { CardActionEvent, MessageReceiveEvent, V2Envelope } from './events.js';
import { isRecord } from './http.js';
import type { EmulatorState } from './state.js';

/** The bot's answer to a card callback (doc §5.1). */
export interface CardReply {
  toast?: unknown;
  card?: { type?: unknown; data?: unknown };
}

/**
 * Parses a card callback answer `{toast?, card?}`. An empty body (the SDK's answer for a void handler)
 * counts as `{}`; anything that is not a JSON object gives `undefined`.
 */
export function parseCardReply(text: string): CardReply | undefined {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? (value as CardReply) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the platform knows before it pushes an event, shared by the webhook pusher and the WebSocket
 * emulation: a user message exists (so the bot can reply to it and download its files), the bot is in
 * the group it was added to, and a card callback has granted its delayed-update token.
 */
export function notePush(state: EmulatorState, envelope: V2Envelope<object>): void {
  const { event_type: type, app_id: appId } = envelope.header;
  if (type === 'im.message.receive_v1') {
    const { sender, message } = envelope.event as MessageReceiveEvent;
    state.recordUserMessage({
      app_id: appId,
      message_id: message.message_id,
      chat_id: message.chat_id,
      chat_type: message.chat_type,
      sender: sender.sender_id,
      message_type: message.message_type,
      content: message.content,
      create_time: Number(message.create_time),
      ...(message.parent_id !== undefined && { parent_id: message.parent_id }),
      ...(message.root_id !== undefined && { root_id: message.root_id }),
    });
  } else if (type === 'im.chat.member.bot.added_v1') {
    const { chat_id: chatId, name } = envelope.event as { chat_id: string; name: string };
    const chat = state.chats.get(chatId) ?? state.addGroup({ name, chat_id: chatId, botAppIds: [] });
    chat.botAppIds.add(appId);
  } else if (type === 'card.action.trigger') {
    const { token, context } = envelope.event as CardActionEvent;
    state.cardTokens.set(token, {
      appId,
      messageId: context.open_message_id,
      issuedAt: state.now(),
      acked: false,
      uses: 0,
    });
  }
}

/** Applies a card callback's answer: the update token becomes usable, a raw card replaces the card. */
export function applyCardReply(state: EmulatorState, envelope: V2Envelope<object>, reply: CardReply): void {
  const { token, context } = envelope.event as CardActionEvent;
  const grant = state.cardTokens.get(token);
  if (grant) grant.acked = true;
  state.callbackReplies.push({
    eventId: envelope.header.event_id,
    messageId: context.open_message_id,
    ...(reply.toast !== undefined && { toast: reply.toast }),
    ...(reply.card !== undefined && { card: reply.card }),
    at: state.now(),
  });
  if (reply.card?.type === 'raw' && isRecord(reply.card.data)) {
    state.setCardContent(context.open_message_id, reply.card.data);
  }
}

/** True for a card callback envelope. */
export function isCardCallback(envelope: V2Envelope<object>): boolean {
  return envelope.header.event_type === 'card.action.trigger';
}
