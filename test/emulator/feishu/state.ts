import type { FeishuApp } from './app.js';
import type { ApiName, Fault } from './faults.js';
import { createRng, randomHex, type Rng } from './random.js';

/** A person in the emulated tenant's directory. */
export interface EmulatedUser {
  open_id: string;
  union_id: string;
  user_id: string;
  name: string;
  /** As registered, e.g. `+8613800000001`. */
  mobile?: string;
  email?: string;
}

/** A chat: a group, or the p2p chat of one user with one bot. */
export interface EmulatedChat {
  chat_id: string;
  chat_type: 'p2p' | 'group';
  name: string;
  /** Apps whose bot is in the chat. */
  botAppIds: Set<string>;
  /** open_ids of the users in the chat. */
  members: Set<string>;
}

/** A message as the emulated platform holds it (sent by a bot or by a user). */
export interface StoredMessage {
  message_id: string;
  chat_id: string;
  msg_type: string;
  /** The current content JSON string; for cards, after every update. */
  content: string;
  sender: { type: 'app'; appId: string } | { type: 'user'; openId: string };
  create_time: number;
  update_time: number;
  updated: boolean;
  root_id?: string;
  parent_id?: string;
  thread_id?: string;
}

/** One message a bot got delivered through send or reply. */
export interface SentMessageRecord {
  messageId: string;
  appId: string;
  via: 'send' | 'reply';
  /** For send: the query's receive_id_type and the body's receive_id. */
  receiveIdType?: string;
  receiveId?: string;
  chatId: string;
  chatType: 'p2p' | 'group';
  /** For p2p chats: the user's open_id. */
  userOpenId?: string;
  msgType: string;
  /** The content JSON, parsed. */
  content: unknown;
  rawContent: string;
  uuid?: string;
  /** For reply: the message replied to. */
  replyTo?: string;
  replyInThread: boolean;
  at: number;
}

/** One accepted `PATCH /im/v1/messages/:id`. */
export interface PatchRecord {
  messageId: string;
  appId: string;
  content: unknown;
  at: number;
}

/** One call of the delayed card update; `applied: false` when it came before the callback's ack. */
export interface CardUpdateRecord {
  token: string;
  messageId: string;
  appId: string;
  card: unknown;
  at: number;
  applied: boolean;
  reason?: 'before_ack';
}

/** The answer of the bot to one card callback push (doc §5.1). */
export interface CallbackReplyRecord {
  eventId: string;
  messageId?: string;
  toast?: unknown;
  card?: unknown;
  at: number;
}

/** One file uploaded by a bot. */
export interface UploadRecord {
  fileKey: string;
  appId: string;
  fileType: string;
  fileName: string;
  bytes: Buffer;
  duration?: number;
  at: number;
}

/** One refused call, whatever refused it (validation, token, limit, injected fault). */
export interface RejectionRecord {
  api: ApiName | 'unknown';
  reason: string;
  status: number;
  code?: number;
  at: number;
}

/** A send or reply answered from the uuid index instead of being sent again. */
export interface DedupRecord {
  appId: string;
  uuid: string;
  messageId: string;
  at: number;
}

/** One injected fault. */
export interface FaultRecord {
  api: ApiName;
  fault: Fault;
  at: number;
}

/** Bytes behind a file_key or image_key of a user message. */
export interface StoredResource {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

/** The delayed-update token of one card callback (doc §5.1: 30 min, 2 uses). */
export interface CardToken {
  appId: string;
  messageId: string;
  issuedAt: number;
  /** Whether the bot has answered the callback; updates before that are not applied. */
  acked: boolean;
  uses: number;
}

/** What a user message needs to be known to the emulator (so the bot can reply to it, download files). */
export interface UserMessageInput {
  /** The app the event was pushed to; a new p2p chat is that user's chat with this app's bot. */
  app_id: string;
  message_id?: string;
  chat_id: string;
  chat_type: 'p2p' | 'group';
  sender: Partial<EmulatedUser> & { open_id: string };
  message_type: string;
  content: string;
  create_time?: number;
  parent_id?: string;
  root_id?: string;
}

const MAX_UUID_AGE_MS = 60 * 60 * 1000;

/**
 * Everything the emulated platform holds: the directory (users, chats), messages, files, and the
 * records tests assert on. Route handlers change it; tests read it and seed it.
 */
export class EmulatorState {
  /** The tenant's directory, for receivers and contact look-ups. */
  readonly users: EmulatedUser[] = [];
  /** Groups and p2p chats by chat_id. */
  readonly chats = new Map<string, EmulatedChat>();
  /** Every message, bot or user, by message_id; the target of replies, patches and downloads. */
  readonly messages = new Map<string, StoredMessage>();
  /** Bytes of user-sent files and images by key (see {@link addUserFile}). */
  readonly resources = new Map<string, StoredResource>();
  /** In-app login codes (`tt.requestAuthCode`) issued to users of the H5 page: single-use, 5 minutes. */
  readonly authCodes = new Map<string, { appId: string; openId: string; issuedAt: number; used: boolean }>();
  /** Delayed-update tokens of card callbacks pushed so far. */
  readonly cardTokens = new Map<string, CardToken>();

