import { randomBytes } from 'node:crypto';

/** Who an event is from: an app as {@link FeishuApp} describes it (only these fields are read). */
export interface EventSource {
  appId: string;
  verificationToken: string;
  tenantKey: string;
  botOpenId: string;
  botName: string;
}

/** A user as events name them; `EmulatedUser` fits. */
export interface UserIdentity {
  open_id: string;
  union_id?: string;
  user_id?: string;
  name?: string;
}

/** The v2.0 envelope (doc §1.1). */
export interface V2Envelope<E = Record<string, unknown>> {
  schema: '2.0';
  header: {
    event_id: string;
    event_type: string;
    /** Milliseconds for im.* and application.* events, microseconds for card callbacks (doc §13.3). */
    create_time: string;
    /** The Verification Token. */
    token: string;
    app_id: string;
    tenant_key: string;
  };
  event: E;
}

/** The `url_verification` challenge (doc §2). */
export interface UrlVerification {
  challenge: string;
  token: string;
  type: 'url_verification';
}

/** Overrides common to all builders. */
export interface BuildOptions {
  eventId?: string;
  /** Event time in epoch ms; default `Date.now()`. */
  at?: number;
}

/** A fresh 32-hex event id, unique per call. */
export function newEventId(): string {
  return randomBytes(16).toString('hex');
}

function envelope<E>(source: EventSource, type: string, createTime: string, event: E, options: BuildOptions) {
  const result: V2Envelope<E> = {
    schema: '2.0',
    header: {
      event_id: options.eventId ?? newEventId(),
      event_type: type,
      create_time: createTime,
      token: source.verificationToken,
      app_id: source.appId,
      tenant_key: source.tenantKey,
    },
    event,
  };
  return result;
}

function userIds(user: UserIdentity) {
  return { union_id: user.union_id ?? '', user_id: user.user_id ?? '', open_id: user.open_id };
}

/** What the user sends. */
export type MessageBody =
  /** `mentionBot` puts `@_user_1` (the bot) in front; `mentionUsers` are appended as `@_user_2`… */
  | { type: 'text'; text: string; mentionBot?: boolean; mentionUsers?: UserIdentity[] }
  /** Coordinates travel as strings (doc §1.3). */
  | { type: 'location'; name: string; latitude: number | string; longitude: number | string }
  | { type: 'file'; fileKey: string; fileName: string }
  | { type: 'image'; imageKey: string };

/** Input of {@link messageReceiveEvent}. */
export interface MessageReceiveInput {
  sender: UserIdentity;
  chat: { chat_id: string; chat_type: 'p2p' | 'group' };
  body: MessageBody;
  messageId?: string;
  /** For a reply: the message replied to, and the thread root (default: the parent). */
  parentId?: string;
  rootId?: string;
}

/** The `im.message.receive_v1` event body (doc §1.2). */
export interface MessageReceiveEvent {
  sender: { sender_id: ReturnType<typeof userIds>; sender_type: 'user'; tenant_key: string };
  message: {
    message_id: string;
    root_id?: string;
    parent_id?: string;
    create_time: string;
    update_time: string;
    chat_id: string;
    chat_type: 'p2p' | 'group';
    message_type: string;
    content: string;
    mentions?: { key: string; id: ReturnType<typeof userIds>; name: string; tenant_key: string }[];
  };
}

function messageContent(
  source: EventSource,
  body: MessageBody,
): Pick<MessageReceiveEvent['message'], 'message_type' | 'content' | 'mentions'> {
  switch (body.type) {
    case 'text': {
      const mentioned = [
        ...(body.mentionBot ? [{ open_id: source.botOpenId, name: source.botName }] : []),
        ...(body.mentionUsers ?? []),
      ];
      const mentions = mentioned.map((user, i) => ({
        key: `@_user_${i + 1}`,
        id: userIds(user),
        name: user.name ?? '',
        tenant_key: source.tenantKey,
      }));
      const head = body.mentionBot ? '@_user_1 ' : '';
      const tail = mentions
        .slice(body.mentionBot ? 1 : 0)
        .map((m) => ` ${m.key}`)
        .join('');
      return {
        message_type: 'text',
        content: JSON.stringify({ text: `${head}${body.text}${tail}` }),
        ...(mentions.length > 0 && { mentions }),
      };
    }
    case 'location':
      return {
        message_type: 'location',
        content: JSON.stringify({
          name: body.name,
          longitude: String(body.longitude),
          latitude: String(body.latitude),
        }),
      };
    case 'file':
      return { message_type: 'file', content: JSON.stringify({ file_key: body.fileKey, file_name: body.fileName }) };
    case 'image':
      return { message_type: 'image', content: JSON.stringify({ image_key: body.imageKey }) };
  }
}

