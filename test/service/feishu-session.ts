import { expect } from 'vitest';
import ExcelJS from 'exceljs';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { loadDemo } from '../../src/demo/load.js';
import type { ManualClock } from '../../src/time/clock.js';
import { cardActionEvent, messageReceiveEvent, type EventPusher } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { callbackValues } from '../support/card-callbacks.js';
import { WORLD_TIME_ZONE, WORLD_TODAY } from '../support/coordinator-world.js';
import { clockedPusher, startServiceHarness, type ServiceHarness } from '../support/service-harness.js';

/**
 * A Feishu user's private chat with the service, as the outside-in suites of the service record drive it:
 * say a text, press a button of the latest card, read back the files the bot sent.
 */
export interface FeishuSession {
  /** Sends `text` from `openId` and returns the raw contents of the replies, joined. */
  say(openId: string, text: string): Promise<string>;
  /** Presses the button `action` of the latest card sent to `openId` that has it; returns what was sent after. */
  press(openId: string, action: string, options?: PressOptions): Promise<string>;
  /** The latest file sent to `openId`, as an exceljs workbook. */
  lastWorkbook(openId: string): Promise<ExcelJS.Workbook>;
}

/** How a press differs from a plain button press on one's own latest card. */
export interface PressOptions {
  /** What the form around the button holds. */
  formValue?: Record<string, unknown>;
  /** Which of the card's `action` buttons (default: the first). */
  pick?: (value: Record<string, unknown>) => boolean;
  /** Whose latest card is pressed (default: the presser's own) — a forwarded or shared card. */
  cardOf?: string;
}

/** A session over a running harness on a manual clock (each message a second after the last). */
export function feishuSession(harness: ServiceHarness, clock: ManualClock): FeishuSession {
  const pusher: EventPusher = clockedPusher(harness, clock);
  const chatOf = (openId: string) => harness.emulator.state.p2pChat(APP.appId, openId).chat_id;
  const sentSince = (count: number) =>
    harness.emulator.state.sent
      .slice(count)
      .map((m) => m.rawContent)
      .join('\n');
  return {
    async say(openId, text) {
      clock.advance(1000);
      const envelope = messageReceiveEvent(
        APP,
        {
          sender: { open_id: openId },
          chat: { chat_id: chatOf(openId), chat_type: 'p2p' },
          body: { type: 'text', text },
        },
        { at: clock.now().getTime() },
      );
      expect((await pusher.push(harness.eventUrl, envelope)).ok).toBe(true);
      await harness.settle();
      return harness.repliesTo(envelope.event.message.message_id).join('\n');
    },
    async press(openId, action, options = {}) {
      clock.advance(1000);
      const matches = (v: Record<string, unknown>) => v.action === action && (options.pick?.(v) ?? true);
      // The latest card that has the button: a reply card may have come after the one pressed.
      const card = harness.emulator.state.sent
        .filter((m) => m.chatId === chatOf(options.cardOf ?? openId) && m.msgType === 'interactive')
        .findLast((m) => callbackValues(m.content).some(matches));
      const value = callbackValues(card?.content).find(matches);
      expect(value).toBeDefined();
      const before = harness.emulator.state.sent.length;
      const event = cardActionEvent(
        APP,
        {
          operator: { open_id: openId },
          messageId: card?.messageId ?? '',
          chatId: card?.chatId ?? '',
          value,
          formValue: options.formValue,
        },
        { at: clock.now().getTime() },
      );
      expect((await pusher.push(harness.cardUrl, event)).ok).toBe(true);
      await harness.settle();
      return sentSince(before);
    },
    async lastWorkbook(openId) {
      const message = harness.emulator.state.sent
        .filter((m) => m.chatId === chatOf(openId) && m.msgType === 'file')
        .at(-1);
      const key = (message?.content as { file_key?: string } | undefined)?.file_key ?? '';
      const bytes = harness.emulator.state.uploadedFiles.get(key)?.bytes;
      expect(bytes).toBeDefined();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      return workbook;
    },
  };
}

/** The service on `provider` with the demo world loaded around its day, and a session over it. */
export async function startDemoSession(
  provider: DbProvider,
  clock: ManualClock,
): Promise<{ harness: ServiceHarness; session: FeishuSession }> {
  const harness = await startServiceHarness({ provider, clock, emulatorOnServiceClock: true });
  await loadDemo(harness.service.database.db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE, now: clock.now() });
  return { harness, session: feishuSession(harness, clock) };
}