  /** Every message accepted from a bot, in order. */
  readonly sent: SentMessageRecord[] = [];
  readonly patches: PatchRecord[] = [];
  readonly cardUpdates: CardUpdateRecord[] = [];
  readonly callbackReplies: CallbackReplyRecord[] = [];
  readonly uploads: UploadRecord[] = [];
  /** Uploaded files by file_key; unlike `uploads`, kept by `clearRecords`. */
  readonly uploadedFiles = new Map<string, UploadRecord>();
  readonly rejections: RejectionRecord[] = [];
  readonly dedupHits: DedupRecord[] = [];
  readonly faults: FaultRecord[] = [];
  /** Requests per endpoint (answered or not); `unknown` counts calls of endpoints not emulated. */
  readonly callCounts = new Map<ApiName | 'unknown', number>();

  private readonly uuidIndex = new Map<string, { messageId: string; at: number }>();
  private readonly p2pChats = new Map<string, string>();
  private readonly rng: Rng;

  /**
   * @param apps the configured apps; new groups contain all their bots
   * @param now the emulator's clock
   * @param seed makes generated ids reproducible
   */
  constructor(
    readonly apps: ReadonlyMap<string, FeishuApp>,
    readonly now: () => number,
    seed: number,
  ) {
    this.rng = createRng(seed ^ 0x5eed);
  }

  /** A fresh id with the given prefix (`om_`, `oc_`, `file_v3_`…), reproducible for a seed. */
  newId(prefix: string, hexLength = 32): string {
    return `${prefix}${randomHex(this.rng, hexLength)}`;
  }

  // ── directory ──────────────────────────────────────────────────────────────────────────────

  /** Registers a user; missing ids are generated. Returns the stored user. */
  addUser(user: Partial<EmulatedUser> = {}): EmulatedUser {
    const stored: EmulatedUser = {
      open_id: user.open_id ?? this.newId('ou_'),
      union_id: user.union_id ?? this.newId('on_'),
      user_id: user.user_id ?? randomHex(this.rng, 8),
      name: user.name ?? `用户${this.users.length + 1}`,
      ...(user.mobile !== undefined && { mobile: user.mobile }),
      ...(user.email !== undefined && { email: user.email }),
    };
    this.users.push(stored);
    return stored;
  }

  /** Finds a user by `open_id`, `union_id`, `user_id` or `email`. */
  findUser(idType: string, id: string): EmulatedUser | undefined {
    if (idType === 'open_id') return this.users.find((u) => u.open_id === id);
    if (idType === 'union_id') return this.users.find((u) => u.union_id === id);
    if (idType === 'user_id') return this.users.find((u) => u.user_id === id);
    if (idType === 'email') return this.users.find((u) => u.email === id);
    return undefined;
  }

  /** What `tt.requestAuthCode` gives `openId` inside the app `appId`'s H5 page (a test stub calls this). */
  issueAuthCode(appId: string, openId: string): string {
    const code = this.newId('code_', 24);
    this.authCodes.set(code, { appId, openId, issuedAt: this.now(), used: false });
    return code;
  }

  /** Registers a group chat; by default every configured app's bot is in it. */
  addGroup(group: { name: string; chat_id?: string; members?: string[]; botAppIds?: string[] }): EmulatedChat {
    const chat: EmulatedChat = {
      chat_id: group.chat_id ?? this.newId('oc_'),
      chat_type: 'group',
      name: group.name,
      botAppIds: new Set(group.botAppIds ?? this.apps.keys()),
      members: new Set(group.members ?? []),
    };
    this.chats.set(chat.chat_id, chat);
    return chat;
  }

  /** The p2p chat between a user and an app's bot, created on first use (with `chatId` if given). */
  p2pChat(appId: string, openId: string, chatId?: string): EmulatedChat {
    const key = `${appId}/${openId}`;
    const existing = this.p2pChats.get(key);
    const found = existing === undefined ? undefined : this.chats.get(existing);
    if (found) return found;
    const chat: EmulatedChat = {
      chat_id: chatId ?? this.newId('oc_'),
      chat_type: 'p2p',
      name: '',
      botAppIds: new Set([appId]),
      members: new Set([openId]),
    };
    this.chats.set(chat.chat_id, chat);
    this.p2pChats.set(key, chat.chat_id);
    return chat;
  }

  /** The user of a p2p chat, if `chat` is one. */
  p2pUserOf(chat: EmulatedChat): string | undefined {
    return chat.chat_type === 'p2p' ? [...chat.members][0] : undefined;
  }

