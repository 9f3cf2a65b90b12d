import { EventDispatcher, LoggerLevel, type Logger as SdkLogger } from '@larksuiteoapi/node-sdk';
import type { BotCore } from '../../core/bot.js';
import type { Logger } from '../../log/logger.js';
import type { Clock } from '../../time/clock.js';
import {
  convertBotAdded,
  convertCardAction,
  convertMenu,
  convertMessage,
  type BotAddedData,
  type BotMenuData,
  type CardActionData,
  type ConvertContext,
  type Converted,
  type MessageReceiveData,
} from './inbound.js';

/** What the event handlers need, in webhook and WebSocket mode alike. */
export interface InboundDeps {
  bot: BotCore;
  clock: Clock;
  log: Logger;
  /**
   * The bot's open_id as known now (the adapter's `botOpenId`, fetched in the background), to recognise
   * its @-mention; never waited for, so the acknowledgement makes no platform call.
   */
  botOpenId?: () => string | undefined;
}

/** What became of one event handed to a handler. Handlers never throw: the caller decides the answer. */
export type InboundResult =
  | { outcome: 'accepted' | 'duplicate'; eventId: string }
  | { outcome: 'ignored' | 'refused'; reason: string }
  /** The core could not record the event; the platform must deliver it again. */
  | { outcome: 'failed'; eventId: string; error: unknown };

/** One handler per subscribed event type. */
export interface InboundHandlers {
  message(data: MessageReceiveData): Promise<InboundResult>;
  cardAction(data: CardActionData): Promise<InboundResult>;
  menu(data: BotMenuData): Promise<InboundResult>;
  botAdded(data: BotAddedData): Promise<InboundResult>;
}

/**
 * The handlers the SDK calls with its flattened event data: convert to an `InboundEvent`, then hand it
 * to the core, which records `(platform, event_id)` and returns at once.
 */
export function inboundHandlers(deps: InboundDeps): InboundHandlers {
  const handle = async (convert: (ctx: ConvertContext) => Converted, needsBotId: boolean): Promise<InboundResult> => {
    const botOpenId = needsBotId ? deps.botOpenId?.() : undefined;
    const converted = convertSafely(convert, { botOpenId, now: deps.clock.now() });
    if (converted.kind !== 'event') return { outcome: converted.kind, reason: converted.reason };
    const { eventId } = converted.event;
    try {
      return { outcome: await deps.bot.accept(converted.event), eventId };
    } catch (error) {
      return { outcome: 'failed', eventId, error };
    }
  };
  return {
    message: (data) => handle((ctx) => convertMessage(data, ctx), true),
    cardAction: (data) => handle((ctx) => convertCardAction(data, ctx), false),
    menu: (data) => handle((ctx) => convertMenu(data, ctx), false),
    botAdded: (data) => handle((ctx) => convertBotAdded(data, ctx), false),
  };
}

/** A converter meeting data of a shape nobody documented refuses it rather than throwing. */
function convertSafely(convert: (ctx: ConvertContext) => Converted, ctx: ConvertContext): Converted {
  try {
    return convert(ctx);
  } catch {
    return { kind: 'refused', reason: 'bad_event' };
  }
}

/** `card.action.trigger` is missing from the SDK's typed handlers (feishu.md §5.3). */
type CardActionHandles = { 'card.action.trigger': (data: CardActionData) => Promise<unknown> };

/**
 * The SDK `EventDispatcher` with our handlers registered; `answer` turns a result into what the
 * transport sends back. It is built without keys on purpose: the webhook route verifies and decrypts
 * before invoking it (over the raw body, which the SDK cannot), and WebSocket pushes are authenticated
 * by the connection.
 */
export function feishuEventDispatcher(
  handlers: InboundHandlers,
  answer: (result: InboundResult) => unknown,
  logger: SdkLogger,
): EventDispatcher {
  const wrap =
    <D>(handler: (data: D) => Promise<InboundResult>) =>
    async (data: D): Promise<unknown> =>
      answer(await handler(data));
  return new EventDispatcher({ logger, loggerLevel: LoggerLevel.debug }).register<CardActionHandles>({
    'im.message.receive_v1': wrap(handlers.message),
    'application.bot.menu_v6': wrap(handlers.menu),
    'im.chat.member.bot.added_v1': wrap(handlers.botAdded),
    'card.action.trigger': wrap(handlers.cardAction),
  });
}

/** Narrows what the SDK's `invoke` returned: our result, or its own "no handler" text. */
export function isInboundResult(value: unknown): value is InboundResult {
  return typeof value === 'object' && value !== null && 'outcome' in value;
}
