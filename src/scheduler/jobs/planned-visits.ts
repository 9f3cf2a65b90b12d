import { dutyReminderCard, type DutyReminderMoment } from '../../../cards/duty-reminder.js';
import type { AssignmentDetail } from '../../db/queries/assignment-views.js';
import { listAssignmentsPlannedOn } from '../../db/queries/assignment-lists.js';
import type { DbOrTx } from '../../db/client.js';
import { listServiceDaysOfPhysicianOn } from '../../db/queries/service-day-lists.js';
import { zonedInstant } from '../../time/local.js';
import type { JobContext, ScheduledJob } from '../job.js';
import type { ReminderTime } from '../program-reminder-times.js';
import { notYetReminded, remind } from './personal-reminders.js';
import { programTimedJob } from './program-timed.js';

/**
 * The planned visits whose physician has not checked in anywhere on `date`: whom the morning reminder
 * and the midday nudge are for. Read when the job runs, so a check-in stops them at once.
 */
export async function withoutCheckIn(
  db: DbOrTx,
  date: string,
  planned: readonly AssignmentDetail[],
): Promise<AssignmentDetail[]> {
  const pending: AssignmentDetail[] = [];
  for (const assignment of planned) {
    const days = await listServiceDaysOfPhysicianOn(db, assignment.physicianId, date);
    if (days.length === 0) pending.push(assignment);
  }
  return pending;
}

/**
 * Sends each planned visit's physician the duty reminder card for `date` (the visit's day), keyed by
 * that day and the assignment, so every slot of one day sends it once (callers leave out, with
 * {@link visitsNotYetReminded}, those an earlier slot reminded).
 */
export async function sendDutyReminders(
  ctx: JobContext,
  job: string,
  visits: readonly AssignmentDetail[],
  date: string,
  moment: DutyReminderMoment,
): Promise<void> {
  for (const visit of visits) {
    // The day's cards carry an entry valid through the visit's day that mints a fresh link when opened
    // (the evening card has no button).
    const pageUrl =
      moment === 'tomorrow'
        ? undefined
        : await ctx.checkinLink?.(visit.physicianId, 'CHECK_IN', zonedInstant(date, '23:59', ctx.timeZone));
    const card = dutyReminderCard(
      ctx.locale,
      {
        assignmentId: visit.id,
        clinic: visit.institution.name,
        address: visit.institution.address,
        date,
        ...(pageUrl ? { pageUrl } : {}),
      },
      moment,
    );
    const { personId, key } = dutyReminderOf(visit, date);
    await remind(ctx, job, personId, card, key);
  }
}

/** Whom a visit's duty reminder goes to and its key: the visit's day and assignment (one per slot of the day). */
function dutyReminderOf(visit: AssignmentDetail, date: string): { personId: number; key: string } {
  return { personId: visit.physicianId, key: `${date}:a${visit.id}` };
}

/** The visits whose duty reminder of `job` for `date` an earlier slot has not queued yet (one read). */
export function visitsNotYetReminded(
  ctx: JobContext,
  job: string,
  visits: readonly AssignmentDetail[],
  date: string,
): Promise<AssignmentDetail[]> {
  return notYetReminded(ctx, job, visits, (visit) => dutyReminderOf(visit, date));
}

/** How a same-day reminder of planned visits differs from the other: name, time, cut-off and card. */
export interface SameDayVisitReminder {
  name: string;
  /** The program's time it runs at. */
  time: ReminderTime;
  /** Minutes after the program's time after which a missed reminder is no longer worth sending. */
  usefulMinutes: number;
  moment: DutyReminderMoment;
}

/**
 * A job reminding, on the day, each physician planned that day who has not checked in yet, at their
 * program's time. Not on public holidays; yes on 补班 days; a check-in before it runs takes the
 * physician off the list.
 */
export function sameDayVisitReminder(spec: SameDayVisitReminder): ScheduledJob {
  return programTimedJob({
    name: spec.name,
    time: spec.time,
    usefulMinutes: spec.usefulMinutes,
    dayOf: (date) => date,
    candidates: (ctx, day) => listAssignmentsPlannedOn(ctx.db, day),
    async send(ctx, day, planned) {
      // Those reminded by an earlier slot first: checking each one's check-ins is the costly part.
      const visits = await withoutCheckIn(ctx.db, day, await visitsNotYetReminded(ctx, spec.name, planned, day));
      await sendDutyReminders(ctx, spec.name, visits, day, spec.moment);
    },
  });
}