  // ── user content ───────────────────────────────────────────────────────────────────────────

  /**
   * Stores the bytes of a file or image a user sends, under a new key (or `key`). Put the key into a
   * message event's content; the bot can then download it through the message-resource API.
   */
  addUserFile(file: {
    bytes: Buffer;
    fileName: string;
    kind?: 'file' | 'image';
    contentType?: string;
    key?: string;
  }): string {
    const key = file.key ?? (file.kind === 'image' ? this.newId('img_v3_02') : this.newId('file_v3_00'));
    this.resources.set(key, {
      bytes: file.bytes,
      fileName: file.fileName,
      contentType: file.contentType ?? 'application/octet-stream',
    });
    return key;
  }

  /**
   * Makes a user message known, as if the user had sent it: the sender becomes a directory user and
   * the chat is created when new (a new p2p chat is the sender's chat with the app's bot).
   */
  recordUserMessage(input: UserMessageInput): StoredMessage {
    const sender = this.findUser('open_id', input.sender.open_id) ?? this.addUser(input.sender);
    if (!this.chats.has(input.chat_id)) {
      if (input.chat_type === 'p2p') {
        const chat = this.p2pChat(input.app_id, sender.open_id, input.chat_id);
        // A user has one p2p chat with a bot; a second id for it is a mistake in the test data.
        if (chat.chat_id !== input.chat_id) {
          throw new Error(
            `p2p chat of ${sender.open_id} with ${input.app_id} is ${chat.chat_id}, not ${input.chat_id}`,
          );
        }
      } else {
        this.addGroup({ name: '', chat_id: input.chat_id, members: [sender.open_id] });
      }
    }
    this.chats.get(input.chat_id)?.members.add(sender.open_id);
    const at = input.create_time ?? this.now();
    const message: StoredMessage = {
      message_id: input.message_id ?? this.newId('om_'),
      chat_id: input.chat_id,
      msg_type: input.message_type,
      content: input.content,
      sender: { type: 'user', openId: sender.open_id },
      create_time: at,
      update_time: at,
      updated: false,
      ...(input.parent_id !== undefined && { parent_id: input.parent_id }),
      ...(input.root_id !== undefined && { root_id: input.root_id }),
    };
    this.messages.set(message.message_id, message);
    return message;
  }

  // ── uuid dedup ─────────────────────────────────────────────────────────────────────────────

  /** The message first sent with this uuid by this app within the last hour (doc §7.2). */
  messageForUuid(appId: string, uuid: string): StoredMessage | undefined {
    const hit = this.uuidIndex.get(`${appId}/${uuid}`);
    if (!hit || this.now() - hit.at >= MAX_UUID_AGE_MS) return undefined;
    return this.messages.get(hit.messageId);
  }

  /** Remembers the message sent with a uuid, starting its one-hour window. */
  rememberUuid(appId: string, uuid: string, messageId: string): void {
    this.uuidIndex.set(`${appId}/${uuid}`, { messageId, at: this.now() });
  }

  // ── queries for assertions ─────────────────────────────────────────────────────────────────

  /** Messages accepted into a chat, or sent to a receive_id / user open_id, in order. */
  sentTo(id: string): SentMessageRecord[] {
    return this.sent.filter((m) => m.chatId === id || m.receiveId === id || m.userOpenId === id);
  }

  /** How many messages were really delivered per uuid; exactly-once means every count is 1. */
  deliveredByUuid(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.sent) if (m.uuid !== undefined) counts.set(m.uuid, (counts.get(m.uuid) ?? 0) + 1);
    return counts;
  }

  /** Refusals counted by reason (e.g. `rate_limit_app`, `content_too_long`, `fault_5xx`). */
  rejectionCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of this.rejections) counts[r.reason] = (counts[r.reason] ?? 0) + 1;
    return counts;
  }

  /** The current card of an interactive message, parsed; after patches, updates and callback answers. */
  currentCard(messageId: string): unknown {
    const message = this.messages.get(messageId);
    return message?.msg_type === 'interactive' ? JSON.parse(message.content) : undefined;
  }

  /** Replaces a card's content (patch, delayed update, callback answer). */
  setCardContent(messageId: string, card: unknown): void {
    const message = this.messages.get(messageId);
    if (!message) return;
    message.content = JSON.stringify(card);
    message.update_time = this.now();
    message.updated = true;
  }

  /** Empties the records (sent, patches, rejections, call counts…) but keeps the directory and messages. */
  clearRecords(): void {
    this.callCounts.clear();
    for (const list of [
      this.sent,
      this.patches,
      this.cardUpdates,
      this.callbackReplies,
      this.uploads,
      this.rejections,
      this.dedupHits,
      this.faults,
    ]) {
      list.length = 0;
    }
  }
}
