import type { InboundEvent } from '../core/event.js';
import type { Addressing, Destination } from './adapter.js';

/**
 * Addressing for a platform with threaded replies and two id kinds, one for users and one for chats
 * (Feishu: `open_id` / `chat_id`; the sandbox borrows them). A reply answers the message when there is
 * one; otherwise (card actions, menu clicks, bot added) it is a new message to the group, or to the
 * speaker in a private chat (Feishu menu events carry no chat id, so the user id is the one address that
 * always works).
 */
export function threadedAddressing(userIdType: string, chatIdType: string): Addressing {
  const chatOf = (event: InboundEvent): Destination => ({ receiveIdType: chatIdType, receiveId: event.chat.id });
  const person = (userId: string): Destination => ({ receiveIdType: userIdType, receiveId: userId });
  return {
    chatOf,
    person,
    group: (chatId) => ({ receiveIdType: chatIdType, receiveId: chatId }),
    replyTo(event) {
      if (event.messageId) return { operation: 'REPLY', targetMessageId: event.messageId, ...chatOf(event) };
      if (event.chat.type === 'group') return { operation: 'SEND', ...chatOf(event) };
      return { operation: 'SEND', ...person(event.sender.userId) };
    },
  };
}
