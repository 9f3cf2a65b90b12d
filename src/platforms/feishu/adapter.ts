import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Card } from '../../core/card.js';
import { BotError } from '../../core/errors.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/messages/index.js';
import type { Logger } from '../../log/logger.js';
import type { DeliveryOutcome, OutboundRequest, PlatformAdapter, RenderedMessage } from '../adapter.js';
import { threadedAddressing } from '../addresses.js';
import { renderFittingCard } from './card-size.js';
import { escapeFeishuText } from './text-escape.js';
import type { InAppLogin } from '../in-app-login.js';
import { FeishuInAppLogin } from './in-app-login.js';
import { createFeishuClient, type FeishuAppSettings, type FeishuClient } from './client.js';
import { feishuFileType, readLimited, uploadStream } from './files.js';
import { classifyFailure, isTokenFailure, readApiFailure, type ApiFailure } from './outcome.js';

/** Largest user file the bot downloads (spreadsheets for import are far smaller). */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

/** Waits before asking for the bot's identity again after a failure: quickly at first, then each minute. */
const BOT_INFO_RETRY_MS = [2_000, 10_000, 30_000, 60_000];

/** Feishu's `uuid` (the send dedupe key) is at most 50 characters (feishu.md §7.2). */
const UUID_MAX = 50;

const RECEIVE_ID_TYPES = ['open_id', 'user_id', 'union_id', 'email', 'chat_id'] as const;
type ReceiveIdType = (typeof RECEIVE_ID_TYPES)[number];

/** What the adapter needs besides the app's credentials. */
export interface FeishuAdapterOptions {
  log: Logger;
  /** Language of texts the adapter writes itself (the table truncation note). */
  locale: Locale;
  maxDownloadBytes?: number;
  /** Per-call HTTP timeout. */
  timeoutMs?: number;
}

/** Feishu's `{code, msg, data}` envelope as generated SDK methods resolve it. */
interface Envelope {
  code?: number;
  msg?: string;
  data?: { message_id?: string };
}

/**
 * The Feishu side of the delivery ledger and of file handling, over ONE SDK `Client`. `deliver` never
 * throws for platform errors: it classifies them (feishu.md §7.9, §8), and forgets a rejected tenant
 * token so the retry fetches a fresh one (the SDK itself never does, §7.1).
 */
