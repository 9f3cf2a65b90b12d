import type { PlatformName } from '../../src/core/event.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import type { RunningService } from '../../src/service.js';
import type { ManualClock } from '../../src/time/clock.js';
import { DING_APP, startDingtalkHarness } from '../dingtalk/harness.js';
import { pushCallback, signedHeaders, textMessage } from '../emulator/dingtalk/index.js';
import { messageReceiveEvent } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
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
  /** `user` writes `text` in their private chat with the bot, delivered and signed as the platform does. */
  say(user: string, text: string): Promise<void>;
  /** Everything the bot sent to `user`'s private chat so far, as the platform received it (JSON text). */
  transcript(user: string): string;
  /** The files the bot sent to `user`'s private chat, as the platform received their bytes. */
  files(user: string): Buffer[];
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** Monday 2 March 2026, 10:00 in Shanghai: a planned visit day of the rotation world. */
export const NOW = new Date('2026-03-02T02:00:00Z');

/**
 * The world the flows run in: the basic fixture with a 2026 program; 王医生 (PHYSICIAN, bound as
 * `physician`) assigned to 石门镇卫生院 for March with a visit planned on 2 March; 刘科长 (hospital
 * coordinator of 漳平市医院, bound as `coordinator`).
 */
export async function seedRotationWorld(
  service: RunningService,
  platform: PlatformName,
  users: { physician: string; coordinator: string },
  at: Date,
): Promise<void> {
  const { db, fixture, program } = await seedProgramWorld({ service });
  const bind = (personId: number, platformUserId: string) =>
    bindChatIdentity(db, { personId, platform, platformUserId, method: 'SEED', boundById: null });
  await bind(fixture.physician.id, users.physician);
  await grantRole(db, { personId: fixture.physician.id, role: 'PHYSICIAN', grantedById: null, at });
  const head = await addPerson(db, '刘科长', fixture.hospital.id);
  await bind(head.id, users.coordinator);
  const scope = { institutionId: fixture.hospital.id };
  await grantRole(db, { personId: head.id, role: 'HOSPITAL_COORDINATOR', ...scope, grantedById: null, at });
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
    const harness = await startServiceHarness({ provider, clock });
    const pusher = clockedPusher(harness, clock);
    return {
      platform: 'FEISHU',
      service: harness.service,
      userId: (key) => `ou_${key}`,
      async say(user, text) {
        const envelope = messageReceiveEvent(
          APP,
          {
            sender: { open_id: user },
            chat: { chat_id: `oc_p2p_${user}`, chat_type: 'p2p' },
            body: { type: 'text', text },
          },
          { at: clock.now().getTime() },
        );
        const result = await pusher.push(harness.eventUrl, envelope);
        if (!result.ok) throw new Error(`feishu push refused: ${JSON.stringify(result.attempts.at(-1))}`);
      },
      transcript: (user) =>
        harness.emulator.state.sent
          .filter((m) => m.chatId === `oc_p2p_${user}` || m.userOpenId === user)
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
    };
  },
  async dingtalk(provider, clock) {
    const harness = await startDingtalkHarness({ provider, mode: 'http', clock });
    return {
      platform: 'DINGTALK',
      service: harness.service,
      userId: (key) => `staff_${key}`,
      async say(user, text) {
        const at = clock.now().getTime();
        const message = textMessage(DING_APP, { from: user, createAt: at }, text);
        const { status } = await pushCallback(harness.robotUrl, DING_APP, message, signedHeaders(DING_APP, at));
        if (status !== 200) throw new Error(`dingtalk callback refused: ${status}`);
      },
      transcript: (user) =>
        [
          ...harness.emulator.state.sent.filter((m) => m.to === user).map((m) => JSON.stringify(m.param)),
          ...[...harness.emulator.state.cards.values()]
            .filter((card) => card.openSpaceId.endsWith(`IM_ROBOT.${user}`))
            .map((card) => JSON.stringify(card.params)),
        ].join('\n'),
      files: (user) =>
        harness.emulator.state.sent
          .filter((m) => m.to === user && m.msgKey === 'sampleFile')
          .map((m) => harness.emulator.state.uploads.get(String(m.param.mediaId))?.data ?? Buffer.alloc(0)),
      settle: () => harness.settle(),
      stop: () => harness.stop(),
    };
  },
};
