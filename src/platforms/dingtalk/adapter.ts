import type { Card } from '../../core/card.js';
import { BotError } from '../../core/errors.js';
import type { InboundEvent } from '../../core/event.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/messages/index.js';
import type { Db } from '../../db/client.js';
import { acceptDingtalkSend, beginDingtalkSend, forgetDingtalkSend } from '../../db/queries/dingtalk-sends.js';
import type { Logger } from '../../log/logger.js';
import type { Clock } from '../../time/clock.js';
import type { Addressing, DeliveryOutcome, OutboundRequest, PlatformAdapter, RenderedMessage } from '../adapter.js';
import { CARD_MSG_TYPE, renderDingtalkCard, type CardContent } from './card-render.js';
import type { DingtalkSettings } from './config.js';
import { classifyAnswer } from './outcome.js';
import { DingtalkApi, type ApiAnswer } from './openapi.js';

/** Why a robot message is not sent again: an earlier send of it may have been accepted. */
const UNCERTAIN_SEND =
  'an earlier send may have been accepted (no answer): not sent again, DingTalk has no send dedupe';

/** Largest user file the bot downloads. */
const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

/** Id kinds in the ledger: a person's staffId (1:1 robot chat) and a group's openConversationId. */
export const USER_ID_TYPE = 'userId';
export const GROUP_ID_TYPE = 'openConversationId';

/**
 * DingTalk's addresses. There are no threaded replies: a reply is a new message to the event's chat,
 * which for a private chat means the speaker (robot 1:1 sends take staffIds, not conversation ids).
 */
export const dingtalkAddressing: Addressing = {
  chatOf: (event: InboundEvent) =>
    event.chat.type === 'group'
      ? { receiveIdType: GROUP_ID_TYPE, receiveId: event.chat.id }
      : { receiveIdType: USER_ID_TYPE, receiveId: event.sender.userId },
  person: (userId) => ({ receiveIdType: USER_ID_TYPE, receiveId: userId }),
  group: (chatId) => ({ receiveIdType: GROUP_ID_TYPE, receiveId: chatId }),
  replyTo: (event) => ({ operation: 'SEND', ...dingtalkAddressing.chatOf(event) }),
};

/** What the bot reads of a user's details. */
type UserDetail = { mobile?: string; unionid?: string };

/** How long one read of a user's details serves (see `DingtalkAdapter.userDetail`). */
const DETAIL_REUSE_MS = 60_000;

/**
 * The DingTalk side of the delivery ledger (dingtalk.md §4): texts and markdown through the robot APIs
 * (`oToMessages/batchSend` to one person, `groupMessages/send` to a group), cards as interactive card
 * instances (`card/instances/createAndDeliver`, updated in place with `PUT card/instances`) when a
 * template is configured, files as `sampleFile` after an upload. `deliver` never throws: DingTalk's
 * answers are classified (`classifyAnswer`).
 */
export class DingtalkAdapter implements PlatformAdapter {
  readonly platform = 'DINGTALK' as const;
  readonly addressing = dingtalkAddressing;
  /** Robots receive no location messages (dingtalk.md §1.3): check-ins are typed and confirmed. */
  readonly receivesLocations = false;
  readonly api: DingtalkApi;
  private readonly log: Logger;

  private readonly db: Db;
  private readonly clock: Clock;

  constructor(
    private readonly settings: DingtalkSettings,
    options: { log: Logger; locale: Locale; db: Db; clock: Clock },
  ) {
    this.db = options.db;
    this.clock = options.clock;
    this.log = options.log.child({ component: 'dingtalk-adapter' });
    this.api = new DingtalkApi(settings, this.log);
    this.noButtonsNote = t(options.locale, 'delivery.dingtalkButtonsNeedTemplate');
  }

  private readonly noButtonsNote: string;

  renderText(text: string): RenderedMessage {
    return { msgType: 'text', content: JSON.stringify({ content: text }) };
  }

  renderCard(card: Card): RenderedMessage {
    return renderDingtalkCard(card, this.settings.cardTemplateId, this.noButtonsNote);
  }

