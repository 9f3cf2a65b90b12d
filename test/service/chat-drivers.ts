import { randomBytes } from 'node:crypto';
import type { PlatformName } from '../../src/core/event.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import type { Db } from '../../src/db/client.js';
import { loadDemo } from '../../src/demo/load.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { ensureProgramParticipant } from '../../src/db/queries/programs.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import type { RunningService } from '../../src/service.js';
import type { ManualClock } from '../../src/time/clock.js';
import { DINGTALK_CARD_PATH, DINGTALK_ROBOT_PATH } from '../../src/platforms/dingtalk/http-routes.js';
import { DING_APP, startDingtalkHarness, type DingtalkHarness } from '../dingtalk/harness.js';
import {
  pushCallback,
  robotMessage,
  signedHeaders,
  startDingtalkEmulator,
  textMessage,
  type CardInstance,
} from '../emulator/dingtalk/index.js';
import { cardActionEvent, messageReceiveEvent, type EventPusher, type MessageBody } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { callbackValues } from '../support/card-callbacks.js';
import { WORLD_TIME_ZONE, WORLD_TODAY } from '../support/coordinator-world.js';
import { addPerson } from '../support/fixtures.js';
import {
  clockedPusher,
  seedProgramWorld,
  startServiceHarness,
  type ServiceHarness,
} from '../support/service-harness.js';

/**
 * One chat platform in front of the real service, as the outside-in suites drive it: a user writes in
 * their private chat, the suite reads back everything the bot sent there. The same flows run on every
 * driver (`test/service/both-platforms.test.ts`).
 */
