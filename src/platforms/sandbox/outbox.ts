import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { SandboxButton } from './render-card-text.js';

/** What a sandbox message shows. */
export interface SandboxContent {
  kind: 'text' | 'card' | 'file';
  text: string;
  buttons: SandboxButton[];
  /** For a file: its key, to download it from `GET /sandbox/files/:key`. */
  fileKey?: string;
  /** For a file: its name. */
  fileName?: string;
}

/** A message the bot sent in the sandbox, as the chat CLI and tests read it. */
export interface SandboxMessage extends SandboxContent {
  id: string;
  chatId: string;
  /** Position in the sandbox's stream of changes: a replaced card moves to the end. */
  seq: number;
  /** `seq` when the message was first sent: its place in the conversation. */
  sentSeq: number;
  /** The message this one answers, when it is a reply. */
  replyTo?: string;
  /** How many times the card was replaced (0 for an original). */
  revision: number;
}

/**
 * The sandbox's outbox: messages per chat in memory, with long-polling. Each append or replacement
 * takes the next sequence number, so a poller asking for "after n" sees new and updated messages.
 */
export class SandboxOutbox {
  private seq = 0;
  private readonly byId = new Map<string, SandboxMessage>();
  private readonly changes = new EventEmitter().setMaxListeners(0);

  /** Adds a message to a chat. */
  append(chatId: string, content: SandboxContent, replyTo?: string): SandboxMessage {
    const message: SandboxMessage = {
      ...content,
      id: `sbm_${randomBytes(8).toString('hex')}`,
      chatId,
      seq: ++this.seq,
      sentSeq: this.seq,
      revision: 0,
      ...(replyTo ? { replyTo } : {}),
    };
    this.byId.set(message.id, message);
    this.changes.emit(chatId);
    return { ...message };
  }

  /** Replaces a message's content (a card update); undefined when there is no such message. */
  replace(id: string, content: SandboxContent): SandboxMessage | undefined {
    const current = this.byId.get(id);
    if (!current) return undefined;
    const next: SandboxMessage = { ...current, ...content, seq: ++this.seq, revision: current.revision + 1 };
    this.byId.set(id, next);
    this.changes.emit(current.chatId);
    return { ...next };
  }

  /** One message as it is now. */
  get(id: string): SandboxMessage | undefined {
    const message = this.byId.get(id);
    return message && { ...message };
  }

  /** A chat's messages changed after `after`, oldest change first. */
  list(chatId: string, after = 0): SandboxMessage[] {
    return [...this.byId.values()]
      .filter((message) => message.chatId === chatId && message.seq > after)
      .sort((a, b) => a.seq - b.seq)
      .map((message) => ({ ...message }));
  }

  /** A chat's messages in the order they were sent, updated cards at their latest revision. */
  conversation(chatId: string): SandboxMessage[] {
    return this.list(chatId).sort((a, b) => a.sentSeq - b.sentSeq);
  }

  /** The latest sequence number handed out (a poller's starting cursor). */
  cursor(): number {
    return this.seq;
  }

  /** Like `list`, but waits up to `timeoutMs` for a change when there is none yet. */
  wait(chatId: string, after: number, timeoutMs: number, signal?: AbortSignal): Promise<SandboxMessage[]> {
    const now = this.list(chatId, after);
    if (now.length > 0 || timeoutMs <= 0) return Promise.resolve(now);
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.changes.off(chatId, finish);
        signal?.removeEventListener('abort', finish);
        resolve(this.list(chatId, after));
      };
      const timer = setTimeout(finish, timeoutMs);
      this.changes.on(chatId, finish);
      signal?.addEventListener('abort', finish);
    });
  }
}
