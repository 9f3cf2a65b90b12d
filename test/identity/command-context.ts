import type { Actor, CommandArgs, Context, Recipient } from '../../src/core/context.js';
import type { InboundEvent } from '../../src/core/event.js';
import type { Db } from '../../src/db/client.js';
import { t } from '../../src/i18n/messages/index.js';
import { createLogger } from '../../src/log/logger.js';
import type { Card } from '../../src/core/card.js';

/** What a command did through its context. */
export interface Captured {
  replies: string[];
  notices: { to: Recipient; message: Card | string; purpose: string; key: string }[];
}

/** Options of `commandContext`. */
export interface CommandContextOptions {
  db: Db;
  actor: Actor;
  senderId: string;
  now: Date;
  verifiedMobile?: (userId: string) => Promise<string | undefined>;
}

/**
 * A context for calling a command's `run` directly, on a real database: replies and notices are
 * captured instead of going through the delivery ledger. (End-to-end tests go through the core.)
 */
export function commandContext(options: CommandContextOptions): { ctx: Context; captured: Captured } {
  const captured: Captured = { replies: [], notices: [] };
  const event: InboundEvent = {
    platform: 'FEISHU',
    eventId: 'evt_test',
    messageId: 'om_test',
    occurredAt: options.now,
    sender: { userId: options.senderId },
    chat: { id: 'oc_test', type: 'group' },
    mentionsBot: true,
    body: { kind: 'text', text: '', mentions: [] },
  };
  const ctx: Context = {
    event,
    actor: options.actor,
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    db: options.db,
    log: createLogger('silent'),
    ...(options.verifiedMobile ? { verifiedMobile: options.verifiedMobile } : {}),
    now: () => options.now,
    t: (key, params) => t('zh-CN', key, params),
    reply: async (text) => {
      captured.replies.push(text);
    },
    replyCard: async () => {
      throw new Error('not expected: a card reply');
    },
    updateCard: async () => {
      throw new Error('not expected: a card update');
    },
    replyFile: async () => {
      throw new Error('not expected: a file');
    },
    downloadFile: async () => {
      throw new Error('not expected: a download');
    },
    notify: async (to, message, purpose, key) => {
      captured.notices.push({ to, message, purpose, key });
    },
  };
  return { ctx, captured };
}

/** Command arguments as the core's parser builds them from the text after the command word. */
export function argsFrom(text: string, mentions: CommandArgs['mentions'] = []): CommandArgs {
  const tokens = text.split(' ').filter(Boolean);
  return { raw: tokens.join(' '), tokens, mentions };
}