export interface ChatDriver {
  readonly platform: PlatformName;
  readonly service: RunningService;
  /** The platform user id of a person named `key` (`ou_<key>` on Feishu, `staff_<key>` on DingTalk). */
  userId(key: string): string;
  /**
   * `user` writes `text` in their private chat with the bot, delivered and signed as the platform does;
   * with `inGroup`, in the team group, @-mentioning the bot and then `mentions` as the platform marks them.
   */
  say(user: string, text: string, options?: SayOptions): Promise<void>;
  /** `user` sends the file `fileName` in their private chat, as the platform delivers a file message. */
  sendFile(user: string, fileName: string, bytes: Buffer): Promise<void>;
  /**
   * `user` sends their location in their private chat; absent where the platform's bots cannot receive
   * locations (DingTalk robots).
   */
  sendLocation?: (user: string, place: { name: string; latitude: number; longitude: number }) => Promise<void>;
  /** `user` presses the button `action` on the latest card in their private chat that has one. */
  press(user: string, action: string): Promise<void>;
  /** The cards in `user`'s private chat as the platform shows them now (after every update in place). */
  cards(user: string): ShownCard[];
  /** Everything the bot sent to `user`'s private chat so far, as the platform received it (JSON text). */
  transcript(user: string): string;
  /** Everything the bot sent to the team group so far. */
  groupTranscript(): string;
  /** The files the bot sent to `user`'s private chat, as the platform received their bytes. */
  files(user: string): Buffer[];
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** A card in a chat as it is shown now: its content (JSON text), its buttons' callback values, a press. */
export interface ShownCard {
  text: string;
  values: Record<string, unknown>[];
  /** `user` presses the button whose callback value is `value`. */
  press(user: string, value: Record<string, unknown>): Promise<void>;
}

/** Where and at whom a message is written (see `ChatDriver.say`). */
export interface SayOptions {
  inGroup?: boolean;
  /** People @-mentioned after the text: their platform user id and display name. */
  mentions?: { user: string; name: string }[];
}

/** Feishu's team group, and DingTalk's (an openConversationId). */
const GROUP = { feishu: 'oc_rotation', dingtalk: 'cid_rotation' } as const;

/** Where 石门镇卫生院 stands in the rotation world (a location message near it verifies a check-in). */
export const CLINIC_PLACE = { latitude: 25.29, longitude: 117.42 };

/** Monday 2 March 2026, 10:00 in Shanghai: a planned visit day of the rotation world. */
export const NOW = new Date('2026-03-02T02:00:00Z');

/**
 * The world the flows run in: the basic fixture with a 2026 program (漳平市医院 supporting, 石门镇卫生院
 * receiving, placed at {@link CLINIC_PLACE}); 王医生 (PHYSICIAN, bound as `physician`) assigned to 石门镇卫生院 for March with a visit
 * planned on 2 March; 刘科长 (hospital coordinator of 漳平市医院, bound as `coordinator`); 赵院长
 * (clinic head of 石门镇卫生院, bound as `clinicHead` when given); 陈股长 (region coordinator of 漳平市, bound as
 * `bureau` when given).
 */
export async function seedRotationWorld(
  service: RunningService,
  platform: PlatformName,
  users: { physician: string; coordinator: string; clinicHead?: string; bureau?: string },
  at: Date,
): Promise<void> {
  const { db, fixture, program } = await seedProgramWorld({ service });
  const { code, name, kind } = fixture.clinic;
  await upsertInstitutionByCode(db, { code, name, kind, regionCode: fixture.township.code, ...CLINIC_PLACE });
  await ensureProgramParticipant(db, { programId: program.id, institutionId: fixture.clinic.id, side: 'RECIPIENT' });
  await ensureProgramParticipant(db, { programId: program.id, institutionId: fixture.hospital.id, side: 'SUPPORTING' });
  const bind = (personId: number, platformUserId: string) =>
    bindChatIdentity(db, { personId, platform, platformUserId, method: 'SEED', boundById: null });
  await bind(fixture.physician.id, users.physician);
  await grantRole(db, { personId: fixture.physician.id, role: 'PHYSICIAN', grantedById: null, at });
  const head = await addPerson(db, '刘科长', fixture.hospital.id);
  await bind(head.id, users.coordinator);
  const scope = { institutionId: fixture.hospital.id };
  await grantRole(db, { personId: head.id, role: 'HOSPITAL_COORDINATOR', ...scope, grantedById: null, at });
  if (users.clinicHead) {
    const clinicHead = await addPerson(db, '赵院长', fixture.clinic.id);
    await bind(clinicHead.id, users.clinicHead);
    const clinic = { institutionId: fixture.clinic.id };
    await grantRole(db, { personId: clinicHead.id, role: 'CLINIC_HEAD', ...clinic, grantedById: null, at });
  }
  if (users.bureau) {
    const bureau = await addPerson(db, '陈股长', fixture.hospital.id);
    await bind(bureau.id, users.bureau);
    const region = { regionId: fixture.county.id };
    await grantRole(db, { personId: bureau.id, role: 'REGION_COORDINATOR', ...region, grantedById: null, at });
  }
  await createAssignment(db, {
    programId: program.id,
    physicianId: fixture.physician.id,
    institutionId: fixture.clinic.id,
    startDate: '2026-03-01',
    endDate: '2026-03-31',
    plannedDates: ['2026-03-02'],
    createdById: null,
    at,
  });
}

/** The drivers, by name: what `describe.each` iterates over. Each starts a service with only its platform. */
export const CHAT_DRIVERS: Record<
  'feishu' | 'dingtalk',
  (provider: DbProvider, clock: ManualClock) => Promise<ChatDriver>
> = {
  async feishu(provider, clock) {
    // The emulator's frequency windows count on the clock the driver paces, as the ledger's retries wait.
    const harness = await startServiceHarness({ provider, clock, emulatorOnServiceClock: true });
    return feishuDriver(harness, clock, () => harness.stop());
  },
  async dingtalk(provider, clock) {
    // With a card template, cards carry callback buttons that can be pressed, as on Feishu.
    const harness = await startDingtalkHarness({
      provider,
      mode: 'http',
      clock,
      env: DINGTALK_CARDS,
      emulatorQps: FLOW_SUITE_QPS,
    });
    return dingtalkDriver(harness, clock, () => harness.stop());
  },
};

/**
 * A driver whose service holds the demo world (and `more`, such as the tours) around the world's day. The demo
 * binds its people on Feishu; on another platform they are bound there instead, under the same user ids (a
 * DingTalk staffId is any string), so a suite names people by `demoOpenId` on every platform.
 */
export async function startDemoChat(
  platform: keyof typeof CHAT_DRIVERS,
  provider: DbProvider,
  clock: ManualClock,
  more?: (db: Db) => Promise<unknown>,
): Promise<ChatDriver> {
  const chat = await CHAT_DRIVERS[platform](provider, clock);
  const { db } = chat.service.database;
  await loadDemo(db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE, now: clock.now() });
  await more?.(db);
  if (chat.platform !== 'FEISHU') await db.chatIdentity.updateMany({ data: { platform: chat.platform } });
  return chat;
}

