import type { Context } from '../core/context.js';
import { recordMoment, type RecordMoment } from '../records/record-moment.js';
import { localParts } from '../time/local.js';

/** When a check-in or check-out happened (the physician's own time), and which message caused it. */
export interface AttendanceMoment extends RecordMoment {
  /** Local date `YYYY-MM-DD` of the record's time: the service date. */
  today: string;
  /** Unique per inbound message or card click, so a redelivered event is recorded once. */
  sourceId: string;
}

/**
 * The moment of the event being handled: the platform's message time (a card click's delivery time),
 * bounded by `recordMoment`. A card click has no message of its own, so its event id (prefixed, to stay
 * apart from message ids) is the source.
 */
export function attendanceMoment(ctx: Context): AttendanceMoment {
  const moment = recordMoment({
    sentAt: ctx.event.occurredAt,
    receivedAt: ctx.now(),
    timeZone: ctx.timeZone,
    ...(ctx.messageMaxAgeMinutes === undefined ? {} : { maxAgeMinutes: ctx.messageMaxAgeMinutes }),
  });
  const sourceId = ctx.event.messageId ?? `event:${ctx.event.eventId}`;
  return { ...moment, today: moment.date, sourceId };
}

/**
 * The day a reply names: 今天 when the day recorded is the day the message is handled, otherwise its date
 * (a message sent before midnight and handled after it belongs to the day before: say which).
 */
export function dayWord(ctx: Context, serviceDate: string, moment: Pick<AttendanceMoment, 'handledDate'>): string {
  return serviceDate === moment.handledDate
    ? ctx.t('physician.attendance.onToday')
    : ctx.t('physician.attendance.onDate', { date: serviceDate });
}

/** `HH:MM` of an instant in the bot's time zone. */
export function localTime(ctx: Context, instant: Date): string {
  return localParts(instant, ctx.timeZone).time;
}
