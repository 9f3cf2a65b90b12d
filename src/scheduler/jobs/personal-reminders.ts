import type { Card } from '../../core/card.js';
import { noticeKey } from '../../core/create-context.js';
import { listKnownOutboundKeys } from '../../db/queries/outbound-messages.js';
import { REMINDER_PURPOSE_PREFIX } from '../calendar.js';
import { localDate, localParts } from '../../time/local.js';
import type { JobContext } from '../job.js';

/**
 * What the duty reminders and nudges share: when they may send at all, how a notice is keyed and
 * capped, and the daily slots they run for.
 */

/**
 * Whether personal reminders may go out now for `day`: it is a working day (no reminders about a public
 * holiday; a 补班 weekend day counts as working) and it is not quiet time. Logs why not.
 */
export function mayRemind(ctx: JobContext, job: string, day: string): boolean {
  if (!ctx.calendar.isWorkingDay(day)) {
    ctx.log.info({ job, day }, 'no reminders: not a working day');
    return false;
  }
  if (ctx.calendar.isQuietTime(ctx.now(), ctx.timeZone)) {
    ctx.log.info({ job, slot: ctx.slot }, 'no reminders: quiet hours');
    return false;
  }
  return true;
}

/**
 * Queues a reminder to a person unless they already had the day's cap of reminders. The ledger key is
 * the job, `key` (the slot, plus what tells two notices of one slot apart) and the person, so running a
 * slot again queues nothing new.
 */
export async function remind(ctx: JobContext, job: string, personId: number, card: Card, key: string): Promise<void> {
  const today = localDate(ctx.now(), ctx.timeZone);
  if (!(await ctx.calendar.underDailyCap(ctx.db, personId, today))) {
    ctx.log.info({ job, personId, slot: ctx.slot }, 'reminder not sent: daily cap reached');
    return;
  }
  await ctx.notify({ personId }, card, reminderPurpose(job), key);
}

/** The ledger purpose of a job's reminders. */
function reminderPurpose(job: string): string {
  return `${REMINDER_PURPOSE_PREFIX}${job}`;
}

/**
 * The items whose reminder (person and key, as given to {@link remind}) is not in the ledger yet, in one
 * read. Why: a program-timed job runs every quarter hour of its window and each run covers the whole
 * day, so without it every slot redid each reminder's reads (check-ins, link, card, daily cap) only for
 * the ledger to refuse the copy — most of the scheduler's work in the simulated month (issue 18).
 */
export async function notYetReminded<T>(
  ctx: JobContext,
  job: string,
  items: readonly T[],
  reminderOf: (item: T) => { personId: number; key: string },
): Promise<T[]> {
  const keys = items.map((item) => {
    const { personId, key } = reminderOf(item);
    return noticeKey(reminderPurpose(job), key, { personId });
  });
  const known = await listKnownOutboundKeys(ctx.db, keys);
  return items.filter((_, i) => !known.has(keys[i] ?? ''));
}

/** Today's local date: the slot of the jobs that run about the day they run on. */
export function todaySlot(now: Date, timeZone: string): string {
  return localDate(now, timeZone);
}

/**
 * Whether `now` is on the local date `slot` and before `until` (`HH:MM`): how long a same-day reminder
 * missed while the service was down is still worth sending.
 */
export function sameDayBefore(slot: string, now: Date, timeZone: string, until: string): boolean {
  const local = localParts(now, timeZone);
  return local.date === slot && local.time < until;
}
