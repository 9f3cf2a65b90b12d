import type { Db } from '../db/client.js';
import { chatIdentitiesOf } from '../db/queries/chat-identities.js';
import { enqueueOutbound, idempotencyKey } from '../delivery/ledger.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import type { Logger } from '../log/logger.js';
import type { OutboundRequest, PlatformAdapter, RenderedMessage } from '../platforms/adapter.js';
import type { Clock } from '../time/clock.js';
import type { Card } from './card.js';
import type { Actor, Context, Recipient } from './context.js';
import type { InboundEvent } from './event.js';
import { localeOf } from './locale-of.js';

/** What every context shares. */
export interface ContextDeps {
  db: Db;
  clock: Clock;
  dispatcher: { wake(): void };
  config: { locale: Locale; timeZone: string };
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
  let sent = 0;

  const enqueue = async (
    address: Address,
    rendered: RenderedMessage,
    key: string,
    purpose: string,
    personId?: number,
  ) => {
    const { created } = await enqueueOutbound(
      deps.db,
      {
        ...address,
        ...rendered,
        idempotencyKey: key,
        platform: event.platform,
        purpose,
        ...(personId === undefined ? {} : { personId }),
      },
      deps.clock,
    );
    if (!created) log.debug({ idempotencyKey: key, purpose }, 'message already in the ledger');
    deps.dispatcher.wake();
  };
  const render = (message: Card | string) =>
    typeof message === 'string' ? adapter.renderText(message) : adapter.renderCard(message);
  const reply = (rendered: RenderedMessage, address: Address = replyAddress(event)) =>
    enqueue(address, rendered, idempotencyKey('evt', event.platform, event.eventId, ++sent), 'reply', actor.person?.id);

  return {
    event,
    actor,
    locale,
    timeZone: deps.config.timeZone,
    db: deps.db,
    log,
    ...(adapter.identityPlatform ? { identityPlatform: adapter.identityPlatform } : {}),
    verifiedMobile: (userId) => adapter.verifiedMobile(userId),
    now: () => deps.clock.now(),
    t: (key, params) => t(locale, key, params),
    reply: (text) => reply(render(text)),
    replyCard: (card) => reply(render(card)),
    updateCard: (card) => {
      const cardMessageId = event.body.kind === 'cardAction' ? event.body.cardMessageId : undefined;
      if (!cardMessageId) return reply(render(card));
      return reply(render(card), { operation: 'UPDATE_CARD', targetMessageId: cardMessageId, ...chatOf(event) });
    },
    notify: async (to, message, purpose, key) => {
      const address = await recipientAddress(deps.db, adapter, to);
      if (!address) {
        log.warn({ recipient: to, purpose }, 'notice not sent: the person has no chat account on this platform');
        return;
      }
      const recipientKey = 'personId' in to ? `p${to.personId}` : `c${to.chatId}`;
      const personId = 'personId' in to ? to.personId : undefined;
      await enqueue(address, render(message), idempotencyKey('ntf', purpose, key, recipientKey), purpose, personId);
    },
  };
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

/** A recipient's address on the adapter's platform; undefined for a person without an account there. */
async function recipientAddress(db: Db, adapter: PlatformAdapter, to: Recipient): Promise<Address | undefined> {
  if ('chatId' in to) return { operation: 'SEND', receiveIdType: 'chat_id', receiveId: to.chatId };
  const platform = adapter.identityPlatform ?? adapter.platform;
  const identity = (await chatIdentitiesOf(db, to.personId)).find((i) => i.platform === platform);
  return identity && { operation: 'SEND', receiveIdType: 'open_id', receiveId: identity.platformUserId };
}
