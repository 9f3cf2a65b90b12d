import { linkForPerson, type CheckinLinks } from '../checkin-page/links.js';
import type { LinkPurpose } from '../checkin-page/link-token.js';
import type { Db } from '../db/client.js';
import { chatIdentitiesOf } from '../db/queries/chat-identities.js';
import { enqueueOutbound, idempotencyKey } from '../delivery/ledger.js';
import { planNoticeRevision } from '../delivery/notice-revision.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import type { Logger } from '../log/logger.js';
import type { OutboundRequest, PlatformAdapter, RenderedMessage } from '../platforms/adapter.js';
import type { Clock } from '../time/clock.js';
import type { Card } from './card.js';
import type { Actor, Context, Recipient } from './context.js';
import type { InboundEvent, PlatformName } from './event.js';
import { localeOf } from './locale-of.js';

/** What every context shares. */
export interface ContextDeps {
  db: Db;
  clock: Clock;
  dispatcher: { wake(): void };
  config: { locale: Locale; timeZone: string };
  /** Mints the check-in page's links; absent in hand-built test worlds (cards then carry no page button). */
  links?: CheckinLinks;
}

/** Where a message goes, minus its content. */
type Address = Pick<OutboundRequest, 'operation' | 'receiveIdType' | 'receiveId' | 'targetMessageId'>;

/**
 * The context of one event. Every message goes into the delivery ledger (the dispatcher sends it);
 * replies are keyed by the event id and their order within the handling, so an event handled twice
 * (which the dedupe should already prevent) still sends each reply once.
 */
export function createContext(
  deps: ContextDeps,
  adapter: PlatformAdapter,
  event: InboundEvent,
  actor: Actor,
  log: Logger,
): Context {
  const locale = localeOf(deps.config.locale, actor);
  const notifier = createNotifier(deps, adapter, log, locale, event.platform);
  let sent = 0;

  const render = (message: Card | string) => renderFor(adapter, message);
  const reply = (rendered: RenderedMessage, address: Address = replyAddress(event)) =>
    enqueueFor(deps, event.platform, log, address, rendered, {
      key: idempotencyKey('evt', event.platform, event.eventId, ++sent),
      purpose: 'reply',
      personId: actor.person?.id,
    });

  return {
    ...notifier,
    event,
    actor,
    ...(adapter.identityPlatform ? { identityPlatform: adapter.identityPlatform } : {}),
    verifiedMobile: (userId) => adapter.verifiedMobile(userId),
    reply: (text) => reply(render(text)),
    replyCard: (card) => reply(render(card)),
    replyFile: async (fileName, data) => {
      const fileKey = await adapter.uploadFile(fileName, data);
      const address = replyAddress(event);
      // A file cannot be a threaded reply on every platform; it goes to the chat the reply would go to.
      const to: Address =
        address.operation === 'REPLY'
          ? { operation: 'SEND_FILE', ...chatOf(event) }
          : { ...address, operation: 'SEND_FILE' };
      await reply(adapter.renderFile(fileKey), to);
    },
    downloadFile: (fileKey) => adapter.downloadFile(event.messageId ?? '', fileKey),
    updateCard: (card) => {
      const cardMessageId = event.body.kind === 'cardAction' ? event.body.cardMessageId : undefined;
      if (!cardMessageId) return reply(render(card));
      return reply(render(card), { operation: 'UPDATE_CARD', targetMessageId: cardMessageId, ...chatOf(event) });
    },
  };
}

/**
 * What sends notices on the bot's own initiative: a Context without the event. Every Context is one; a
 * scheduled job or an import builds one with `createNotifier`, so the same notice code runs either way.
 */
export interface Notifier {
  readonly db: Db;
  readonly locale: Locale;
  readonly timeZone: string;
  readonly log: Logger;
  now(): Date;
  t(key: string, params?: Record<string, string | number>): string;
  notify: Context['notify'];
  /**
   * Gives a group notice sent by `notify` (same recipient, purpose and key) new content: rewrites it while
   * still queued, updates the sent card in place otherwise, and does nothing when it was never sent or
   * already shows this content. Optional only because hand-built test contexts lack it.
   */
  reviseNotice?(to: { chatId: string }, message: Card, purpose: string, key: string): Promise<void>;
  /**
   * A fresh single-use link to the check-in page for a person (their chat account on this platform), or
   * undefined when the service mints none or the person has no account here.
   */
  checkinLink?(personId: number, purpose: LinkPurpose, until?: Date): Promise<string | undefined>;
}

/**
 * A notifier writing to the delivery ledger for `adapter`'s platform, in `locale` (default: the
 * service's). Notices are keyed by purpose, key and recipient, so sending one twice queues it once.
 */
