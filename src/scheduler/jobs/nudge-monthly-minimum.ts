import { monthlyMinimumCard, type ClinicShortfall } from '../../../cards/monthly-minimum-nudge.js';
import type { Program } from '../../generated/sqlite/client.js';
import { listAssignmentsOverlapping } from '../../db/queries/assignment-lists.js';
import type { AssignmentDetail } from '../../db/queries/assignment-views.js';
import { findProgramById } from '../../db/queries/programs.js';
import { listServiceDaysOfPhysicianInMonth } from '../../db/queries/service-day-lists.js';
import { countsTowardMinimum, owesConfirmation } from '../../records/service-day-state.js';
import { datesBetween, localDate, monthRange } from '../../time/local.js';
import type { JobContext, ScheduledJob } from '../job.js';
import { programReminderSettings } from '../program-reminder-settings.js';
import { mayRemind, remind, todaySlot } from './personal-reminders.js';

const NAME = 'nudge-monthly-minimum';

/**
 * Daily at 09:00, from the program's threshold day (default the 20th): to each physician whose days
 * counted this month at a clinic they are still assigned to are below the program's
 * `minServiceDaysPerMonth`, one nudge naming those clinics with days counted / required, the days still
 * awaiting the clinic head, and the working days left. Counted is the state model's `countsTowardMinimum`
 * (confirmed, or 补卡), the same predicate /本月, /汇总 and /逾期 count by, so the nudge never says less
 * or more than the cards. A physician who reaches the minimum is no longer selected.
 */
export const nudgeMonthlyMinimum: ScheduledJob = {
  name: NAME,
  cron: '0 9 * * *',
  slotOf: todaySlot,
  stillUseful: (slot, now, timeZone) => localDate(now, timeZone) === slot,
  async run(ctx) {
    const today = ctx.slot;
    if (!mayRemind(ctx, NAME, today)) return;
    const month = today.slice(0, 7);
    const { last } = monthRange(month);
    // Only assignments still running: an ended one cannot be made up any more.
    const running = await listAssignmentsOverlapping(ctx.db, today, last);
    const shortfalls = await shortfallsByPhysician(ctx, running, today);
    if (shortfalls.size === 0) return;
    const daysLeft = datesBetween(today, last).filter((date) => ctx.calendar.isWorkingDay(date)).length;
    for (const [physicianId, clinics] of shortfalls) {
      const card = monthlyMinimumCard(ctx.locale, { month, daysLeft, shortfalls: clinics });
      await remind(ctx, NAME, physicianId, card, ctx.slot);
    }
  },
};

/** Each physician's assigned clinics below the minimum, for programs whose threshold day has come. */
async function shortfallsByPhysician(
  ctx: JobContext,
  assignments: readonly AssignmentDetail[],
  today: string,
): Promise<Map<number, ClinicShortfall[]>> {
  const month = today.slice(0, 7);
  const dayOfMonth = Number(today.slice(8));
  const programs = new Map<number, { program: Program; fromDay: number } | null>();
  const seen = new Set<string>();
  const result = new Map<number, ClinicShortfall[]>();
  for (const assignment of assignments) {
    // Two assignments to one clinic in one month (a plan split in two) are one clinic to report.
    const clinicKey = `${assignment.programId}:${assignment.physicianId}:${assignment.institutionId}`;
    if (seen.has(clinicKey)) continue;
    seen.add(clinicKey);
    if (!programs.has(assignment.programId)) programs.set(assignment.programId, await programRule(ctx, assignment));
    const rule = programs.get(assignment.programId);
    if (!rule || dayOfMonth < rule.fromDay) continue;
    const { program } = rule;
    const days = await listServiceDaysOfPhysicianInMonth(ctx.db, assignment.physicianId, month, {
      programId: program.id,
    });
    const there = days.filter((day) => day.institutionId === assignment.institutionId);
    const served = there.filter(countsTowardMinimum).length;
    if (served >= program.minServiceDaysPerMonth) continue;
    const shortfall: ClinicShortfall = {
      clinic: assignment.institution.name,
      served,
      pending: there.filter(owesConfirmation).length,
      required: program.minServiceDaysPerMonth,
    };
    result.set(assignment.physicianId, [...(result.get(assignment.physicianId) ?? []), shortfall]);
  }
  return result;
}

/** An assignment's program with the day of the month its nudges start on (null if it is gone). */
async function programRule(
  ctx: JobContext,
  assignment: AssignmentDetail,
): Promise<{ program: Program; fromDay: number } | null> {
  const program = await findProgramById(ctx.db, assignment.programId);
  if (!program) return null;
  return { program, fromDay: programReminderSettings(program.settings, ctx.log).monthlyMinimumFromDay };
}
