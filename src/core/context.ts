import type { Db, DbOrTx } from '../db/client.js';
import type { Logger } from '../log/logger.js';
import type { Locale } from '../i18n/locale.js';
import type { Card } from './card.js';
import type { InboundEvent, PlatformName } from './event.js';
import type { RoleName, ScopedRole } from '../domain/roles.js';

/** Roles and their scopes are the domain's (`src/domain/roles.ts`); the core re-exports them. */
export type { RoleName, ScopedRole };

/** Who is speaking. `person` is null for a chat user not yet registered. */
export interface Actor {
  person: { id: number; name: string; homeInstitutionId: number | null; title: string | null } | null;
  roles: ScopedRole[];
  /** Admin by grant or by `BOT_ADMIN_OPEN_IDS`. */
  isAdmin: boolean;
  /** The speaker's chat account has its unionId stored already: the pipeline need not look it up. */
  unionIdKnown?: boolean;
}

/**
 * Someone the bot writes to on its own (not a reply): a person (on the one platform their notices go to,
 * see `chooseNoticeRoute`), or a chat group of a platform (default: the event's, or the service's first).
 */
export type Recipient = { personId: number } | GroupRecipient;

/** A chat group; groups belong to one platform. */
export interface GroupRecipient {
  chatId: string;
  platform?: PlatformName;
}

/**
 * One context per inbound event: everything a handler needs, nothing platform-specific. Every message
 * it sends goes through the delivery ledger.
 */
export interface Context {
  readonly event: InboundEvent;
  readonly actor: Actor;
  readonly locale: Locale;
  readonly timeZone: string;
  readonly db: Db;
  /** Child logger carrying the event id. */
  readonly log: Logger;
  /**
   * The platform whose chat identities name this event's users, when not `event.platform` (the sandbox
   * borrows FEISHU's, see `PlatformAdapter.identityPlatform`). Absent means `event.platform`.
   */
  readonly identityPlatform?: PlatformName;
  /** How old a message's own time may be and still be a record's time (`BOT_MESSAGE_MAX_AGE_MINUTES`). */
  readonly messageMaxAgeMinutes?: number;
  /** False when the speaker's platform cannot send locations (then a check-in can only be typed). */
  readonly receivesLocations?: boolean;
  /**
   * The platform-verified mobile number of a chat user (`PlatformAdapter.verifiedMobile`); absent when
   * the platform cannot tell. Used to bind accounts by phone without trusting what anyone types.
   */
  verifiedMobile?(userId: string): Promise<string | undefined>;
  /**
   * A chat user's unionId looked up on the platform (`PlatformAdapter.unionIdOf`), for platforms whose
   * events and mentions do not carry it; absent elsewhere. A binding stores it at once.
   */
  unionIdOf?(userId: string): Promise<string | undefined>;
  /** The current instant, from the service clock. */
  now(): Date;
  /** A user-facing text in the speaker's locale. */
  t(key: string, params?: Record<string, string | number>): string;
  /** Replies to the message (or, for a card action or menu click, writes to the speaker's chat). */
  reply(text: string): Promise<void>;
  /** Replies with a card. */
  replyCard(card: Card): Promise<void>;
  /**
   * Uploads a file (an export, a template) and sends it to the speaker's chat: as a reply to their
   * message, or to the group or private chat a card click came from.
   */
  replyFile(fileName: string, data: Buffer): Promise<void>;
  /** Downloads a file sent in this event's message (a `file` event's `fileKey`). */
  downloadFile(fileKey: string): Promise<Buffer>;
  /**
   * Replaces the card that was clicked (card actions only; otherwise replies with it). With `within`,
   * the update is queued in that transaction, so it takes its place in the ledger with the decision the
   * transaction makes: a press waiting on the first press's lock queues its card after the first one's.
   * The dispatcher cannot see it before the commit: call `wakeDispatchers()` after it.
   */
  updateCard(card: Card, within?: DbOrTx): Promise<void>;
  /**
   * Sends to someone else (a clinic head, a coordinator, a group). `purpose` and `key` make the
   * idempotency key, so the same notice for the same reason is sent once.
   */
  notify(to: Recipient, message: Card | string, purpose: string, key: string): Promise<void>;
  /**
   * A fresh single-use link to the check-in page for a person (src/checkin-page/), valid 15 minutes — or,
   * with `until` (a reminder), a stable entry valid until then that mints such a link each time it is
   * opened; absent in hand-built test contexts, undefined when the person has no account here.
   */
  checkinLink?(personId: number, purpose: 'CHECK_IN' | 'CHECK_OUT', until?: Date): Promise<string | undefined>;
  /**
   * A stable entry to the check-in page for an inspector's reading at one sampled visit of a spot check
   * (`key` = `<draw seed>:<planned date id>`), valid until `until`; each opening mints a single-use link
   * for the inspector's own account. Absent / undefined as {@link checkinLink}.
   */
  spotCheckLink?(personId: number, key: string, until: Date): Promise<string | undefined>;
  /**
   * A signed link, valid a day, to the printable page of a physician's service record for a period key
   * (`2026`, `all`; src/service-record/record-link.ts); absent where the service mints no links. Who may
   * read the record is the caller's to check first.
   */
  recordPageLink?(physicianId: number, period: string): string | undefined;
}

/** What a text command receives besides the context. */
export interface CommandArgs {
  /** Everything after the command word, normalized (half-width, single spaces). */
  raw: string;
  /** `raw` split on spaces. */
  tokens: string[];
  /** People @-mentioned in the message, the bot excluded. */
  mentions: { userId: string; name: string }[];
}

/** Audience a command is listed for in /帮助 and allowed to. `ANYONE` includes unregistered users. */
export type Audience = RoleName | 'ANYONE' | 'REGISTERED';

/** A text command: one file under src/commands/, registered in src/commands/index.ts. */
export interface CommandDefinition {
  /** Canonical Chinese name without the slash, e.g. `签到`. */
  name: string;
  /** Other names, e.g. `checkin`; matched case-insensitively. */
  aliases: string[];
  /** Message keys for /帮助. */
  summaryKey: string;
  usageKey: string;
  /** Who may run it; anyone holding one of these (admins may run everything). */
  audience: Audience[];
  /**
   * The names the usage's examples show (`{clinic}`, `{place}` …), taken from the speaker's own scope,
   * so an example never names a place the speaker cannot use.
   */
  usageExamples?(ctx: Context): Promise<Record<string, string>>;
  run(ctx: Context, args: CommandArgs): Promise<void>;
}

/** A card button handler: one file under src/actions/, registered in src/actions/index.ts. */
export interface CardActionDefinition {
  /** Matches the `action` of the button. */
  action: string;
  audience: Audience[];
  run(ctx: Context, value: Record<string, unknown>, formValue: Record<string, unknown> | undefined): Promise<void>;
}
