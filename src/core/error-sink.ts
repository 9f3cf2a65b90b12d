import type { Context } from './context.js';
import { isBotError } from './errors.js';

/** How the handling of an event ended: done, politely refused (a `BotError`), or failed (a bug). */
export type HandlingOutcome = 'ok' | 'refused' | 'failed';

/** The reference users quote to the administrator: the start of the event id, which the logs carry. */
export function errorReference(eventId: string): string {
  return eventId.slice(0, 8);
}

/**
 * THE global error sink for event handling. A `BotError` becomes its localized text as the reply and a
 * warning; anything else becomes an apology with a short reference and an error log with the whole
 * error. Stack traces and internal messages never reach the user. Never throws: a reply that cannot
 * even be queued is logged.
 */
export async function sinkError(ctx: Context, error: unknown): Promise<HandlingOutcome> {
  let text: string;
  let outcome: HandlingOutcome;
  // An INTERNAL BotError is a bug someone anticipated: it is answered and logged like any other bug.
  if (isBotError(error) && error.code !== 'INTERNAL') {
    ctx.log.warn({ code: error.code, messageKey: error.messageKey, cause: error.cause }, 'request refused');
    text = ctx.t(error.messageKey, error.params);
    outcome = 'refused';
  } else {
    ctx.log.error({ err: error }, 'handler failed');
    text = ctx.t('core.internalError', { ref: errorReference(ctx.event.eventId) });
    outcome = 'failed';
  }
  try {
    await ctx.reply(text);
  } catch (replyError) {
    ctx.log.error({ err: replyError }, 'could not queue the error reply');
  }
  return outcome;
}
