import { randomBytes } from 'node:crypto';
import type { Card } from '../../core/card.js';
import { toHalfWidth } from '../../core/command-parser.js';
import { BotError } from '../../core/errors.js';
import type { EventBody, InboundEvent } from '../../core/event.js';
import { systemClock, type Clock } from '../../time/clock.js';
import type { DeliveryOutcome, OutboundRequest, PlatformAdapter, RenderedMessage } from '../adapter.js';
import { threadedAddressing } from '../addresses.js';
import { sandboxInputSchema, type SandboxInput } from './input.js';
import { SandboxOutbox, type SandboxContent } from './outbox.js';
import { renderCardText, type SandboxButton } from './render-card-text.js';

/** How a user's private chat with the bot is named in the sandbox. */
export function sandboxP2pChatId(userId: string): string {
  return `p2p:${userId}`;
}

/** Whether a sandbox chat id is a private chat. */
export function isSandboxP2pChat(chatId: string): boolean {
  return chatId.startsWith('p2p:');
}

/** How a sandbox user @-mentions the bot in a group: `@巡诊助手` or `@bot`. */
const BOT_MENTION = /(^|\s)@(bot|巡诊助手)(?=\s|$)/i;

const randomId = (prefix: string, bytes = 8) => `${prefix}${randomBytes(bytes).toString('hex')}`;

/**
 * The sandbox platform: a chat with no Feishu tenant, for newcomers (`npm run chat`) and for tests.
 * Events come in through `toEvent` and go through the same core, ledger and dispatcher as Feishu's;
 * `deliver` writes to an in-memory outbox per chat, cards rendered as text with numbered buttons.
 *
 * Users are named by their Feishu open_ids (`identityPlatform` FEISHU): the sandbox has no accounts
 * of its own, so a demo person (`ou_demo_…`) is recognised with the identity the seed gave them.
 */
export class SandboxAdapter implements PlatformAdapter {
  readonly platform = 'SANDBOX' as const;
  readonly identityPlatform = 'FEISHU' as const;
  /** Feishu's id kinds, as for the identities it borrows: `receiverChat` reads them back. */
  readonly addressing = threadedAddressing('open_id', 'chat_id');
  readonly outbox = new SandboxOutbox();
  /** The chat of every message users sent, so replies land beside them. */
  private readonly inboundChats = new Map<string, string>();
  /** Like Feishu's `uuid`: a request key delivered once stays delivered. */
  private readonly deliveredKeys = new Map<string, string>();
  private readonly files = new Map<string, { fileName: string; data: Buffer }>();

  constructor(private readonly clock: Clock = systemClock) {}

  renderText(text: string): RenderedMessage {
    return { msgType: 'text', content: JSON.stringify({ text }) };
  }

  renderCard(card: Card): RenderedMessage {
    return { msgType: 'interactive', content: JSON.stringify(renderCardText(card)) };
  }

  async deliver(request: OutboundRequest): Promise<DeliveryOutcome> {
    const already = this.deliveredKeys.get(request.idempotencyKey);
    if (already) return { ok: true, platformMessageId: already };
    const content = this.contentOf(request);
    if (!content) return { ok: false, kind: 'permanent', detail: `unreadable ${request.msgType} content` };
    const delivered = this.perform(request, content);
    if (typeof delivered === 'string') return { ok: false, kind: 'permanent', detail: delivered };
    this.deliveredKeys.set(request.idempotencyKey, delivered.id);
    return { ok: true, platformMessageId: delivered.id };
  }

  /** A sent file as the outbox shows it: its name, looked up by key. */
  renderFile(fileKey: string): RenderedMessage {
    return { msgType: 'file', content: JSON.stringify({ file_key: fileKey }) };
  }

  async downloadFile(_messageId: string, fileKey: string): Promise<Buffer> {
    const file = this.files.get(fileKey);
    if (!file) throw new BotError('NOT_FOUND', 'core.fileUnavailable', { fileKey });
    return file.data;
  }

  async uploadFile(fileName: string, data: Buffer): Promise<string> {
    const key = randomId('sbf_');
    this.files.set(key, { fileName, data });
    return key;
  }

  /** A file the bot sent (or a user sent), by key; undefined when unknown. */
  fileOf(key: string): { fileName: string; data: Buffer } | undefined {
    return this.files.get(key);
  }

  /** Every file held so far (the bot's uploads and users' files), oldest first: for tests to read back. */
  uploadedFiles(): { fileName: string; data: Buffer }[] {
    return [...this.files.values()];
  }

  async verifiedMobile(): Promise<string | undefined> {
    return undefined;
  }