export class FeishuAdapter implements PlatformAdapter {
  readonly platform = 'FEISHU' as const;
  readonly addressing = threadedAddressing('open_id', 'chat_id');
  private readonly feishu: FeishuClient;
  private readonly log: Logger;
  private readonly maxDownloadBytes: number;
  /** The bot's own open_id once bot info answered. */
  private botIdentity: string | undefined;
  private botInfoTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly settings: FeishuAppSettings,
    private readonly options: FeishuAdapterOptions,
  ) {
    this.log = options.log.child({ component: 'feishu-adapter' });
    this.feishu = createFeishuClient(settings, options.log, options.timeoutMs);
    this.maxDownloadBytes = options.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  }

  /** The check-in page's Feishu side (JSAPI config, login code exchange), over this adapter's client. */
  inAppLogin(): InAppLogin {
    return new FeishuInAppLogin(this.feishu, this.settings.appId, this.log);
  }

  renderText(text: string): RenderedMessage {
    return { msgType: 'text', content: JSON.stringify({ text: escapeFeishuText(text) }) };
  }

  /** Card JSON 2.0, with table rows cut (and a note saying so) if it would exceed 30 KB. */
  renderCard(card: Card): RenderedMessage {
    const note = (total: number, shown: number): string =>
      t(this.options.locale, 'delivery.tableTruncated', { total, shown });
    return { msgType: 'interactive', content: JSON.stringify(renderFittingCard(card, note)) };
  }

  /** Content of a `SEND_FILE` request for a key from {@link uploadFile}. */
  renderFile(fileKey: string): RenderedMessage {
    return { msgType: 'file', content: JSON.stringify({ file_key: fileKey }) };
  }

  async deliver(request: OutboundRequest): Promise<DeliveryOutcome> {
    const problem = requestProblem(request);
    if (problem) return { ok: false, kind: 'permanent', detail: `bad request: ${problem}` };
    try {
      const envelope = await this.perform(request);
      if (envelope.code !== 0) return this.failure({ status: 200, code: envelope.code, msg: envelope.msg });
      return { ok: true, platformMessageId: envelope.data?.message_id };
    } catch (error) {
      return this.failure(readApiFailure(error));
    }
  }

  async downloadFile(messageId: string, fileKey: string): Promise<Buffer> {
    try {
      const resource = await this.feishu.client.im.messageResource.get({
        path: { message_id: messageId, file_key: fileKey },
        params: { type: 'file' },
      });
      const length = (resource.headers as Record<string, unknown> | undefined)?.['content-length'];
      return await readLimited(
        resource.getReadableStream() as Readable,
        this.maxDownloadBytes,
        typeof length === 'string' ? length : undefined,
      );
    } catch (error) {
      throw this.fileError(error, 'delivery.fileDownloadFailed');
    }
  }

  async uploadFile(fileName: string, data: Buffer): Promise<string> {
    let fileKey: string | undefined;
    try {
      const result = await this.feishu.client.im.file.create({
        data: { file_type: feishuFileType(fileName), file_name: fileName, file: uploadStream(fileName, data) },
      });
      fileKey = result?.file_key;
    } catch (error) {
      throw this.fileError(error, 'delivery.fileUploadFailed');
    }
    // The SDK returns only `data`, so an HTTP-200 refusal shows up as a missing key (feishu.md §7.6).
    if (!fileKey) throw new BotError('DELIVERY_PERMANENT', 'delivery.fileUploadFailed');
    return fileKey;
  }

  /**
   * The user's mobile from the contact API (`+86…`). Undefined when Feishu will not tell us: the app
   * lacks the scope, the user is outside its range, or the number is hidden.
   * @throws BotError DELIVERY_RETRYABLE when Feishu cannot be reached.
   */
  async verifiedMobile(userId: string): Promise<string | undefined> {
    try {
      const reply = await this.feishu.client.contact.user.get({
        path: { user_id: userId },
        params: { user_id_type: 'open_id' },
      });
      if (reply.code !== 0) {
        this.log.info({ code: reply.code, msg: reply.msg }, 'feishu mobile not readable');
        return undefined;
      }
      return reply.data?.user?.mobile || undefined;
    } catch (error) {
      const failure = readApiFailure(error);
      const outcome = this.failure(failure);
      if (outcome.kind === 'permanent') {
        this.log.info({ detail: outcome.detail }, 'feishu mobile not readable');
        return undefined;
      }
      throw new BotError('DELIVERY_RETRYABLE', 'delivery.platformUnavailable', {}, { cause: error });
    }
  }

  /**
   * The bot's own open_id (`GET /open-apis/bot/v3/info`), to recognise its @-mention in groups, or
   * undefined while it is not known. Never waits: {@link watchBotInfo} fetches it in the background.
   */
  botOpenId(): string | undefined {
    return this.botIdentity;
  }

  /**
   * Fetches the bot's identity now and, until Feishu answers, again after 2 s, 10 s, 30 s and then
   * every minute (one request and one log line each). Returns the function that stops retrying.
   */
  watchBotInfo(): () => void {
    const attempt = (failures: number): void => {
      void this.fetchBotOpenId().then((openId) => {
        if (openId) {
          this.botIdentity = openId;
          return;
        }
        const wait = BOT_INFO_RETRY_MS[Math.min(failures, BOT_INFO_RETRY_MS.length - 1)] as number;
        this.botInfoTimer = setTimeout(() => attempt(failures + 1), wait).unref();
      });
    };
    attempt(0);
    return () => clearTimeout(this.botInfoTimer);
  }

  private async fetchBotOpenId(): Promise<string | undefined> {
    try {
      const reply: unknown = await this.feishu.client.request({ method: 'GET', url: '/open-apis/bot/v3/info' });
      const bot = (reply as { bot?: { open_id?: unknown } } | undefined)?.bot;
      if (typeof bot?.open_id === 'string' && bot.open_id !== '') return bot.open_id;
      this.log.warn('feishu bot info has no open_id');
    } catch (error) {
      this.log.warn({ detail: classifyFailure(readApiFailure(error)).detail }, 'feishu bot info unavailable');
    }
    return undefined;
  }

  private perform(request: OutboundRequest): Promise<Envelope> {
    const im = this.feishu.client.im;
    const uuid = feishuUuid(request.idempotencyKey);
    switch (request.operation) {
      case 'SEND':
      case 'SEND_FILE':
        return im.message.create({
          params: { receive_id_type: request.receiveIdType as ReceiveIdType },
          data: { receive_id: request.receiveId as string, msg_type: request.msgType, content: request.content, uuid },
        });
      case 'REPLY':
        return im.message.reply({
          path: { message_id: request.targetMessageId as string },
          data: { msg_type: request.msgType, content: request.content, uuid },
        });
      case 'UPDATE_CARD':
        return im.message.patch({
          path: { message_id: request.targetMessageId as string },
          data: { content: request.content },
        });
    }
  }

  private failure(failure: ApiFailure): Exclude<DeliveryOutcome, { ok: true }> {
    if (isTokenFailure(failure)) this.feishu.tokens.clear();
    return classifyFailure(failure);
  }

  private fileError(error: unknown, messageKey: string): BotError {
    if (error instanceof BotError) return error;
    const outcome = this.failure(readApiFailure(error));
    const code = outcome.kind === 'permanent' ? 'DELIVERY_PERMANENT' : 'DELIVERY_RETRYABLE';
    return new BotError(code, messageKey, {}, { cause: error });
  }
}

/**
 * The ledger's idempotency key as Feishu's `uuid`: as is when short enough, else a digest of it
 * (43 base64url characters), so the same key always maps to the same uuid.
 */
export function feishuUuid(idempotencyKey: string): string {
  return idempotencyKey.length <= UUID_MAX
    ? idempotencyKey
    : createHash('sha256').update(idempotencyKey).digest('base64url');
}

/** What is missing from a stored request for its operation, if anything. */
function requestProblem(request: OutboundRequest): string | undefined {
  switch (request.operation) {
    case 'SEND':
    case 'SEND_FILE':
      if (!request.receiveId) return 'receiveId missing';
      if (!RECEIVE_ID_TYPES.includes(request.receiveIdType as ReceiveIdType)) {
        return `receiveIdType ${String(request.receiveIdType)} not supported`;
      }
      return undefined;
    case 'REPLY':
      return request.targetMessageId ? undefined : 'targetMessageId missing';
    case 'UPDATE_CARD':
      if (!request.targetMessageId) return 'targetMessageId missing';
      return request.msgType === 'interactive' ? undefined : 'only cards can be updated';
  }
}