/** A DingTalk app with a card template: cards carry callback buttons, as on Feishu. */
const DINGTALK_CARDS = { DINGTALK_CARD_TEMPLATE_ID: 'tpl.schema' };

/** One service configured with both platforms, and a driver for each; people may be bound on both. */
export interface BothPlatforms {
  service: RunningService;
  feishu: ChatDriver;
  dingtalk: ChatDriver;
  stop(): Promise<void>;
}

/**
 * The DingTalk emulator's calls per second per API in the flow suites. Its limit counts real seconds while the
 * service waits out a 403 QpsLimit on the test's manual clock, which never moves by itself: on a fast machine a
 * flow's burst met the real limit of 20 and its retry waited forever. The limit itself is tested in
 * test/dingtalk (rate limits); here it is set out of reach.
 */
const FLOW_SUITE_QPS = 10_000;

/** Starts the service with Feishu (webhook) and DingTalk (HTTP mode) at once, each before its emulator. */
export async function startBothPlatforms(provider: DbProvider, clock: ManualClock): Promise<BothPlatforms> {
  const emulator = await startDingtalkEmulator({ app: DING_APP, qps: FLOW_SUITE_QPS });
  const harness = await startServiceHarness({
    provider,
    clock,
    emulatorOnServiceClock: true,
    env: {
      DINGTALK_CLIENT_ID: DING_APP.clientId,
      DINGTALK_CLIENT_SECRET: DING_APP.clientSecret,
      DINGTALK_MODE: 'http',
      DINGTALK_BASE_URL: emulator.baseUrl,
      DINGTALK_OAPI_BASE_URL: emulator.baseUrl,
      ...DINGTALK_CARDS,
    },
  });
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= harness.stop().then(() => emulator.close()));
  const dingtalk = { service: harness.service, emulator, robotUrl: `${harness.service.url}${DINGTALK_ROBOT_PATH}` };
  return {
    service: harness.service,
    feishu: feishuDriver(harness, clock, stop),
    dingtalk: dingtalkDriver({ ...dingtalk, settle: () => harness.settle() }, clock, stop),
    stop,
  };
}

