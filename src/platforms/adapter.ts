import type { PlatformName } from '../core/event.js';

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
  /** The verified mobile number of a user, when the app may read it; undefined otherwise. */
  verifiedMobile(userId: string): Promise<string | undefined>;
}
