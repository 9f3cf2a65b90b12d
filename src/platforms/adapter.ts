import type { InboundEvent, PlatformName } from '../core/event.js';

/**
 * What the delivery ledger asks a platform to do. The ledger stores these (rendered content included)
 * before anything is sent, so a request must be complete and serializable.
 */
export type OutboundOperation = 'SEND' | 'REPLY' | 'UPDATE_CARD' | 'SEND_FILE';

/** One message to deliver, as stored in the ledger (`outbound_messages`). */
export interface OutboundRequest {
  /** Also passed to the platform as its dedupe key (Feishu `uuid`). */
  idempotencyKey: string;
  operation: OutboundOperation;
  /** For SEND / SEND_FILE: whom to. `receiveIdType` is e.g. `open_id` or `chat_id`. */
  receiveIdType?: string;
  receiveId?: string;
  /** For REPLY: the message replied to; for UPDATE_CARD: the card message patched. */
  targetMessageId?: string;
  /** Platform message type (`text`, `interactive`, `file`). */
  msgType: string;
  /** Platform content, already rendered by the adapter (a JSON string for Feishu). */
  content: string;
}

/** How a delivery attempt ended, classified for the dispatcher. */
export type DeliveryOutcome =
  | { ok: true; platformMessageId?: string }
  | { ok: false; kind: 'rateLimited'; retryAfterMs: number; detail: string }
  | { ok: false; kind: 'retryable'; detail: string }
  | { ok: false; kind: 'permanent'; detail: string };

/** Where a message goes on a platform: an id and the platform's name for its kind (`open_id`, `chat_id` …). */
export type Destination = Pick<OutboundRequest, 'receiveIdType' | 'receiveId'>;

/** Where a message goes, minus its content: the operation, the receiver, the message replied to or patched. */
export type Address = Pick<OutboundRequest, 'operation' | 'receiveIdType' | 'receiveId' | 'targetMessageId'>;

/** How the core addresses messages on a platform; only the adapter knows its id kinds. */
export interface Addressing {
  /**
   * Where a reply to `event` goes: a threaded reply where the platform has them, otherwise a new message
   * to the event's chat (or to the speaker when the platform gives no chat, e.g. a Feishu menu click).
   */
  replyTo(event: InboundEvent): Address;
  /** The event's chat as a destination (files, card updates, the per-chat rate limit). */
  chatOf(event: InboundEvent): Destination;
  /** A person's private chat, by their user id on the adapter's identity platform. */
  person(userId: string): Destination;
  /** A group chat, by the chat id the platform gave in its events. */
  group(chatId: string): Destination;
}

/** Rendered platform content for a reply or card. */
export interface RenderedMessage {
  msgType: string;
  content: string;
}

/**
 * One adapter per chat platform. Inbound, the platform's HTTP route (or socket) verifies and parses
 * payloads into `InboundEvent`s; outbound, the adapter renders neutral content and performs requests
 * from the ledger. Nothing platform-specific crosses this line.
 */
export interface PlatformAdapter {
  readonly platform: PlatformName;
  /**
   * The platform whose chat identities name this adapter's users, when not its own: the sandbox
   * borrows FEISHU's, so a demo person's Feishu open_id works in the sandbox chat unchanged.
   */
  readonly identityPlatform?: PlatformName;
  /** The platform's addresses: the core asks for "the reply to this event", "this person", "this group". */
  readonly addressing: Addressing;
  /** False when users cannot send a location on this platform (DingTalk robots never receive one). */
  readonly receivesLocations?: boolean;
  /** Renders plain text for this platform. */
  renderText(text: string): RenderedMessage;
  /** Renders a neutral card for this platform. */
  renderCard(card: import('../core/card.js').Card): RenderedMessage;
  /** Performs one stored request; never throws for platform errors, it classifies them. */
  deliver(request: OutboundRequest): Promise<DeliveryOutcome>;
  /** Content of a `SEND_FILE` request for a key from `uploadFile`. */
  renderFile(fileKey: string): RenderedMessage;
  /** Downloads a file the user sent in a message. */
  downloadFile(messageId: string, fileKey: string): Promise<Buffer>;
  /** Uploads a file, returning the platform key to send it with. */
  uploadFile(fileName: string, data: Buffer): Promise<string>;
  /**
   * The user's unionId (stable across the developer's apps), for platforms whose events do not carry it
   * (DingTalk); looked up once per bound account and stored.
   */
  unionIdOf?(userId: string): Promise<string | undefined>;
  /** The verified mobile number of a user, when the app may read it; undefined otherwise. */
  verifiedMobile(userId: string): Promise<string | undefined>;
}
