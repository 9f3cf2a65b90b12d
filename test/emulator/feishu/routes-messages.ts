import { ErrorCodes } from './codes.js';
import { checkContent, isSharedCard, RECEIVE_ID_TYPES } from './content.js';
import { fail, isRecord, ok, parseJsonObject, type EmulatorReply } from './http.js';
import type { Route, RouteContext, RouteDeps } from './routing.js';
import type { EmulatedChat, StoredMessage } from './state.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const PATCH_WINDOW_MS = 14 * DAY_MS;
const CARD_TOKEN_TTL_MS = 30 * 60 * 1000;
const CARD_TOKEN_USES = 2;
const MAX_UUID_LENGTH = 50;

/** The message resource returned by send and reply (doc §7.2). */
function messageResource(message: StoredMessage, tenantKey: string): object {
  const sender =
    message.sender.type === 'app'
      ? { id: message.sender.appId, id_type: 'app_id', sender_type: 'app', tenant_key: tenantKey }
      : { id: message.sender.openId, id_type: 'open_id', sender_type: 'user', tenant_key: tenantKey };
  return {
    message_id: message.message_id,
    ...(message.root_id !== undefined && { root_id: message.root_id }),
    ...(message.parent_id !== undefined && { parent_id: message.parent_id }),
    ...(message.thread_id !== undefined && { thread_id: message.thread_id }),
    msg_type: message.msg_type,
    create_time: String(message.create_time),
    update_time: String(message.update_time),
    deleted: false,
    updated: message.updated,
    chat_id: message.chat_id,
    sender,
    body: { content: message.content },
  };
}

/** A validated send or reply, ready to be delivered. */
interface Outgoing {
  via: 'send' | 'reply';
  chat: EmulatedChat;
  msgType: string;
  content: string;
  parsed: Record<string, unknown>;
  uuid?: string;
  receiveIdType?: string;
  receiveId?: string;
  parent?: StoredMessage;
  replyInThread: boolean;
}

/** Checks the body fields common to send and reply; returns the refusal or the validated parts. */
function validateBody(
  deps: RouteDeps,
  ctx: RouteContext,
): EmulatorReply | { body: Record<string, unknown>; parsed: Record<string, unknown>; uuid?: string } {
  const body = parseJsonObject(ctx.body);
  if (!body) return fail('invalid_body', ErrorCodes.invalidParam, 'body is not a JSON object');
  const check = checkContent(body.msg_type, body.content, ctx.body.length);
  if (!check.ok) return fail(check.reason, check.error, check.detail);
  const uuid = body.uuid;
  if (uuid !== undefined && (typeof uuid !== 'string' || uuid === '' || uuid.length > MAX_UUID_LENGTH)) {
    return fail('invalid_uuid', ErrorCodes.invalidParam, 'uuid must be 1-50 characters');
  }
  const fileRefusal = checkUploadedFile(deps, ctx.appId, String(body.msg_type), check.parsed);
  if (fileRefusal) return fileRefusal;
  return { body, parsed: check.parsed, ...(uuid !== undefined && { uuid }) };
}

/** file, audio and media messages must name a file this app uploaded, of the matching type (230055). */
function checkUploadedFile(
  deps: RouteDeps,
  appId: string,
  msgType: string,
  parsed: Record<string, unknown>,
): EmulatorReply | undefined {
  if (!['file', 'audio', 'media'].includes(msgType)) return undefined;
  const upload = deps.state.uploadedFiles.get(String(parsed.file_key));
  if (!upload || upload.appId !== appId) return fail('unknown_file_key', ErrorCodes.invalidParam, 'file_key not found');
  const expected = upload.fileType === 'opus' ? 'audio' : upload.fileType === 'mp4' ? 'media' : 'file';
  return expected === msgType ? undefined : fail('file_type_mismatch', ErrorCodes.fileTypeMismatch);
}

