import type { PlatformName } from '../../src/core/event.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { ensureProgramParticipant } from '../../src/db/queries/programs.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import type { RunningService } from '../../src/service.js';
import type { ManualClock } from '../../src/time/clock.js';
import { DINGTALK_CARD_PATH } from '../../src/platforms/dingtalk/http-routes.js';
import { DING_APP, startDingtalkHarness } from '../dingtalk/harness.js';
import { pushCallback, signedHeaders, textMessage, type CardInstance } from '../emulator/dingtalk/index.js';
import { cardActionEvent, messageReceiveEvent } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { callbackValues } from '../support/card-callbacks.js';
import { addPerson } from '../support/fixtures.js';
import { clockedPusher, seedProgramWorld, startServiceHarness } from '../support/service-harness.js';

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
  /** `user` presses the button `action` on the latest card in their private chat that has one. */
  press(user: string, action: string): Promise<void>;
  /** Everything the bot sent to `user`'s private chat so far, as the platform received it (JSON text). */
  transcript(user: string): string;
  /** Everything the bot sent to the team group so far. */
  groupTranscript(): string;
  /** The files the bot sent to `user`'s private chat, as the platform received their bytes. */
  files(user: string): Buffer[];
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** Where and at whom a message is written (see `ChatDriver.say`). */
export interface SayOptions {
  inGroup?: boolean;
  /** People @-mentioned after the text: their platform user id and display name. */
  mentions?: { user: string; name: string }[];
}

/** Feishu's team group, and DingTalk's (an openConversationId). */
const GROUP = { feishu: 'oc_rotation', dingtalk: 'cid_rotation' } as const;

/** Monday 2 March 2026, 10:00 in Shanghai: a planned visit day of the rotation world. */
export const NOW = new Date('2026-03-02T02:00:00Z');

/**
 * The world the flows run in: the basic fixture with a 2026 program (漳平市医院 supporting, 石门镇卫生院
 * receiving); 王医生 (PHYSICIAN, bound as `physician`) assigned to 石门镇卫生院 for March with a visit
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

/** The drivers, by name: what `describe.each` iterates over. */
export const CHAT_DRIVERS: Record<
  'feishu' | 'dingtalk',
  (provider: DbProvider, clock: ManualClock) => Promise<ChatDriver>
