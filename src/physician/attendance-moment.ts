import type { Context } from '../core/context.js';
import { localParts } from '../time/local.js';

/** When a check-in or check-out happens, in the bot's time zone, and which message caused it. */
export interface AttendanceMoment {
  at: Date;
  /** Local date `YYYY-MM-DD`: the service date. */
  today: string;
  /** Local month `YYYY-MM`: whose assignments count. */
  month: string;
  /** Local time `HH:MM`. */
  time: string;
  /** Unique per inbound message or card click, so a redelivered event is recorded once. */
  sourceId: string;
}

/**
 * The moment of the event being handled. A card click has no message of its own, so its event id
 * (prefixed, to stay apart from message ids) is the source.
 */
export function attendanceMoment(ctx: Context): AttendanceMoment {
  const at = ctx.now();
  const { date, month, time } = localParts(at, ctx.timeZone);
  const sourceId = ctx.event.messageId ?? `event:${ctx.event.eventId}`;
  return { at, today: date, month, time, sourceId };
}

/** `HH:MM` of an instant in the bot's time zone. */
export function localTime(ctx: Context, instant: Date): string {
  return localParts(instant, ctx.timeZone).time;
}