  /**
   * The normalized event for something a sandbox user said or did.
   * @throws ZodError for malformed input; BotError BAD_REQUEST for a press on an unknown card or button.
   */
  toEvent(input: SandboxInput): InboundEvent {
    const parsed = sandboxInputSchema.parse(input);
    const sender = { userId: parsed.user, ...(parsed.name ? { name: parsed.name } : {}) };
    const eventId = parsed.eventId ?? randomBytes(16).toString('hex');
    const occurredAt = this.clock.now();
    if (parsed.type === 'press') {
      const { chatId, body } = this.pressed(parsed.cardMessageId, parsed.button, parsed.form);
      return { platform: 'SANDBOX', eventId, occurredAt, sender, chat: chatOf(chatId), mentionsBot: false, body };
    }
    const chat = chatOf(parsed.chat ?? sandboxP2pChatId(parsed.user), parsed.chatName);
    const message = (body: EventBody, mentionsBot = false): InboundEvent => {
      const messageId = parsed.messageId ?? randomId('sbi_');
      this.inboundChats.set(messageId, chat.id);
      return { platform: 'SANDBOX', eventId, messageId, occurredAt, sender, chat, mentionsBot, body };
    };
    switch (parsed.type) {
      case 'text':
        return message(
          { kind: 'text', text: parsed.text, mentions: parsed.mentions },
          chat.type === 'group' && BOT_MENTION.test(toHalfWidth(parsed.text)),
        );
      case 'location': {
        const { latitude, longitude, name, accuracyM } = parsed;
        return message({ kind: 'location', latitude, longitude, name, accuracyM });
      }
      case 'file': {
        const fileKey = randomId('sbf_');
        const data = Buffer.from(parsed.contentBase64, 'base64');
        this.files.set(fileKey, { fileName: parsed.fileName, data });
        return message({ kind: 'file', fileKey, fileName: parsed.fileName, sizeBytes: data.length });
      }
      case 'menu':
        return {
          platform: 'SANDBOX',
          eventId,
          occurredAt,
          sender,
          chat,
          mentionsBot: false,
          body: { kind: 'menu', key: parsed.key },
        };
      case 'botAdded': {
        const body: EventBody = { kind: 'botAdded', ...(parsed.chatName ? { chatName: parsed.chatName } : {}) };
        return { platform: 'SANDBOX', eventId, occurredAt, sender, chat, mentionsBot: false, body };
      }
    }
  }

  /** The card action of pressing button `index` (1-based) of a card the bot sent. */
  private pressed(cardMessageId: string, index: number, form: Record<string, string> | undefined) {
    const card = this.outbox.get(cardMessageId);
    const button: SandboxButton | undefined = card?.buttons.find((candidate) => candidate.index === index);
    if (!card || !button) throw new BotError('BAD_REQUEST', 'core.staleAction', { cardMessageId, index });
    const body: EventBody = {
      kind: 'cardAction',
      action: button.action,
      value: { ...button.value },
      ...(form ? { formValue: { ...form } } : {}),
      cardMessageId: card.id,
    };
    return { chatId: card.chatId, body };
  }

  /** Applies a request to the outbox; a string says why it cannot be. */
  private perform(request: OutboundRequest, content: SandboxContent) {
    switch (request.operation) {
      case 'SEND':
      case 'SEND_FILE': {
        const chatId = receiverChat(request);
        return chatId ? this.outbox.append(chatId, content) : `no sandbox chat for ${request.receiveIdType}`;
      }
      case 'REPLY': {
        const target = request.targetMessageId ?? '';
        const chatId = this.inboundChats.get(target) ?? this.outbox.get(target)?.chatId;
        return chatId ? this.outbox.append(chatId, content, target) : `message ${target} not found`;
      }
      case 'UPDATE_CARD': {
        const target = request.targetMessageId ?? '';
        return this.outbox.replace(target, content) ?? `card ${target} not found`;
      }
    }
  }

  /** What a stored request shows, from the content `renderText` / `renderCard` produced. */
  private contentOf(request: OutboundRequest): SandboxContent | undefined {
    let parsed: { text?: unknown; buttons?: unknown; file_key?: unknown };
    try {
      parsed = JSON.parse(request.content) as typeof parsed;
    } catch {
      return undefined;
    }
    if (request.operation === 'SEND_FILE' || request.msgType === 'file') {
      const key = String(parsed.file_key ?? '');
      const fileName = this.files.get(key)?.fileName ?? key;
      return { kind: 'file', text: `[文件 / file] ${fileName}`, buttons: [], fileKey: key, fileName };
    }
    if (typeof parsed.text !== 'string') return undefined;
    if (request.msgType === 'interactive' && Array.isArray(parsed.buttons)) {
      return { kind: 'card', text: parsed.text, buttons: parsed.buttons as SandboxButton[] };
    }
    return { kind: 'text', text: parsed.text, buttons: [] };
  }
}

function chatOf(chatId: string, name?: string): InboundEvent['chat'] {
  return { id: chatId, type: isSandboxP2pChat(chatId) ? 'p2p' : 'group', ...(name ? { name } : {}) };
}

/** A SEND's chat: the group for a chat id, the user's private chat for a user id. */
function receiverChat(request: OutboundRequest): string | undefined {
  if (!request.receiveId) return undefined;
  if (request.receiveIdType === 'chat_id') return request.receiveId;
  if (request.receiveIdType === 'open_id') return sandboxP2pChatId(request.receiveId);
  return undefined;
}
