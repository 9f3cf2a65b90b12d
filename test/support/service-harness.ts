import { loadEnv } from '../../src/config/env.js';
import type { Db } from '../../src/db/client.js';
import type { RoleName } from '../../src/core/context.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { upsertProgramByCode } from '../../src/db/queries/programs.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import { countOutboundQueued } from '../../src/db/queries/outbound-messages.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { FEISHU_CARD_PATH, FEISHU_EVENT_PATH } from '../../src/platforms/feishu/webhook-routes.js';
import { startService, type RunningService, type ServiceOptions } from '../../src/service.js';
import { systemClock, type Clock } from '../../src/time/clock.js';
import {
  createEventPusher,
  messageReceiveEvent,
  startFeishuEmulator,
  type EventPusher,
  type FeishuEmulator,
} from '../emulator/feishu/index.js';
import { APP, appServiceEnv, memoryLogger, type LogLine } from '../feishu/support.js';
import { createEmptyDatabase } from './db.js';
import { buildBasicFixture } from './fixtures.js';

/** The whole service, booted as `npm start` boots it, in front of the Feishu emulator. */
export interface ServiceHarness {
  service: RunningService;
  emulator: FeishuEmulator;
  pusher: EventPusher;
  /** Every log line of the service. */
  logs: LogLine[];
  eventUrl: string;
  cardUrl: string;
  databaseUrl: string;
  /** Pushes a text message from a user in their p2p chat (or `chatId`), signed and encrypted like Feishu. */
  sendText(from: string, text: string, chatId?: string): Promise<{ messageId: string; status: number | undefined }>;
  /** Waits until handlers are done and the ledger is empty. */
  settle(timeoutMs?: number): Promise<void>;
  /** Raw contents (Feishu content JSON) of the messages the bot sent in reply to a message. */
  repliesTo(messageId: string): string[];
  stop(): Promise<void>;
}

/** Options: which database, a clock, extra environment, dispatcher tuning. */
export interface ServiceHarnessOptions {
  provider: DbProvider;
  clock?: Clock;
  env?: Record<string, string>;
  dispatcher?: ServiceOptions['dispatcher'];
  /**
   * Runs the emulator's clock (rate windows, message times) on `clock` too, tokens staying on real time as
   * the SDK's cache does. For tests that move a manual clock on a second or more between messages: on a fast
   * machine a real-time window would refuse a reply whose retry then waits on the frozen manual clock.
   */
  emulatorOnServiceClock?: boolean;
}

/**
 * Boots the real service with `startService` on a fresh, empty database (so migrations at start are
 * exercised) against a running Feishu emulator: events go in over HTTP with real signatures and
 * encryption, and every platform call comes out over HTTP through the official SDK.
 */
export async function startServiceHarness(options: ServiceHarnessOptions): Promise<ServiceHarness> {
  const { url: databaseUrl, drop } = await createEmptyDatabase(options.provider);
  const clock = options.clock ?? systemClock;
  const emulator = await startFeishuEmulator({
    apps: [APP],
    ...(options.emulatorOnServiceClock ? { now: () => clock.now().getTime(), tokenNow: Date.now } : {}),
  });
  const { log, lines } = memoryLogger();
  const env = loadEnv({
    ...appServiceEnv(databaseUrl, emulator.baseUrl),
    ...options.env,
  });
  const service = await startService({
    env,
    clock,
    log,
    port: 0,
    host: '127.0.0.1',
    dispatcher: { pollIntervalMs: 20, ...options.dispatcher },
  });
  const pusher = createEventPusher({ encryptKey: APP.encryptKey, state: emulator.state, retrySchedule: [] });
  const eventUrl = `${service.url}${FEISHU_EVENT_PATH}`;
  let stopped = false;

  return {
    service,
    emulator,
    pusher,
    logs: lines,
    eventUrl,
    cardUrl: `${service.url}${FEISHU_CARD_PATH}`,
    databaseUrl,
    async sendText(from, text, chatId = `oc_p2p_${from}`) {
      const envelope = messageReceiveEvent(APP, {
        sender: { open_id: from },
        chat: { chat_id: chatId, chat_type: 'p2p' },
        body: { type: 'text', text },
      });
      const result = await pusher.push(eventUrl, envelope);
      return { messageId: envelope.event.message.message_id, status: result.attempts.at(-1)?.status };
    },
    settle: (timeoutMs) => settleService(service, timeoutMs),
    repliesTo(messageId) {
      return emulator.state.sent.filter((m) => m.replyTo === messageId).map((m) => m.rawContent);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await service.stop();
      await emulator.close();
      await drop();
    },
  };
}

/**
 * Waits until the service's handlers are done and its delivery ledger is empty. The default leaves room for a
 * roster import's per-member transactions on PostgreSQL when CI's two cores run two test files at once.
 */
export async function settleService(service: RunningService, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  do {
    await service.bot.drain();
    if ((await countOutboundQueued(service.database.db)) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  } while (Date.now() < deadline);
  throw new Error('the delivery ledger did not drain');
}

/** A pusher that signs with the given clock, so a service on a manual clock accepts its timestamps. */
export function clockedPusher(harness: ServiceHarness, clock: Clock): EventPusher {
  return createEventPusher({
    encryptKey: APP.encryptKey,
    state: harness.emulator.state,
    retrySchedule: [],
    now: () => clock.now().getTime(),
  });
}

/** Someone with a Feishu account, known to the emulator's directory and to the service. */
export interface FeishuPersonSpec {
  name: string;
  openId: string;
  phone: string;
  /** A role to grant, with its scope. */
  role?: RoleName;
  institutionId?: number;
  homeInstitutionId?: number;
  at: Date;
}

/** Creates the person, binds their Feishu open_id and grants the role; returns the person id. */
export async function addFeishuPerson(harness: ServiceHarness, spec: FeishuPersonSpec): Promise<number> {
  const db = harness.service.database.db;
  harness.emulator.state.addUser({ open_id: spec.openId, name: spec.name });
  const { person } = await upsertPersonByPhone(db, {
    name: spec.name,
    phone: spec.phone,
    ...(spec.homeInstitutionId === undefined ? {} : { homeInstitutionId: spec.homeInstitutionId }),
  });
  await bindChatIdentity(db, {
    personId: person.id,
    platform: 'FEISHU',
    platformUserId: spec.openId,
    method: 'SEED',
    boundById: null,
  });
  if (spec.role) {
    await grantRole(db, {
      personId: person.id,
      grantedById: null,
      at: spec.at,
      role: spec.role,
      ...(spec.institutionId === undefined ? {} : { institutionId: spec.institutionId }),
    });
  }
  return person.id;
}

/** The basic fixture in the service's database, with a grassroots program over its county for 2026. */
export function seedProgramWorld(harness: Pick<ServiceHarness, 'service'>) {
  return seedProgramWorldIn(harness.service.database.db);
}

/** {@link seedProgramWorld} in any database (a service started without the harness). */
export async function seedProgramWorldIn(db: Db) {
  const fixture = await buildBasicFixture(db);
  const program = await upsertProgramByCode(db, {
    code: 'GS-2026',
    name: '医师下基层 2026',
    kind: 'GRASSROOTS_SUPPORT',
    regionCode: fixture.county.code,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
  });
  return { db, fixture, program };
}
