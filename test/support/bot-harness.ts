import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { AcceptResult, BotCore } from '../../src/core/bot.js';
import type { RoleName } from '../../src/core/context.js';
import { createBot, type BotConfig } from '../../src/create-bot.js';
import type { InboundEvent, PlatformName } from '../../src/core/event.js';
import type { BotRegistry } from '../../src/core/registry.js';
import type { HandlingSettings } from '../../src/core/pipeline.js';
import type { Db } from '../../src/db/client.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { countOutboundQueued } from '../../src/db/queries/outbound-messages.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import { Dispatcher } from '../../src/delivery/dispatcher.js';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import type { PlatformAdapter } from '../../src/platforms/adapter.js';
import { SandboxAdapter, sandboxP2pChatId, isSandboxP2pChat } from '../../src/platforms/sandbox/adapter.js';
import type { SandboxInput } from '../../src/platforms/sandbox/input.js';
import type { SandboxMessage } from '../../src/platforms/sandbox/outbox.js';
import type { SandboxButton } from '../../src/platforms/sandbox/render-card-text.js';
import { ManualClock } from '../../src/time/clock.js';
import { createTestDatabase, type TestDatabase } from './db.js';

/** A Monday, 09:00 in Asia/Shanghai: the harness clock's default start. */
export const HARNESS_START = '2026-03-02T01:00:00Z';

/** How a harness is set up; everything is optional. */
export interface BotHarnessOptions {
  /** Default sqlite. Use `describe.each(testProviders())` and pass the provider through. */
  provider?: DbProvider;
  /** Where the ManualClock starts (default {@link HARNESS_START}). */
  start?: Date | string;
  /** Commands, actions or handlers replacing the service's lists (e.g. `commandList([myTestCommand])`). */
  registry?: Partial<BotRegistry>;
  config?: Partial<BotConfig>;
  /** Backpressure of the handling (default the service's). */
  handling?: Partial<HandlingSettings>;
}

/** One log line the service wrote (pino's JSON: `level` is 30 info, 40 warn, 50 error). */
export interface LogRecord {
  level: number;
  msg: string;
  eventId?: string;
  [field: string]: unknown;
}

/** A button of a message in the outbox, with what `press` needs to find it again. */
export interface HarnessButton extends SandboxButton {
  messageId: string;
  chatId: string;
}

/** A message the bot sent, as tests read it. */
export interface HarnessMessage extends Omit<SandboxMessage, 'buttons'> {
  buttons: HarnessButton[];
}

/** What sending an event did. */
export interface Sent {
  result: AcceptResult;
  eventId: string;
  messageId?: string;
  chatId: string;
}

/** Fields common to the harness's event helpers. */
interface Speaker {
  /** The sender's user id: a Feishu open_id bound with `person()` (or unknown, for unregistered users). */
  as: string;
  /** A group chat id; absent for the sender's private chat with the bot. */
  chat?: string;
  /** Fixed ids to simulate redeliveries. */
  eventId?: string;
  messageId?: string;
}

/** A person to create for a test. */
export interface PersonSpec {
  name: string;
  /** Their Feishu open_id (the sandbox uses Feishu identities). */
  openId: string;
  /** Default: a unique fake mobile number. */
  phone?: string;
  homeInstitutionId?: number;
  /** Roles without a scope by name, scoped roles with their institution or region. */
  roles?: (RoleName | { role: RoleName; institutionId?: number; regionId?: number })[];
}

/**
 * The bot as a test drives it: a real migrated database, the core from `createBot` with the sandbox
 * adapter, the real delivery dispatcher and a ManualClock. Send events, `await settle()`, read the
 * outbox.
 *
 * ```ts
 * const bot = await createBotHarness({ provider });
 * await bot.person({ name: '王医生', openId: 'ou_wang', roles: ['PHYSICIAN'] });
 * await bot.send({ as: 'ou_wang', text: '/帮助' });
 * await bot.settle();
 * expect(bot.lastMessage(bot.p2p('ou_wang'))?.text).toContain('/帮助');
 * await bot.close();
 * ```
 */
