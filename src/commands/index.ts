import type { CommandDefinition } from '../core/context.js';
import { subscribeCommand } from './subscribe.js';
import { unsubscribeCommand } from './unsubscribe.js';
import { bindCommand } from './bind.js';
import { unbindCommand } from './unbind.js';
import { checkinCommand } from './checkin.js';
import { checkoutCommand } from './checkout.js';
import { correctionCommand } from './correction.js';
import { disputeCommand } from './dispute.js';
import { rejectCorrectionCommand } from './reject-correction.js';
import { grantCommand } from './grant.js';
import { helpCommand } from './help.js';
import { revokeCommand } from './revoke.js';
import { whoamiCommand } from './whoami.js';
import { noticePlatformCommand } from './notice-platform.js';
import { worklogCommand } from './worklog.js';
import { scheduleCommand } from './schedule.js';
import { myMonthCommand } from './my-month.js';
import { serviceRecordCommand } from './service-record.js';
import { verifyRecordCommand } from './verify-record.js';
import { spotCheckCommand } from './spot-check.js';
import { surveyCommand } from './survey.js';
import { jobsCommand } from './jobs.js';
import { monthlyReportCommand } from './monthly-report.js';
import { returnReportCommand } from './return-report.js';
import { exportCommand } from './export.js';
import { summaryCommand } from './summary.js';
import { overdueCommand } from './overdue.js';
import { assignCommand } from './assign.js';
import { unassignCommand } from './unassign.js';
import { coverageCommand } from './coverage.js';
import { progressCommand } from './progress.js';
import { targetCommand } from './target.js';
import { auditCommand } from './audit.js';
import { templateCommand } from './template.js';
import { toursCommand } from './tours.js';
import { tourPlanCommand } from './tour-plan.js';
import { teamDayCommand } from './team-day.js';
import { tourCrewCommand } from './tour-crew.js';

/**
 * The text commands, one file each under src/commands/. Add a command by importing it and listing it
 * here: the router dispatches to this list and /帮助 renders it, in this order.
 */
const FEATURE_COMMANDS: readonly CommandDefinition[] = [
  whoamiCommand,
  bindCommand,
  unbindCommand,
  grantCommand,
  revokeCommand,
  checkinCommand,
  checkoutCommand,
  worklogCommand,
  scheduleCommand,
  myMonthCommand,
  serviceRecordCommand,
  verifyRecordCommand,
  spotCheckCommand,
  surveyCommand,
  correctionCommand,
  disputeCommand,
  rejectCorrectionCommand,
  jobsCommand,
  monthlyReportCommand,
  returnReportCommand,
  exportCommand,
  summaryCommand,
  overdueCommand,
  subscribeCommand,
  unsubscribeCommand,
  assignCommand,
  unassignCommand,
  coverageCommand,
  toursCommand,
  tourPlanCommand,
  teamDayCommand,
  tourCrewCommand,
  progressCommand,
  targetCommand,
  auditCommand,
  templateCommand,
  noticePlatformCommand,
];

/**
 * A command list with /帮助 first and `extra` last; /帮助 lists exactly this list. Tests use it to add
 * commands of their own.
 */
export function commandList(extra: readonly CommandDefinition[] = []): CommandDefinition[] {
  const list: CommandDefinition[] = [helpCommand(() => list), ...FEATURE_COMMANDS, ...extra];
  return list;
}

/** THE list of text commands the service registers. */
export const commands: readonly CommandDefinition[] = commandList();