/** uuid dedup, the per-chat limit, then the message is stored and recorded. */
function deliver(deps: RouteDeps, ctx: RouteContext, out: Outgoing): EmulatorReply {
  const { state } = deps;
  const tenantKey = deps.apps.get(ctx.appId)?.tenantKey ?? '';
  if (out.uuid !== undefined) {
    const first = state.messageForUuid(ctx.appId, out.uuid);
    if (first) {
      state.dedupHits.push({ appId: ctx.appId, uuid: out.uuid, messageId: first.message_id, at: ctx.now });
      return ok(messageResource(first, tenantKey));
    }
  }
  const chatKey = `chat/${out.chat.chat_id}`;
  if (deps.chatLimiter.waitMs(chatKey, ctx.now) > 0) return fail('rate_limit_chat', ErrorCodes.frequencyLimit);
  deps.chatLimiter.record(chatKey, ctx.now);

  const parent = out.parent;
  const threadId = parent?.thread_id ?? (out.replyInThread ? state.newId('omt_', 16) : undefined);
  const message: StoredMessage = {
    message_id: state.newId('om_'),
    chat_id: out.chat.chat_id,
    msg_type: out.msgType,
    content: out.content,
    sender: { type: 'app', appId: ctx.appId },
    create_time: ctx.now,
    update_time: ctx.now,
    updated: false,
    ...(parent && { root_id: parent.root_id ?? parent.message_id, parent_id: parent.message_id }),
    ...(threadId !== undefined && { thread_id: threadId }),
  };
  state.messages.set(message.message_id, message);
  if (out.uuid !== undefined) state.rememberUuid(ctx.appId, out.uuid, message.message_id);
  const userOpenId = state.p2pUserOf(out.chat);
  state.sent.push({
    messageId: message.message_id,
    appId: ctx.appId,
    via: out.via,
    ...(out.receiveIdType !== undefined && { receiveIdType: out.receiveIdType }),
    ...(out.receiveId !== undefined && { receiveId: out.receiveId }),
    chatId: out.chat.chat_id,
    chatType: out.chat.chat_type,
    ...(userOpenId !== undefined && { userOpenId }),
    msgType: out.msgType,
    content: out.parsed,
    rawContent: out.content,
    ...(out.uuid !== undefined && { uuid: out.uuid }),
    ...(parent && { replyTo: parent.message_id }),
    replyInThread: out.replyInThread,
    at: ctx.now,
  });
  return ok(messageResource(message, tenantKey));
}

/** The chat a send goes to: a group by chat_id, or the user's p2p chat with this bot. */
function resolveReceiver(deps: RouteDeps, ctx: RouteContext, idType: string, id: string): EmulatorReply | EmulatedChat {
  if (idType === 'chat_id') {
    const chat = deps.state.chats.get(id);
    if (!chat) return fail('unknown_chat', ErrorCodes.invalidParam, 'receive_id is invalid');
    return chat.botAppIds.has(ctx.appId) ? chat : fail('bot_not_in_chat', ErrorCodes.botNotInChat);
  }
  const user = deps.state.findUser(idType, id);
  if (!user) return fail('user_unavailable', ErrorCodes.noAvailability);
  return deps.state.p2pChat(ctx.appId, user.open_id);
}

function isReply(value: object): value is EmulatorReply {
  return 'status' in value;
}