/** `im.message.receive_v1`: a user's message in a p2p chat or a group (doc §1.2); times in ms. */
export function messageReceiveEvent(
  source: EventSource,
  input: MessageReceiveInput,
  options: BuildOptions = {},
): V2Envelope<MessageReceiveEvent> {
  const at = String(options.at ?? Date.now());
  const parent = input.parentId;
  return envelope(
    source,
    'im.message.receive_v1',
    at,
    {
      sender: { sender_id: userIds(input.sender), sender_type: 'user', tenant_key: source.tenantKey },
      message: {
        message_id: input.messageId ?? `om_${randomBytes(16).toString('hex')}`,
        ...(parent !== undefined && { root_id: input.rootId ?? parent, parent_id: parent }),
        create_time: at,
        update_time: at,
        chat_id: input.chat.chat_id,
        chat_type: input.chat.chat_type,
        ...messageContent(source, input.body),
      },
    },
    options,
  );
}

/** Input of {@link cardActionEvent}: a click or form submit on a card the bot sent. */
export interface CardActionInput {
  operator: UserIdentity;
  /** The card message and its chat (`context.open_message_id` / `open_chat_id`). */
  messageId: string;
  chatId: string;
  /** The component's `value` (button behaviours' callback value). */
  value?: unknown;
  /** Values of a submitted form, by component name. */
  formValue?: Record<string, unknown>;
  /** Default `button`. */
  tag?: string;
  name?: string;
  /** Select or picker outside a form. */
  option?: string;
  inputValue?: string;
  /** The delayed-update token `event.token`; default a fresh `c-…`. */
  token?: string;
}

/** The `card.action.trigger` event body (doc §5.1). */
export interface CardActionEvent {
  operator: ReturnType<typeof userIds> & { tenant_key: string };
  token: string;
  action: Record<string, unknown>;
  host: 'im_message';
  context: { open_message_id: string; open_chat_id: string };
}

/** `card.action.trigger` (schema 2.0 card callback, doc §5.1); `create_time` in microseconds. */
export function cardActionEvent(
  source: EventSource,
  input: CardActionInput,
  options: BuildOptions = {},
): V2Envelope<CardActionEvent> {
  const action: Record<string, unknown> = {
    tag: input.tag ?? 'button',
    ...(input.value !== undefined && { value: input.value }),
    ...(input.formValue !== undefined && { form_value: input.formValue }),
    ...(input.name !== undefined && { name: input.name }),
    ...(input.option !== undefined && { option: input.option }),
    ...(input.inputValue !== undefined && { input_value: input.inputValue }),
  };
  return envelope(
    source,
    'card.action.trigger',
    String((options.at ?? Date.now()) * 1000),
    {
      operator: { tenant_key: source.tenantKey, ...userIds(input.operator) },
      token: input.token ?? `c-${randomBytes(20).toString('hex')}`,
      action,
      host: 'im_message',
      context: { open_message_id: input.messageId, open_chat_id: input.chatId },
    },
    options,
  );
}

/** `application.bot.menu_v6`: a bot menu item pushing an event (doc §6); no chat_id. */
export function botMenuEvent(
  source: EventSource,
  input: { operator: UserIdentity; eventKey: string },
  options: BuildOptions = {},
) {
  const at = options.at ?? Date.now();
  return envelope(
    source,
    'application.bot.menu_v6',
    String(at),
    {
      operator: { operator_name: input.operator.name ?? '', operator_id: userIds(input.operator) },
      event_key: input.eventKey,
      // The SDK types this as a number of seconds; the doc says string (doc §13.5).
      timestamp: Math.floor(at / 1000),
    },
    options,
  );
}

/** `im.chat.member.bot.added_v1`: the bot was added to a group (doc §6). */
export function botAddedEvent(
  source: EventSource,
  input: { chatId: string; name: string; operator: UserIdentity; external?: boolean },
  options: BuildOptions = {},
) {
  return envelope(
    source,
    'im.chat.member.bot.added_v1',
    String(options.at ?? Date.now()),
    {
      chat_id: input.chatId,
      operator_id: userIds(input.operator),
      external: input.external ?? false,
      operator_tenant_key: source.tenantKey,
      name: input.name,
      i18n_names: { zh_cn: input.name },
    },
    options,
  );
}

/** The challenge Feishu posts when the request URL is saved (doc §2). */
export function urlVerification(source: Pick<EventSource, 'verificationToken'>, challenge?: string): UrlVerification {
  return {
    challenge: challenge ?? randomBytes(12).toString('hex'),
    token: source.verificationToken,
    type: 'url_verification',
  };
}