  renderFile(fileKey: string): RenderedMessage {
    const { mediaId, fileName } = JSON.parse(fileKey) as { mediaId: string; fileName: string };
    const fileType = fileName.includes('.') ? (fileName.split('.').pop() ?? 'file') : 'file';
    return { msgType: 'file', content: JSON.stringify({ mediaId, fileName, fileType }) };
  }

  async deliver(request: OutboundRequest): Promise<DeliveryOutcome> {
    try {
      if (request.operation === 'UPDATE_CARD' && request.msgType === CARD_MSG_TYPE && request.targetMessageId) {
        return classifyAnswer(await this.updateCard(request.targetMessageId, request.content), request.targetMessageId);
      }
      if (!request.receiveId) return { ok: false, kind: 'permanent', detail: 'no receiver' };
      if (request.msgType === CARD_MSG_TYPE) {
        const outTrackId = outTrackIdOf(request.idempotencyKey);
        const answer = await this.createCard(request, outTrackId);
        // The ledger key is the card's outTrackId: a card delivered before a crash is never created
        // twice, and DingTalk's "duplicate outTrackId" means it already went (⚠ exact code unverified).
        if (String(answer.body.code ?? '').includes('outTrackId')) return { ok: true, platformMessageId: outTrackId };
        return classifyAnswer(answer, outTrackId);
      }
      return await this.sendOnce(request);
    } catch (error) {
      return { ok: false, kind: 'retryable', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * A robot message, sent at most once per ledger key: DingTalk has no send dedupe, so the send is
   * journalled first; a key begun before is never sent again (accepted: reported sent; no answer, as
   * after a crash or a timeout: failed as uncertain, for a person to check). A definite refusal clears
   * the journal, so the dispatcher's retry sends.
   */
  private async sendOnce(request: OutboundRequest): Promise<DeliveryOutcome> {
    const key = request.idempotencyKey;
    const prior = await beginDingtalkSend(this.db, key, this.clock.now());
    if (prior?.processQueryKey) return { ok: true, platformMessageId: prior.processQueryKey };
    if (prior) return { ok: false, kind: 'permanent', detail: UNCERTAIN_SEND };
    let answer: ApiAnswer;
    try {
      answer = await this.sendRobotMessage(request);
    } catch (error) {
      this.log.warn({ err: error, idempotencyKey: key }, 'dingtalk send without an answer: not sent again');
      return { ok: false, kind: 'permanent', detail: UNCERTAIN_SEND };
    }
    const queryKey = typeof answer.body.processQueryKey === 'string' ? answer.body.processQueryKey : undefined;
    const outcome = classifyAnswer(answer, queryKey);
    if (outcome.ok) await acceptDingtalkSend(this.db, key, queryKey ?? 'accepted');
    else await forgetDingtalkSend(this.db, key);
    return outcome;
  }

  async downloadFile(_messageId: string, downloadCode: string): Promise<Buffer> {
    const answer = await this.api.call('POST', '/v1.0/robot/messageFiles/download', {
      downloadCode,
      robotCode: this.settings.clientId,
    });
    const url = answer.body.downloadUrl;
    if (answer.status !== 200 || typeof url !== 'string') {
      throw new BotError('NOT_FOUND', 'core.fileUnavailable', { fileKey: downloadCode });
    }
    return this.api.download(url, MAX_DOWNLOAD_BYTES);
  }

  /** Uploads through the old media API (`POST /media/upload?type=file`); the key carries the name too. */
  async uploadFile(fileName: string, data: Buffer): Promise<string> {
    const mediaId = await this.api.upload(fileName, data);
    return JSON.stringify({ mediaId, fileName });
  }

  /** The mobile number from the user's details (`topapi/v2/user/get`), when the app may read it. */
  async verifiedMobile(userId: string): Promise<string | undefined> {
    return (await this.userDetail(userId))?.mobile;
  }

  /** The unionId from the user's details (`topapi/v2/user/get`). */
  async unionIdOf(userId: string): Promise<string | undefined> {
    return (await this.userDetail(userId))?.unionid;
  }

  /**
   * The user's details, read once a minute at most: a first message reads the mobile and then the
   * unionId, a binding checks the mobile and stores the unionId — one `user/get` call each, not two.
   * A failed or refused read is not kept: the next message asks again.
   */
  private userDetail(userId: string): Promise<UserDetail | undefined> {
    const now = this.clock.now().getTime();
    for (const [id, read] of this.recentDetails) if (now - read.at >= DETAIL_REUSE_MS) this.recentDetails.delete(id);
    const recent = this.recentDetails.get(userId);
    if (recent) return recent.detail;
    const detail = this.readUserDetail(userId);
    this.recentDetails.set(userId, { at: now, detail });
    const forget = () => {
      if (this.recentDetails.get(userId)?.detail === detail) this.recentDetails.delete(userId);
    };
    detail.then((read) => read ?? forget(), forget);
    return detail;
  }

  private readonly recentDetails = new Map<string, { at: number; detail: Promise<UserDetail | undefined> }>();

  private async readUserDetail(userId: string): Promise<UserDetail | undefined> {
    const answer = await this.api.call('POST', '/topapi/v2/user/get', { userid: userId }, 'oapi');
    const result = answer.body.result as { mobile?: unknown; unionid?: unknown } | undefined;
    if (answer.body.errcode !== 0 || !result) {
      this.log.info({ errcode: answer.body.errcode }, 'dingtalk user details not readable');
      return undefined;
    }
    return {
      ...(typeof result.mobile === 'string' ? { mobile: result.mobile } : {}),
      ...(typeof result.unionid === 'string' ? { unionid: result.unionid } : {}),
    };
  }

  private sendRobotMessage(request: OutboundRequest): Promise<ApiAnswer> {
    const { msgKey, msgParam } = robotMessageOf(request);
    const robotCode = this.settings.clientId;
    if (request.receiveIdType === GROUP_ID_TYPE) {
      const body = { robotCode, openConversationId: request.receiveId, msgKey, msgParam };
      return this.api.call('POST', '/v1.0/robot/groupMessages/send', body);
    }
    const body = { robotCode, userIds: [request.receiveId], msgKey, msgParam };
    return this.api.call('POST', '/v1.0/robot/oToMessages/batchSend', body);
  }

  private createCard(request: OutboundRequest, outTrackId: string): Promise<ApiAnswer> {
    const content = JSON.parse(request.content) as CardContent;
    const group = request.receiveIdType === GROUP_ID_TYPE;
    const robotCode = this.settings.clientId;
    return this.api.call('POST', '/v1.0/card/instances/createAndDeliver', {
      cardTemplateId: content.cardTemplateId,
      outTrackId,
      callbackType: this.settings.mode === 'stream' ? 'STREAM' : 'HTTP',
      cardData: { cardParamMap: content.cardParamMap },
      openSpaceId: `dtv1.card//${group ? 'IM_GROUP' : 'IM_ROBOT'}.${request.receiveId ?? ''}`,
      ...(group
        ? { imGroupOpenSpaceModel: { supportForward: true }, imGroupOpenDeliverModel: { robotCode } }
        : { imRobotOpenSpaceModel: { supportForward: true }, imRobotOpenDeliverModel: { spaceType: 'IM_ROBOT' } }),
      userIdType: 1,
    });
  }

  private updateCard(outTrackId: string, rendered: string): Promise<ApiAnswer> {
    const content = JSON.parse(rendered) as CardContent;
    return this.api.call('PUT', '/v1.0/card/instances', {
      outTrackId,
      cardData: { cardParamMap: content.cardParamMap },
      cardUpdateOptions: { updateCardDataByKey: true },
      userIdType: 1,
    });
  }
}

/** A ledger row as a robot message (`msgKey` and the JSON-string `msgParam`, dingtalk.md §4.4). */
function robotMessageOf(request: OutboundRequest): { msgKey: string; msgParam: string } {
  const content = JSON.parse(request.content) as Record<string, string>;
  switch (request.msgType) {
    case 'markdown':
      return { msgKey: 'sampleMarkdown', msgParam: JSON.stringify({ title: content.title, text: content.text }) };
    case 'file':
      return { msgKey: 'sampleFile', msgParam: JSON.stringify(content) };
    default:
      return { msgKey: 'sampleText', msgParam: JSON.stringify({ content: content.content }) };
  }
}

/** A card's `outTrackId`: the ledger key (stable across retries and restarts), in DingTalk's characters. */
function outTrackIdOf(idempotencyKey: string): string {
  return idempotencyKey.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
}