export interface BotHarness {
  readonly database: TestDatabase;
  readonly db: Db;
  readonly clock: ManualClock;
  readonly core: BotCore;
  readonly adapter: SandboxAdapter;
  readonly metrics: Metrics;
  /** Everything the service logged, oldest first. */
  readonly logs: LogRecord[];
  /** A text message (`mentionBot` adds `@巡诊助手 ` in front, for groups). */
  send(
    input: Speaker & { text: string; mentionBot?: boolean; mentions?: { userId: string; name: string }[] },
  ): Promise<Sent>;
  /** A location message. */
  location(
    input: Speaker & { latitude?: number; longitude?: number; accuracyM?: number; name?: string },
  ): Promise<Sent>;
  /** Presses a card button; `as` defaults to the owner of the private chat the card is in. */
  press(
    button: HarnessButton,
    options?: { as?: string; form?: Record<string, string>; eventId?: string },
  ): Promise<Sent>;
  /** A bot menu click. */
  menu(input: Speaker & { key: string }): Promise<Sent>;
  /** A file message. */
  file(input: Speaker & { fileName: string; content?: Buffer }): Promise<Sent>;
  /** The bot added to group `chat` by `as`. */
  botAdded(input: Speaker & { chat: string; chatName?: string }): Promise<Sent>;
  /** Any sandbox input, or a ready-made event (any platform the harness has an adapter for). */
  event(input: SandboxInput | InboundEvent): Promise<Sent>;
  /** Waits until every accepted event is handled and every queued message delivered (or failed). */
  settle(options?: { timeoutMs?: number }): Promise<void>;
  /** The bot's messages in a chat, oldest first (updated cards in place, at their latest revision). */
  outbox(chatId: string): HarnessMessage[];
  /** The newest message in a chat (by first appearance). */
  lastMessage(chatId: string): HarnessMessage | undefined;
  /** A user's private chat id with the bot. */
  p2p(userId: string): string;
  /** Creates a person with a Feishu identity and roles; returns their id. */
  person(spec: PersonSpec): Promise<number>;
  /** Log lines at `level` or above (`warn`, `error`). */
  logsAt(level: 'warn' | 'error'): LogRecord[];
  /** Stops the dispatcher and destroys the database. */
  close(): Promise<void>;
}

const LEVELS = { warn: 40, error: 50 } as const;
/** No limits that a frozen ManualClock could never let pass. */
const UNLIMITED = { appPerSecond: 1e6, appPerMinute: 1e9, receiverPerSecond: 1e6 };

