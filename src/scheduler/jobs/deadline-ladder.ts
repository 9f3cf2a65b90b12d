import { deadlineLadderCard } from '../../../cards/deadline-ladder.js';
import { localDate } from '../../time/local.js';
import type { ScheduledJob } from '../job.js';
import { milestoneNotices, obligationNotices } from './ladder-notices.js';
import { mayRemind, remind, todaySlot } from './personal-reminders.js';

const NAME = 'deadline-ladder';

/**
 * The deadline ladder, daily at 09:00 (see src/scheduler/ladder.ts for the calendar rule). For each
 * reporting obligation not yet submitted: before the due date (default T-3, T-1) its hospital's
 * coordinators, who file the report, get what they still owe; after it (default T+1) they get it again
 * as overdue — for a hospital report the responsible person IS the hospital coordinator, so the issue's
 * "T+1 the hospital's coordinator" is that overdue notice — then (T+3) the county bureau and (T+5) the
 * city bureau each get ONE card listing every hospital still missing in their scope. Program
 * milestones get the before-reminders only. Offsets come from each program's settings.
 *
 * A submission takes an obligation off every later list at once, and a recipient with nothing left
 * gets nothing. Each notice is keyed `ladder:<scope>:<step>:<due date>` per recipient, so it is sent
 * once ever; a step missed on its day is caught up by the next run. Nothing on a non-working day or in
 * quiet hours; reminders count towards each person's daily cap.
 */
export const deadlineLadder: ScheduledJob = {
  name: NAME,
  cron: '0 9 * * *',
  slotOf: todaySlot,
  // Useful all day; the quiet hours stop a catch-up at night, and tomorrow's run catches up anyway.
  stillUseful: (slot, now, timeZone) => localDate(now, timeZone) === slot,
  async run(ctx) {
    const today = ctx.slot;
    if (!mayRemind(ctx, NAME, today)) return;
    const notices = [...(await obligationNotices(ctx, today)), ...(await milestoneNotices(ctx, today))];
    for (const notice of notices) {
      const recipients = await notice.recipients();
      if (recipients.length === 0) ctx.log.warn({ job: NAME, key: notice.key }, 'ladder notice has no recipient');
      const card = deadlineLadderCard(ctx.locale, notice);
      for (const personId of recipients) await remind(ctx, NAME, personId, card, notice.key);
    }
  },
};
