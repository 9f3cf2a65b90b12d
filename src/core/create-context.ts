import { linkForAccount, linkForPerson, type CheckinLinks } from '../checkin-page/links.js';
import { mintRecordLink } from '../service-record/record-link.js';
import { periodOfKey } from '../service-record/record-period.js';
import type { LinkPurpose } from '../checkin-page/link-token.js';
import type { Db, DbOrTx } from '../db/client.js';
import { noticePlatformsOf } from '../db/queries/chat-identities.js';
import { enqueueOutbound, idempotencyKey } from '../delivery/ledger.js';
import { planNoticeRevision, type NoticeRevision } from '../delivery/notice-revision.js';
import { findOutboundByKey } from '../db/queries/outbound-messages.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import type { Logger } from '../log/logger.js';
import type { Address, PlatformAdapter, RenderedMessage } from '../platforms/adapter.js';
import type { Clock } from '../time/clock.js';
import type { Card } from './card.js';
import type { Actor, Context, GroupRecipient, Recipient } from './context.js';
import type { InboundEvent, PlatformName } from './event.js';
import { localeOf } from './locale-of.js';
import { adaptersOf, chooseNoticeRoute, type Adapters } from './notice-route.js';

/** What every context shares. */
export interface ContextDeps {
  db: Db;
  clock: Clock;
  dispatcher: { wake(): void };
  config: { locale: Locale; timeZone: string; messageMaxAgeMinutes?: number; confirmationGatherMinutes?: number };
  /** Mints the check-in page's links; absent in hand-built test worlds (cards then carry no page button). */
  links?: CheckinLinks;
}

/**
 * The context of one event. Every message goes into the delivery ledger (the dispatcher sends it);
 * replies are keyed by the event id and their order within the handling, so an event handled twice
 * (which the dedupe should already prevent) still sends each reply once. Replies go back through the
 * event's adapter, which knows its platform's addresses; notices to others go where each person reads.
 */
