import type { PlatformName } from '../../src/core/event.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import type { RunningService } from '../../src/service.js';
import type { ManualClock } from '../../src/time/clock.js';
import { DING_APP, startDingtalkHarness } from '../dingtalk/harness.js';
import { pushCallback, signedHeaders, textMessage } from '../emulator/dingtalk/index.js';
import { messageReceiveEvent } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { clockedPusher, startServiceHarness } from '../support/service-harness.js';

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
