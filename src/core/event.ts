/**
 * The normalized inbound event: what every platform adapter turns its payloads into, and all that the
 * bot core and handlers ever see of a platform.
 */

import type { PlatformName } from '../domain/platform.js';

/** Chat platforms are the domain's (`src/domain/platform.ts`); the core re-exports the name. */
export type { PlatformName };

/** What the user sent or did. */
export type EventBody =
  | {
      kind: 'text';
      /** The text with @-mention placeholders replaced by `@name`. */
      text: string;
      /** People @-mentioned (the bot itself excluded), in order. */
      mentions: { userId: string; name: string }[];
    }
  | {
      kind: 'location';
      /** Absent when the client sent a location without coordinates. */
      latitude?: number;
      longitude?: number;
      name?: string;
      accuracyM?: number;
    }
  | { kind: 'file'; fileKey: string; fileName: string; sizeBytes?: number }
  | {
      kind: 'cardAction';
      /** The action name carried in the button value (`value.action`). */
      action: string;
      /** The rest of the button value: ids the card was built with. Never trusted without checks. */
      value: Record<string, unknown>;
      /** Form inputs of a card form, if any. */
      formValue?: Record<string, unknown>;
      /** The message holding the card that was clicked. */
      cardMessageId?: string;
    }
  | { kind: 'menu'; key: string }
  | { kind: 'botAdded'; chatName?: string };

/** One event from a chat platform, normalized. */
export interface InboundEvent {
  platform: PlatformName;
  /** Platform event id: the dedupe key together with `platform`. */
  eventId: string;
  /** The chat message id when the event is a message; also deduped. */
  messageId?: string;
  /** When the platform says the event happened (falls back to receipt time). */
  occurredAt: Date;
  sender: {
    /** Feishu open_id, DingTalk staffId, sandbox name. */
    userId: string;
    unionId?: string;
    name?: string;
  };
  chat: { id: string; type: 'p2p' | 'group'; name?: string };
  /** In a group, whether the bot was @-mentioned (group commands require it). */
  mentionsBot: boolean;
  body: EventBody;
}