/** A Feishu driver over a running service harness (the service may have other platforms too). */
function feishuDriver(harness: ServiceHarness, clock: ManualClock, stop: () => Promise<void>): ChatDriver {
  const pusher = clockedPusher(harness, clock);
  const { state } = harness.emulator;
  const inP2p = (user: string) => (m: { chatId?: string; userOpenId?: string }) =>
    m.chatId === `oc_p2p_${user}` || m.userOpenId === user;
  const push = async (url: string, envelope: Parameters<EventPusher['push']>[1]) => {
    const result = await pusher.push(url, envelope);
    if (!result.ok) throw new Error(`feishu push refused: ${JSON.stringify(result.attempts.at(-1))}`);
  };
  /** `user` sends `body` in their private chat. */
  const send = (user: string, body: MessageBody) =>
    push(
      harness.eventUrl,
      messageReceiveEvent(
        APP,
        { sender: { open_id: user }, chat: { chat_id: `oc_p2p_${user}`, chat_type: 'p2p' }, body },
        { at: clock.now().getTime() },
      ),
    );
  const cards = (user: string): ShownCard[] =>
    state.sent
      .filter((m) => inP2p(user)(m) && m.msgType === 'interactive')
      .map((m) => {
        const card = state.currentCard(m.messageId);
        return {
          text: JSON.stringify(card),
          values: callbackValues(card),
          press: (from, value) =>
            push(
              harness.cardUrl,
              cardActionEvent(
                APP,
                { operator: { open_id: from }, messageId: m.messageId, chatId: m.chatId ?? `oc_p2p_${user}`, value },
                { at: clock.now().getTime() },
              ),
            ),
        };
      });
  return paced(clock, {
    platform: 'FEISHU',
    service: harness.service,
    userId: (key) => {
      // A user the app may write to first (Feishu answers 230013 for anyone outside its availability),
      // whose private chat with the bot is the one the driver writes in, whoever speaks first.
      if (!state.findUser('open_id', `ou_${key}`)) state.addUser({ open_id: `ou_${key}`, name: key });
      state.p2pChat(APP.appId, `ou_${key}`, `oc_p2p_ou_${key}`);
      return `ou_${key}`;
    },
    async say(user, text, options = {}) {
      if (!options.inGroup) return send(user, { type: 'text', text });
      const mentionUsers = (options.mentions ?? []).map((m) => ({ open_id: m.user, name: m.name }));
      const envelope = messageReceiveEvent(
        APP,
        {
          sender: { open_id: user },
          chat: { chat_id: GROUP.feishu, chat_type: 'group' },
          body: { type: 'text', text, mentionBot: true, mentionUsers },
        },
        { at: clock.now().getTime() },
      );
      await push(harness.eventUrl, envelope);
    },
    sendFile(user, fileName, bytes) {
      // The bytes the bot downloads through the message-resource API, under the message's file_key.
      return send(user, { type: 'file', fileKey: state.addUserFile({ bytes, fileName }), fileName });
    },
    sendLocation: (user, place) => send(user, { type: 'location', ...place }),
    press: (user, action) => pressLatest(cards(user), user, action),
    cards,
    transcript: (user) =>
      state.sent
        .filter(inP2p(user))
        .map((m) => m.rawContent)
        .join('\n'),
    groupTranscript: () =>
      state.sent
        .filter((m) => m.chatId === GROUP.feishu)
        .map((m) => m.rawContent)
        .join('\n'),
    files: (user) =>
      state.sent
        .filter((m) => m.chatId === `oc_p2p_${user}` && m.msgType === 'file')
        .map((m) => state.uploadedFiles.get((m.content as { file_key: string }).file_key)?.bytes ?? Buffer.alloc(0)),
    settle: () => harness.settle(),
    stop,
  });
}

/** What a DingTalk driver needs of a running service in front of the DingTalk emulator (HTTP mode). */
type DingtalkTarget = Pick<DingtalkHarness, 'service' | 'emulator' | 'robotUrl' | 'settle'>;

