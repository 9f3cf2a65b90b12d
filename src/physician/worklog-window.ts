import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { findProgramById } from '../db/queries/programs.js';
import { findReportingObligation } from '../db/queries/reporting.js';
import type { ServiceDayDetail } from '../db/queries/service-day-views.js';
import { logWindow } from '../records/log-window.js';
import { recordSettings } from '../records/record-settings.js';
import { localDate } from '../time/local.js';

/**
 * Whether the speaker may still write the log of one of their days (`src/records/log-window.ts`): today,
 * or a past day within the program's `pastLogDays` while the month's workload report of their hospital
 * is not submitted.
 * @throws BotError CONFLICT saying why not, and pointing to 补卡 or the hospital coordinator.
 */
export async function requireLogWindow(ctx: Context, day: ServiceDayDetail): Promise<void> {
  const today = localDate(ctx.now(), ctx.timeZone);
  if (day.serviceDate === today) return;
  const month = day.serviceDate.slice(0, 7);
  const home = day.physician.homeInstitutionId;
  const [program, report] = await Promise.all([
    findProgramById(ctx.db, day.programId),
    home === null
      ? null
      : findReportingObligation(ctx.db, {
          programId: day.programId,
          institutionId: home,
          kind: 'MONTHLY_WORKLOAD',
          period: month,
        }),
  ]);
  const { pastLogDays } = recordSettings(program);
  const window = logWindow({
    serviceDate: day.serviceDate,
    today,
    pastLogDays,
    reportSubmitted: report?.status === 'SUBMITTED',
  });
  if (window.open) return;
  throw new BotError('CONFLICT', `physician.worklog.window.${window.reason}`, {
    date: day.serviceDate,
    days: pastLogDays,
    lastDay: window.lastDay ?? '',
    month,
  });
}
