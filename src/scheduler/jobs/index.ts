import type { ScheduledJob } from '../job.js';
import { deadlineGroupNotices } from './deadline-group-notices.js';
import { weeklyScheduleBroadcast } from './weekly-schedule-broadcast.js';
import { deadlineLadder } from './deadline-ladder.js';
import { dutyReminderEvening } from './duty-reminder-evening.js';
import { dutyReminderMorning } from './duty-reminder-morning.js';
import { monthlyReportDraft } from './monthly-report-draft.js';
import { nudgeMonthlyMinimum } from './nudge-monthly-minimum.js';
import { nudgeNoCheckIn } from './nudge-no-checkin.js';
import { nudgeNoWorkLog } from './nudge-no-worklog.js';
import { pruneInboundEventsJob } from './prune-inbound-events.js';
import { pruneJobRunsJob } from './prune-job-runs.js';

/**
 * THE list of scheduled jobs, one file each under src/scheduler/jobs/. The scheduler fires each on its
 * cron in BOT_TIMEZONE; `/任务` lists them in this order.
 */
export const jobs: readonly ScheduledJob[] = [
  pruneInboundEventsJob,
  pruneJobRunsJob,
  dutyReminderMorning,
  nudgeMonthlyMinimum,
  nudgeNoCheckIn,
  dutyReminderEvening,
  nudgeNoWorkLog,
  monthlyReportDraft,
  deadlineLadder,
  weeklyScheduleBroadcast,
  deadlineGroupNotices,
];