export function createNotifier(
  deps: ContextDeps,
  adapter: PlatformAdapter,
  log: Logger,
  locale: Locale = deps.config.locale,
  platform: PlatformName = adapter.platform,
): Notifier {
  const { links } = deps;
  const identityPlatform = adapter.identityPlatform ?? adapter.platform;
  return {
    ...(links && {
      checkinLink: (personId: number, purpose: LinkPurpose, until?: Date) =>
        linkForPerson(links, deps.db, identityPlatform, personId, purpose, until),
    }),
    db: deps.db,
    locale,
    timeZone: deps.config.timeZone,
    log,
    now: () => deps.clock.now(),
    t: (key, params) => t(locale, key, params),
    notify: async (to, message, purpose, key) => {
      const address = await recipientAddress(deps.db, adapter, to);
      if (!address) {
        log.warn({ recipient: to, purpose }, 'notice not sent: the person has no chat account on this platform');
        return;
      }
      const personId = 'personId' in to ? to.personId : undefined;
      await enqueueFor(deps, platform, log, address, renderFor(adapter, message), {
        key: idempotencyKey('ntf', purpose, key, recipientKeyOf(to)),
        purpose,
        personId,
      });
    },
    reviseNotice: async (to, message, purpose, key) => {
      const rendered = renderFor(adapter, message);
      const plan = await planNoticeRevision(deps.db, idempotencyKey('ntf', purpose, key, recipientKeyOf(to)), rendered);
      if (plan.kind === 'unrevisable') log.warn({ purpose, key, status: plan.status }, 'notice not revised');
      if (plan.kind !== 'update') return;
      const address: Address = { operation: 'UPDATE_CARD', targetMessageId: plan.targetMessageId, ...chatAddress(to) };
      await enqueueFor(deps, platform, log, address, rendered, {
        key: idempotencyKey('upd', purpose, key, plan.revision),
        purpose,
        personId: undefined,
      });
    },
  };
}

function renderFor(adapter: PlatformAdapter, message: Card | string): RenderedMessage {
  return typeof message === 'string' ? adapter.renderText(message) : adapter.renderCard(message);
}

/** Queues one message in the ledger (once per idempotency key) and wakes the dispatcher. */
async function enqueueFor(
  deps: ContextDeps,
  platform: PlatformName,
  log: Logger,
  address: Address,
  rendered: RenderedMessage,
  meta: { key: string; purpose: string; personId: number | undefined },
): Promise<void> {
  const { key, purpose, personId } = meta;
  const { created } = await enqueueOutbound(
    deps.db,
    {
      ...address,
      ...rendered,
      idempotencyKey: key,
      platform,
      purpose,
      ...(personId === undefined ? {} : { personId }),
    },
    deps.clock,
  );
  if (!created) log.debug({ idempotencyKey: key, purpose }, 'message already in the ledger');
  deps.dispatcher.wake();
}

/**
 * Where a reply goes: a reply to the message when there is one; otherwise (card actions, menu clicks,
 * bot added) a new message to the group, or to the speaker in a private chat (Feishu menu events carry
 * no chat id, so the speaker's user id is the one address that always works).
 */
function replyAddress(event: InboundEvent): Address {
  if (event.messageId) return { operation: 'REPLY', targetMessageId: event.messageId, ...chatOf(event) };
  if (event.chat.type === 'group') return { operation: 'SEND', ...chatOf(event) };
  return { operation: 'SEND', receiveIdType: 'open_id', receiveId: event.sender.userId };
}

/** The event's chat as a receiver; on replies and card updates it lets the dispatcher rate-limit per chat. */
function chatOf(event: InboundEvent): Pick<OutboundRequest, 'receiveIdType' | 'receiveId'> {
  return { receiveIdType: 'chat_id', receiveId: event.chat.id };
}

/** How a recipient appears in a notice's idempotency key. */
function recipientKeyOf(to: Recipient): string {
  return 'personId' in to ? `p${to.personId}` : `c${to.chatId}`;
}

/** A group chat as a receiver. */
function chatAddress(to: { chatId: string }): Pick<OutboundRequest, 'receiveIdType' | 'receiveId'> {
  return { receiveIdType: 'chat_id', receiveId: to.chatId };
}

/** A recipient's address on the adapter's platform; undefined for a person without an account there. */
async function recipientAddress(db: Db, adapter: PlatformAdapter, to: Recipient): Promise<Address | undefined> {
  if ('chatId' in to) return { operation: 'SEND', ...chatAddress(to) };
  const platform = adapter.identityPlatform ?? adapter.platform;
  const identity = (await chatIdentitiesOf(db, to.personId)).find((i) => i.platform === platform);
  return identity && { operation: 'SEND', receiveIdType: 'open_id', receiveId: identity.platformUserId };
}
