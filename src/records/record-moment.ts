import { localParts } from '../time/local.js';

/**
 * The time a record carries: when the physician sent it, not when the service handled it. Feishu
 * redelivers an event for hours (15 s, 5 min, 1 h, 6 h), so a check-in sent at 23:59:50 and handled after
 * midnight belongs to the day it was sent. A message time is trusted within bounds: not more than
 * {@link FUTURE_SKEW_MS} in the future, not older than the service's `BOT_MESSAGE_MAX_AGE_MINUTES`.
 * Outside them the handling time is recorded and the record is marked late (延迟记录). Both times are
 * stored with the record.
 */

/** A message time this far ahead of the service's clock is still believed (clocks differ a little). */
export const FUTURE_SKEW_MS = 2 * 60_000;

/** Default of `BOT_MESSAGE_MAX_AGE_MINUTES`. */
export const DEFAULT_MESSAGE_MAX_AGE_MINUTES = 120;

/** When a record happened, in the bot's time zone, and which message caused it. */
export interface RecordMoment {
  /** The record's time: the message time, or the handling time when that was not trusted. */
  at: Date;
  /** The platform's message time (a card action's delivery time), as received. */
  sentAt: Date;
  /** When the service handled it. */
  receivedAt: Date;
  /** The message time was not trusted and `at` is the handling time. */
  late: boolean;
  /** Local date `YYYY-MM-DD` of `at`: the service date. */
  date: string;
  /** Local month `YYYY-MM` of `at`. */
  month: string;
  /** Local time `HH:MM` of `at`. */
  time: string;
  /** Local date of the handling: replies name the recorded date when it is not this one. */
  handledDate: string;
}

/** What the moment is computed from: a message's time, the service's clock, the bound and the time zone. */
export interface MomentInput {
  sentAt: Date;
  receivedAt: Date;
  timeZone: string;
  maxAgeMinutes?: number;
}

/** The moment of a record, bounded as described above. Pure. */
export function recordMoment(input: MomentInput): RecordMoment {
  const { sentAt, receivedAt, timeZone } = input;
  const maxAgeMs = (input.maxAgeMinutes ?? DEFAULT_MESSAGE_MAX_AGE_MINUTES) * 60_000;
  const age = receivedAt.getTime() - sentAt.getTime();
  const trusted = Number.isFinite(age) && age >= -FUTURE_SKEW_MS && age <= maxAgeMs;
  const at = trusted ? sentAt : receivedAt;
  const { date, month, time } = localParts(at, timeZone);
  return {
    at,
    sentAt,
    receivedAt,
    late: !trusted,
    date,
    month,
    time,
    handledDate: localParts(receivedAt, timeZone).date,
  };
}