/** Send, reply, card patch and the delayed card update (doc §5.1, §7.2–7.4). */
export function messageRoutes(deps: RouteDeps): Route[] {
  const { state } = deps;
  return [
    {
      method: 'POST',
      pattern: /^\/open-apis\/im\/v1\/messages\/?$/,
      api: 'send',
      auth: true,
      handle: (ctx) => {
        const idType = ctx.url.searchParams.get('receive_id_type') ?? '';
        if (!RECEIVE_ID_TYPES.includes(idType)) {
          return fail('invalid_receive_id_type', ErrorCodes.invalidParam, 'receive_id_type is invalid');
        }
        const valid = validateBody(deps, ctx);
        if (isReply(valid)) return valid;
        const receiveId = valid.body.receive_id;
        if (typeof receiveId !== 'string' || receiveId === '') {
          return fail('invalid_receive_id', ErrorCodes.invalidParam, 'receive_id is required');
        }
        const chat = resolveReceiver(deps, ctx, idType, receiveId);
        if (isReply(chat)) return chat;
        return deliver(deps, ctx, {
          via: 'send',
          chat,
          msgType: String(valid.body.msg_type),
          content: String(valid.body.content),
          parsed: valid.parsed,
          ...(valid.uuid !== undefined && { uuid: valid.uuid }),
          receiveIdType: idType,
          receiveId,
          replyInThread: false,
        });
      },
    },
    {
      method: 'POST',
      pattern: /^\/open-apis\/im\/v1\/messages\/(?<message_id>[^/]+)\/reply\/?$/,
      api: 'reply',
      auth: true,
      handle: (ctx) => {
        const parent = state.messages.get(ctx.params.message_id ?? '');
        if (!parent) return fail('unknown_message', ErrorCodes.invalidParam, 'message_id not found');
        const valid = validateBody(deps, ctx);
        if (isReply(valid)) return valid;
        const chat = state.chats.get(parent.chat_id);
        if (!chat?.botAppIds.has(ctx.appId)) return fail('bot_not_in_chat', ErrorCodes.botNotInChat);
        return deliver(deps, ctx, {
          via: 'reply',
          chat,
          msgType: String(valid.body.msg_type),
          content: String(valid.body.content),
          parsed: valid.parsed,
          ...(valid.uuid !== undefined && { uuid: valid.uuid }),
          parent,
          replyInThread: valid.body.reply_in_thread === true,
        });
      },
    },
    {
      method: 'PATCH',
      pattern: /^\/open-apis\/im\/v1\/messages\/(?<message_id>[^/]+)\/?$/,
      api: 'patch',
      auth: true,
      handle: (ctx) => {
        const message = state.messages.get(ctx.params.message_id ?? '');
        if (!message) return fail('unknown_message', ErrorCodes.invalidParam, 'message_id not found');
        if (message.sender.type !== 'app' || message.sender.appId !== ctx.appId) {
          return fail('not_resource_owner', ErrorCodes.notResourceOwner);
        }
        if (message.msg_type !== 'interactive') return fail('patch_unsupported_type', ErrorCodes.unsupportedForType);
        if (ctx.now - message.create_time > PATCH_WINDOW_MS)
          return fail('too_old_to_update', ErrorCodes.tooOldToUpdate);
        const body = parseJsonObject(ctx.body);
        const check = checkContent('interactive', body?.content, ctx.body.length);
        if (!check.ok) return fail(check.reason, check.error, check.detail);
        if (!isSharedCard(JSON.parse(message.content)) || !isSharedCard(check.parsed)) {
          return fail('card_not_shared', ErrorCodes.invalidParam, 'config.update_multi must be true before and after');
        }
        const key = `message/${message.message_id}`;
        if (deps.messageUpdateLimiter.waitMs(key, ctx.now) > 0) {
          return fail('rate_limit_message', ErrorCodes.frequencyLimit);
        }
        deps.messageUpdateLimiter.record(key, ctx.now);
        state.setCardContent(message.message_id, check.parsed);
        state.patches.push({ messageId: message.message_id, appId: ctx.appId, content: check.parsed, at: ctx.now });
        return ok();
      },
    },
    {
      method: 'POST',
      pattern: /^\/open-apis\/interactive\/v1\/card\/update\/?$/,
      api: 'card_update',
      auth: true,
      handle: (ctx) => {
        const body = parseJsonObject(ctx.body);
        if (!body || typeof body.token !== 'string' || !isRecord(body.card)) {
          return fail('invalid_body', ErrorCodes.invalidParam, 'token and card are required');
        }
        const grant = state.cardTokens.get(body.token);
        if (!grant || grant.appId !== ctx.appId) {
          return fail('card_token_invalid', ErrorCodes.invalidParam, 'token is invalid');
        }
        if (ctx.now - grant.issuedAt > CARD_TOKEN_TTL_MS) {
          return fail('card_token_expired', ErrorCodes.invalidParam, 'token has expired');
        }
        if (grant.uses >= CARD_TOKEN_USES) {
          return fail('card_token_used_up', ErrorCodes.invalidParam, 'token has been used up');
        }
        const check = checkContent('interactive', JSON.stringify(body.card), ctx.body.length);
        if (!check.ok) return fail(check.reason, check.error, check.detail);
        const key = `message/${grant.messageId}`;
        if (deps.messageUpdateLimiter.waitMs(key, ctx.now) > 0) {
          return fail('rate_limit_message', ErrorCodes.frequencyLimit);
        }
        deps.messageUpdateLimiter.record(key, ctx.now);
        grant.uses++;
        // doc §5.1: an update sent before the callback was answered fails or is reverted at once.
        if (grant.acked) state.setCardContent(grant.messageId, body.card);
        state.cardUpdates.push({
          token: body.token,
          messageId: grant.messageId,
          appId: ctx.appId,
          card: body.card,
          at: ctx.now,
          applied: grant.acked,
          ...(!grant.acked && { reason: 'before_ack' as const }),
        });
        return ok();
      },
    },
  ];
}