/** A DingTalk driver over a running service in HTTP mode (the service may have other platforms too). */
function dingtalkDriver(target: DingtalkTarget, clock: ManualClock, stop: () => Promise<void>): ChatDriver {
  const { state } = target.emulator;
  const post = async (url: string, payload: unknown) => {
    const at = clock.now().getTime();
    const { status } = await pushCallback(url, DING_APP, payload, signedHeaders(DING_APP, at));
    if (status !== 200) throw new Error(`dingtalk callback refused: ${status}`);
  };
  const cardsIn = (space: string) => [...state.cards.values()].filter((card) => card.openSpaceId.endsWith(space));
  const cards = (user: string): ShownCard[] =>
    cardsIn(`IM_ROBOT.${user}`).map((card) => ({
      text: JSON.stringify(card.params),
      values: buttonsOf(card).map((button) => button.params),
      press: (from, params) =>
        post(`${target.service.url}${DINGTALK_CARD_PATH}`, {
          outTrackId: card.outTrackId,
          userId: from,
          corpId: DING_APP.corpId,
          spaceType: 'IM_ROBOT',
          content: JSON.stringify({ cardPrivateData: { actionIds: ['button'], params } }),
        }),
    }));
  return paced(clock, {
    platform: 'DINGTALK',
    service: target.service,
    userId: (key) => `staff_${key}`,
    async say(user, text, options = {}) {
      const mentions = options.mentions ?? [];
      // DingTalk strips the robot's mention and leaves the others in the text as `@name`.
      const typed = [text, ...mentions.map((m) => `@${m.name}`)].join(' ');
      const where = options.inGroup ? { group: GROUP.dingtalk, at: mentions.map((m) => m.user) } : {};
      await post(
        target.robotUrl,
        textMessage(DING_APP, { from: user, createAt: clock.now().getTime(), ...where }, typed),
      );
    },
    async sendFile(user, fileName, bytes) {
      // The robot file download API answers this code with a URL to the bytes.
      const downloadCode = `dc_${randomBytes(8).toString('hex')}`;
      state.userFiles.set(downloadCode, bytes);
      const content = { downloadCode, fileName };
      await post(
        target.robotUrl,
        robotMessage(DING_APP, { from: user, createAt: clock.now().getTime() }, { msgtype: 'file', content }),
      );
    },
    press: (user, action) => pressLatest(cards(user), user, action),
    cards,
    transcript: (user) => transcriptOf(state.sent, cardsIn(`IM_ROBOT.${user}`), user),
    groupTranscript: () => transcriptOf(state.sent, cardsIn(`IM_GROUP.${GROUP.dingtalk}`), GROUP.dingtalk),
    files: (user) =>
      state.sent
        .filter((m) => m.to === user && m.msgKey === 'sampleFile')
        .map((m) => state.uploads.get(String(m.param.mediaId))?.data ?? Buffer.alloc(0)),
    settle: () => target.settle(),
    stop,
  });
}

/** Presses `action` on the latest of `cards` that has it, as `user`. */
async function pressLatest(cards: readonly ShownCard[], user: string, action: string): Promise<void> {
  const card = cards.filter((c) => c.values.some((v) => v.action === action)).at(-1);
  const value = card?.values.find((v) => v.action === action);
  if (!card || !value) throw new Error(`no card with ${action} for ${user}`);
  await card.press(user, value);
}

/** The buttons of a DingTalk card instance (the template's `buttons` variable, a JSON string). */
function buttonsOf(card: CardInstance): { params: Record<string, unknown> }[] {
  return JSON.parse(card.params.buttons ?? '[]') as { params: Record<string, unknown> }[];
}

/** What DingTalk shows in a chat: the robot messages sent to `to` and the cards delivered there. */
function transcriptOf(
  sent: readonly { to: string; param: unknown }[],
  cards: readonly CardInstance[],
  to: string,
): string {
  return [
    ...sent.filter((m) => m.to === to).map((m) => JSON.stringify(m.param)),
    ...cards.map((card) => JSON.stringify(card.params)),
  ].join('\n');
}

/** How far the service clock moves before each message or press: people write a second apart at least. */
const PACE_MS = 1000;

/**
 * A driver whose messages and presses each come a second after the last on the service clock, so the
 * send limiter (which counts on that clock) sees the bot's answers spread as they would be.
 */
function paced(clock: ManualClock, driver: ChatDriver): ChatDriver {
  return {
    ...driver,
    say: (user, text, options) => {
      clock.advance(PACE_MS);
      return driver.say(user, text, options);
    },
    sendFile: (user, fileName, bytes) => {
      clock.advance(PACE_MS);
      return driver.sendFile(user, fileName, bytes);
    },
    ...(driver.sendLocation
      ? {
          sendLocation: (user: string, place: { name: string; latitude: number; longitude: number }) => {
            clock.advance(PACE_MS);
            return driver.sendLocation?.(user, place) ?? Promise.resolve();
          },
        }
      : {}),
    press: (user, action) => {
      clock.advance(PACE_MS);
      return driver.press(user, action);
    },
  };
}
