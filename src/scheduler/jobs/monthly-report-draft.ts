import { listMonthlyReportSubjects, notifyMonthlyDraft } from '../../coordinator/monthly-report/draft-notice.js';
import { draftMonthlyReport, reportDueDate } from '../../coordinator/monthly-report/drafting.js';
import { DEFAULT_QUIET_HOURS } from '../calendar.js';
import type { ScheduledJob } from '../job.js';
import { sameDayBefore, todaySlot } from './personal-reminders.js';

const NAME = 'monthly-report-draft';

/**
 * Daily at 09:00, from the 1st up to each program's report due day: for every program that ran last
 * month and every supporting hospital in it, the obligation for last month is created (due on the
 * program's `reportDueDay`), a draft computed from the records is saved, and the hospital's
 * coordinators get the draft card to check and submit. Submitted reports are left alone. The 1st
 * drafts; a later day only catches up what a missed 1st left (the notice key holds the period, so a
 * coordinator gets each month's card once). Drafting is not a personal nudge, so it runs on holidays
 * too — but never in quiet hours: a catch-up then is skipped and the next morning's run does it.
 */
export const monthlyReportDraft: ScheduledJob = {
  name: NAME,
  cron: '0 9 * * *',
  slotOf: todaySlot,
  stillUseful: (slot, now, timeZone) => sameDayBefore(slot, now, timeZone, DEFAULT_QUIET_HOURS.start),
  async run(ctx) {
    const today = ctx.slot;
    if (ctx.calendar.isQuietTime(ctx.now(), ctx.timeZone)) return;
    for (const subject of await listMonthlyReportSubjects(ctx.db, today)) {
      if (today > reportDueDate(subject.program, subject.period)) continue;
      const draft = await draftMonthlyReport(ctx.db, subject, ctx.now());
      if (draft.obligation.status === 'SUBMITTED') continue;
      await notifyMonthlyDraft(ctx, draft);
    }
  },
};