/** Boots a harness; call `close()` in `afterAll`/`afterEach`. */
export async function createBotHarness(options: BotHarnessOptions = {}): Promise<BotHarness> {
  const database = await createTestDatabase(options.provider ?? 'sqlite');
  const clock = new ManualClock(options.start ?? HARNESS_START);
  const logs: LogRecord[] = [];
  const log = pino(
    { level: 'debug', base: { service: 'test' } },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(JSON.parse(chunk.toString('utf8')) as LogRecord);
        done();
      },
    }),
  );
  const metrics = createMetrics();
  const adapter = new SandboxAdapter(clock);
  const adapters = new Map<PlatformName, PlatformAdapter>([['SANDBOX', adapter]]);
  const dispatcher = new Dispatcher({
    database,
    adapters,
    logger: log,
    metrics,
    clock,
    pollIntervalMs: 20,
    rateLimits: { SANDBOX: UNLIMITED },
  });
  dispatcher.start();
  const core = createBot({
    db: database.db,
    journal: database.journal,
    clock,
    log,
    metrics,
    adapters,
    dispatcher,
    config: { locale: 'zh-CN', timeZone: 'Asia/Shanghai', adminUserIds: [], ...options.config },
    ...(options.registry ? { registry: options.registry } : {}),
    ...(options.handling ? { handling: options.handling } : {}),
  });

  let phoneSerial = 0;
  const event = async (input: SandboxInput | InboundEvent): Promise<Sent> => {
    const normalized = 'platform' in input ? input : adapter.toEvent(input);
    const result = await core.accept(normalized);
    return {
      result,
      eventId: normalized.eventId,
      chatId: normalized.chat.id,
      ...(normalized.messageId ? { messageId: normalized.messageId } : {}),
    };
  };
  const speaker = ({ as, chat, eventId, messageId }: Speaker) => ({
    user: as,
    ...(chat ? { chat } : {}),
    ...(eventId ? { eventId } : {}),
    ...(messageId ? { messageId } : {}),
  });
  const outbox = (chatId: string): HarnessMessage[] =>
    adapter.outbox.conversation(chatId).map((message) => ({
      ...message,
      buttons: message.buttons.map((b) => ({ ...b, messageId: message.id, chatId })),
    }));

  return {
    database,
    db: database.db,
    clock,
    core,
    adapter,
    metrics,
    logs,
    send: ({ text, mentionBot, mentions, ...who }) =>
      event({ ...speaker(who), type: 'text', text: mentionBot ? `@巡诊助手 ${text}` : text, mentions: mentions ?? [] }),
    location: ({ latitude, longitude, accuracyM, name, ...who }) =>
      event({ ...speaker(who), type: 'location', latitude, longitude, accuracyM, name }),
    press: (button, { as, form, eventId } = {}) => {
      const presser = as ?? (isSandboxP2pChat(button.chatId) ? button.chatId.slice('p2p:'.length) : undefined);
      if (!presser) throw new Error('press in a group chat needs { as }');
      return event({
        type: 'press',
        user: presser,
        cardMessageId: button.messageId,
        button: button.index,
        ...(form ? { form } : {}),
        ...(eventId ? { eventId } : {}),
      });
    },
    menu: ({ key, ...who }) => event({ ...speaker(who), type: 'menu', key }),
    file: ({ fileName, content, ...who }) =>
      event({
        ...speaker(who),
        type: 'file',
        fileName,
        contentBase64: (content ?? Buffer.alloc(0)).toString('base64'),
      }),
    botAdded: ({ chatName, ...who }) => event({ ...speaker(who), type: 'botAdded', ...(chatName ? { chatName } : {}) }),
    event,
    async settle({ timeoutMs = 10_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await core.drain();
        const queued = await countOutboundQueued(database.db);
        if (queued === 0) {
          await core.drain();
          if ((await countOutboundQueued(database.db)) === 0) return;
        }
        if (Date.now() > deadline) {
          throw new Error(
            `settle: ${queued} message(s) still queued after ${timeoutMs} ms (a retry waiting for the clock?)`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    outbox: (chatId) => outbox(chatId),
    lastMessage: (chatId) => outbox(chatId).at(-1),
    p2p: sandboxP2pChatId,
    async person(spec) {
      const phone = spec.phone ?? `1390000${String(++phoneSerial).padStart(4, '0')}`;
      const { person } = await upsertPersonByPhone(database.db, {
        name: spec.name,
        phone,
        ...(spec.homeInstitutionId ? { homeInstitutionId: spec.homeInstitutionId } : {}),
      });
      await bindChatIdentity(database.db, {
        personId: person.id,
        platform: 'FEISHU',
        platformUserId: spec.openId,
        method: 'SEED',
        boundById: null,
      });
      for (const role of spec.roles ?? []) {
        const grant = typeof role === 'string' ? { role } : role;
        await grantRole(database.db, { personId: person.id, grantedById: null, at: clock.now(), ...grant });
      }
      return person.id;
    },
    logsAt: (level) => logs.filter((record) => record.level >= LEVELS[level]),
    async close() {
      await core.drain();
      await dispatcher.stop();
      await database.destroy();
    },
  };
}