> = {
  async feishu(provider, clock) {
    // The emulator's frequency windows count on the clock the driver paces, as the ledger's retries wait.
    const harness = await startServiceHarness({ provider, clock, emulatorOnServiceClock: true });
    const pusher = clockedPusher(harness, clock);
    return paced(clock, {
      platform: 'FEISHU',
      service: harness.service,
      userId: (key) => {
        // A user the app may write to first (Feishu answers 230013 for anyone outside its availability).
        const { state } = harness.emulator;
        if (!state.findUser('open_id', `ou_${key}`)) state.addUser({ open_id: `ou_${key}`, name: key });
        return `ou_${key}`;
      },
      async say(user, text, options = {}) {
        const mentionUsers = (options.mentions ?? []).map((m) => ({ open_id: m.user, name: m.name }));
        const envelope = messageReceiveEvent(
          APP,
          {
            sender: { open_id: user },
            chat: options.inGroup
              ? { chat_id: GROUP.feishu, chat_type: 'group' }
              : { chat_id: `oc_p2p_${user}`, chat_type: 'p2p' },
            body: { type: 'text', text, mentionBot: options.inGroup === true, mentionUsers },
          },
          { at: clock.now().getTime() },
        );
        const result = await pusher.push(harness.eventUrl, envelope);
        if (!result.ok) throw new Error(`feishu push refused: ${JSON.stringify(result.attempts.at(-1))}`);
      },
      async press(user, action) {
        const card = harness.emulator.state.sent
          .filter((m) => m.chatId === `oc_p2p_${user}` || m.userOpenId === user)
          .filter((m) => m.msgType === 'interactive' && callbackValues(m.content).some((v) => v.action === action))
          .at(-1);
        if (!card) throw new Error(`no card with ${action} for ${user}`);
        const value = callbackValues(card.content).find((v) => v.action === action);
        const event = cardActionEvent(
          APP,
          { operator: { open_id: user }, messageId: card.messageId, chatId: card.chatId ?? `oc_p2p_${user}`, value },
          { at: clock.now().getTime() },
        );
        const result = await pusher.push(harness.cardUrl, event);
        if (!result.ok) throw new Error(`feishu card press refused: ${JSON.stringify(result.attempts.at(-1))}`);
      },
      transcript: (user) =>
        harness.emulator.state.sent
          .filter((m) => m.chatId === `oc_p2p_${user}` || m.userOpenId === user)
          .map((m) => m.rawContent)
          .join('\n'),
      groupTranscript: () =>
        harness.emulator.state.sent
          .filter((m) => m.chatId === GROUP.feishu)
          .map((m) => m.rawContent)
          .join('\n'),
      files: (user) =>
        harness.emulator.state.sent
          .filter((m) => m.chatId === `oc_p2p_${user}` && m.msgType === 'file')
          .map(
            (m) =>
              harness.emulator.state.uploadedFiles.get((m.content as { file_key: string }).file_key)?.bytes ??
              Buffer.alloc(0),
          ),
      settle: () => harness.settle(),
      stop: () => harness.stop(),
    });
  },
  async dingtalk(provider, clock) {
    // With a card template, cards carry callback buttons that can be pressed, as on Feishu.
    const harness = await startDingtalkHarness({
      provider,
      mode: 'http',
      clock,
      env: { DINGTALK_CARD_TEMPLATE_ID: 'tpl.schema' },
    });
    const post = async (url: string, payload: unknown) => {
      const at = clock.now().getTime();
      const { status } = await pushCallback(url, DING_APP, payload, signedHeaders(DING_APP, at));
      if (status !== 200) throw new Error(`dingtalk callback refused: ${status}`);
    };
    const cardsIn = (space: string) =>
      [...harness.emulator.state.cards.values()].filter((card) => card.openSpaceId.endsWith(space));
    return paced(clock, {
      platform: 'DINGTALK',
      service: harness.service,
      userId: (key) => `staff_${key}`,
      async say(user, text, options = {}) {
        const mentions = options.mentions ?? [];
        // DingTalk strips the robot's mention and leaves the others in the text as `@name`.
        const typed = [text, ...mentions.map((m) => `@${m.name}`)].join(' ');
        const where = options.inGroup ? { group: GROUP.dingtalk, at: mentions.map((m) => m.user) } : {};
        await post(
          harness.robotUrl,
          textMessage(DING_APP, { from: user, createAt: clock.now().getTime(), ...where }, typed),
        );
      },
      async press(user, action) {
        const withAction = (card: CardInstance) => buttonsOf(card).find((b) => b.params.action === action);
        const card = cardsIn(`IM_ROBOT.${user}`).filter(withAction).at(-1);
        if (!card) throw new Error(`no card with ${action} for ${user}`);
        const params = withAction(card)?.params;
        await post(`${harness.service.url}${DINGTALK_CARD_PATH}`, {
          outTrackId: card.outTrackId,
          userId: user,
          corpId: DING_APP.corpId,
          spaceType: 'IM_ROBOT',
          content: JSON.stringify({ cardPrivateData: { actionIds: ['button'], params } }),
        });
      },
      transcript: (user) => transcriptOf(harness.emulator.state.sent, cardsIn(`IM_ROBOT.${user}`), user),
      groupTranscript: () =>
        transcriptOf(harness.emulator.state.sent, cardsIn(`IM_GROUP.${GROUP.dingtalk}`), GROUP.dingtalk),
      files: (user) =>
        harness.emulator.state.sent
          .filter((m) => m.to === user && m.msgKey === 'sampleFile')
          .map((m) => harness.emulator.state.uploads.get(String(m.param.mediaId))?.data ?? Buffer.alloc(0)),
      settle: () => harness.settle(),
      stop: () => harness.stop(),
    });
  },
};

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
    press: (user, action) => {
      clock.advance(PACE_MS);
      return driver.press(user, action);
    },
  };
}