export function createContext(
  deps: ContextDeps,
  adapters: Adapters,
  event: InboundEvent,
  actor: Actor,
  log: Logger,
): Context {
  const adapter = adapterOf(adapters, event.platform);
  const locale = localeOf(deps.config.locale, actor);
  const speaker = actor.person
    ? { personId: actor.person.id, platform: adapter.identityPlatform ?? adapter.platform, userId: event.sender.userId }
    : undefined;
  const notifier = createNotifier(deps, adapters, log, locale, event.platform, speaker);
  let sent = 0;

  const render = (message: Card | string) => renderFor(adapter, message);
  const reply = (
    rendered: RenderedMessage,
    address: Address = adapter.addressing.replyTo(event),
    within: DbOrTx = deps.db,
  ) =>
    enqueueFor({ ...deps, db: within }, event.platform, log, address, rendered, {
      key: idempotencyKey('evt', event.platform, event.eventId, ++sent),
      purpose: 'reply',
      personId: actor.person?.id,
    });

  const unionIdOf = adapter.unionIdOf?.bind(adapter);
  return {
    ...notifier,
    event,
    actor,
    ...(deps.config.messageMaxAgeMinutes === undefined
      ? {}
      : { messageMaxAgeMinutes: deps.config.messageMaxAgeMinutes }),
    ...(adapter.identityPlatform ? { identityPlatform: adapter.identityPlatform } : {}),
    ...(adapter.receivesLocations === false ? { receivesLocations: false } : {}),
    verifiedMobile: (userId) => adapter.verifiedMobile(userId),
    ...(unionIdOf ? { unionIdOf } : {}),
    reply: (text) => reply(render(text)),
    replyCard: (card) => reply(render(card)),
    replyFile: async (fileName, data) => {
      const fileKey = await adapter.uploadFile(fileName, data);
      // A file cannot be a threaded reply on every platform; it goes to the chat the reply would go to.
      const { receiveIdType, receiveId } = adapter.addressing.replyTo(event);
      await reply(adapter.renderFile(fileKey), { operation: 'SEND_FILE', receiveIdType, receiveId });
    },
    downloadFile: (fileKey) => adapter.downloadFile(event.messageId ?? '', fileKey),
    updateCard: (card, within) => {
      const cardMessageId = event.body.kind === 'cardAction' ? event.body.cardMessageId : undefined;
      if (!cardMessageId) return reply(render(card), undefined, within);
      const address: Address = {
        operation: 'UPDATE_CARD',
        targetMessageId: cardMessageId,
        ...adapter.addressing.chatOf(event),
      };
      return reply(render(card), address, within);
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
   * Gives a notice sent by `notify` (same recipient, purpose and key) new content: rewrites it while
   * still queued, updates the sent card in place otherwise (on the platform and to the receiver it went
   * to), and does nothing when it was never sent or already shows this content. Returns what it came to;
   * `unrevisable` while the notice is being sent (try again) or after it failed. Optional only because
   * hand-built test contexts lack it.
   */
  reviseNotice?(to: Recipient, message: Card, purpose: string, key: string): Promise<NoticeRevision>;
  /** `CONFIRMATION_GATHER_MINUTES`: how long a clinic head's confirmation card gathers arrivals. */
  readonly confirmationGatherMinutes?: number;
  /**
   * A fresh single-use link to the check-in page for a person (their chat account on this platform), or
   * undefined when the service mints none or the person has no account here.
   */
  checkinLink?(personId: number, purpose: LinkPurpose, until?: Date): Promise<string | undefined>;
  /** An inspector's entry for a spot-checked visit (see `Context.spotCheckLink`). */
  spotCheckLink?(personId: number, key: string, until: Date): Promise<string | undefined>;
  /** A link to a service record's printable page (see `Context.recordPageLink`). */
  recordPageLink?(physicianId: number, period: string): string | undefined;
}

/**
 * A notifier writing to the delivery ledger, in `locale` (default: the service's). A person's notice
 * goes to the one platform `chooseNoticeRoute` picks; a group's to the group's platform (`home` when the
 * recipient names none: the event's platform, or the first configured). Notices are keyed by purpose,
 * key and recipient, so sending one twice queues it once.
 *
 * @param adapters the configured platforms' adapters (or a single adapter)
 * @param speaker the account an event's speaker writes from: their own page links name it without a lookup.
 */
export function createNotifier(
  deps: ContextDeps,
  adapters: Adapters | PlatformAdapter,
  log: Logger,
  locale: Locale = deps.config.locale,
  home?: PlatformName,
  speaker?: { personId: number; platform: PlatformName; userId: string },
): Notifier {
  const all = adapters instanceof Map ? (adapters as Adapters) : adaptersOf(adapters as PlatformAdapter);
  const groupAdapter = (to: GroupRecipient) => all.get(to.platform ?? home ?? [...all.keys()][0] ?? 'SANDBOX');
  const { links } = deps;
  /** A page link for a person's account on the platform their links go to (`linkPlatform`). */
  const pageLink = async (
    minted: CheckinLinks,
    personId: number,
    purpose: LinkPurpose,
    until?: Date,
    spotCheckKey?: string,
  ) => {
    const platform = await linkPlatform(deps.db, all, personId, home);
    if (!platform) return undefined;
    if (speaker && speaker.personId === personId && speaker.platform === platform) {
      // The speaker's own link names the account they speak from: no lookup of their chat accounts.
      const who = { personId, purpose, platform, userId: speaker.userId, ...(spotCheckKey && { spotCheckKey }) };
      return linkForAccount(minted, who, until);
    }
    return linkForPerson(minted, deps.db, platform, personId, purpose, until, spotCheckKey);
  };
  return {
    ...(links && {
      checkinLink: (personId: number, purpose: LinkPurpose, until?: Date) => pageLink(links, personId, purpose, until),
      spotCheckLink: (personId: number, key: string, until: Date) =>
        pageLink(links, personId, 'SPOT_CHECK', until, key),
      recordPageLink: (physicianId: number, key: string) => {
        const period = periodOfKey(key);
        return period && mintRecordLink(links, { physicianId, period }, deps.clock.now());
      },
    }),
    db: deps.db,
    locale,
    timeZone: deps.config.timeZone,
    ...(deps.config.confirmationGatherMinutes === undefined
      ? {}
      : { confirmationGatherMinutes: deps.config.confirmationGatherMinutes }),
    log,
    now: () => deps.clock.now(),
    t: (key, params) => t(locale, key, params),
    notify: async (to, message, purpose, key) => {
      const target = await noticeTarget(deps.db, all, groupAdapter, to);
      if (!target) {
        log.warn(
          { recipient: to, purpose },
          'notice not sent: no chat account on a configured platform reaches the recipient',
        );
        return;
      }
      const personId = 'personId' in to ? to.personId : undefined;
      await enqueueFor(deps, target.adapter.platform, log, target.address, renderFor(target.adapter, message), {
        key: noticeKey(purpose, key, to),
        purpose,
        personId,
      });
    },
    reviseNotice: async (to, message, purpose, key) => {
      const ledgerKey = noticeKey(purpose, key, to);
      // The update goes out on the platform and to the receiver the notice went to, whatever route
      // the recipient's notices would take today.
      const original = await findOutboundByKey(deps.db, ledgerKey);
      const adapter = original && all.get(original.platform as PlatformName);
      if (!original || !adapter) return { kind: 'absent' };
      const rendered = renderFor(adapter, message);
      const plan = await planNoticeRevision(deps.db, ledgerKey, rendered);
      if (plan.kind === 'unrevisable') log.warn({ purpose, key, status: plan.status }, 'notice not revised yet');
      if (plan.kind !== 'update') return plan;
      const address: Address = {
        operation: 'UPDATE_CARD',
        targetMessageId: plan.targetMessageId,
        ...(original.receiveIdType && original.receiveId
          ? { receiveIdType: original.receiveIdType, receiveId: original.receiveId }
          : {}),
      };
      await enqueueFor(deps, adapter.platform, log, address, rendered, {
        key: idempotencyKey('upd', purpose, key, plan.revision),
        purpose,
        personId: 'personId' in to ? to.personId : undefined,
      });
      return plan;
    },
  };
}

function adapterOf(adapters: Adapters, platform: PlatformName): PlatformAdapter {
  const adapter = adapters.get(platform);
  if (!adapter) throw new Error(`no adapter for platform ${platform}`);
  return adapter;
}

function renderFor(adapter: PlatformAdapter, message: Card | string): RenderedMessage {
  return typeof message === 'string' ? adapter.renderText(message) : adapter.renderCard(message);
}

/**
 * Queues one message in the ledger (once per idempotency key), on `deps.db` (a transaction's client when
 * the message is part of it), and wakes the dispatcher.
 */
async function enqueueFor(
  deps: Pick<ContextDeps, 'clock' | 'dispatcher'> & { db: DbOrTx },
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

/** The ledger key a notice is queued under: its purpose, its key and its recipient. */
export function noticeKey(purpose: string, key: string, to: Recipient): string {
  return idempotencyKey('ntf', purpose, key, recipientKeyOf(to));
}

/** How a recipient appears in a notice's idempotency key (never the platform: a notice goes out once). */
function recipientKeyOf(to: Recipient): string {
  return 'personId' in to ? `p${to.personId}` : `c${to.chatId}`;
}

/**
 * The identity platform a person's check-in link names: the event's (a reply goes back there), else the
 * platform their notices go to (`chooseNoticeRoute`), so a reminder's link opens in the app it arrives in.
 */
async function linkPlatform(
  db: Db,
  adapters: Adapters,
  personId: number,
  home: PlatformName | undefined,
): Promise<PlatformName | undefined> {
  const homeAdapter = home && adapters.get(home);
  if (homeAdapter) return homeAdapter.identityPlatform ?? homeAdapter.platform;
  const choices = await noticePlatformsOf(db, personId);
  const route = choices ? chooseNoticeRoute(choices, adapters) : undefined;
  return route && (route.adapter.identityPlatform ?? route.adapter.platform);
}

/** The adapter and address a notice goes out with; undefined when no configured platform reaches them. */
async function noticeTarget(
  db: Db,
  adapters: Adapters,
  groupAdapter: (to: GroupRecipient) => PlatformAdapter | undefined,
  to: Recipient,
): Promise<{ adapter: PlatformAdapter; address: Address } | undefined> {
  if (!('personId' in to)) {
    const adapter = groupAdapter(to);
    return adapter && { adapter, address: { operation: 'SEND', ...adapter.addressing.group(to.chatId) } };
  }
  const choices = await noticePlatformsOf(db, to.personId);
  const route = choices ? chooseNoticeRoute(choices, adapters) : undefined;
  return (
    route && {
      adapter: route.adapter,
      address: { operation: 'SEND', ...route.adapter.addressing.person(route.userId) },
    }
  );
}
