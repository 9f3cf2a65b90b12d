import { dutyReminderCard, type DutyReminderMoment } from '../../../cards/duty-reminder.js';
import type { AssignmentDetail } from '../../db/queries/assignment-views.js';
import { listAssignmentsPlannedOn } from '../../db/queries/assignment-lists.js';
import type { DbOrTx } from '../../db/client.js';
import { listServiceDaysOfPhysicianOn } from '../../db/queries/service-day-lists.js';
import type { JobContext, ScheduledJob } from '../job.js';
import { mayRemind, remind, sameDayBefore, todaySlot } from './personal-reminders.js';

/**
 * Visits planned on a local date whose physician has not checked in anywhere that day: whom the morning
 * reminder and the midday nudge are for. Read when the job runs, so a check-in stops them at once.
 */
export async function plannedWithoutCheckIn(db: DbOrTx, date: string): Promise<AssignmentDetail[]> {
  const planned = await listAssignmentsPlannedOn(db, date);
  const pending: AssignmentDetail[] = [];
  for (const assignment of planned) {
    const days = await listServiceDaysOfPhysicianOn(db, assignment.physicianId, date);
    if (days.length === 0) pending.push(assignment);
  }
  return pending;
}

/**
 * Sends each planned visit's physician the duty reminder card for `date` (the job's slot), keyed by the
 * slot and the assignment.
 */
export async function sendDutyReminders(
  ctx: JobContext,
  job: string,
  visits: readonly AssignmentDetail[],
  date: string,
  moment: DutyReminderMoment,
): Promise<void> {
  for (const visit of visits) {
    const card = dutyReminderCard(
      ctx.locale,
      { assignmentId: visit.id, clinic: visit.institution.name, address: visit.institution.address, date },
      moment,
    );
    await remind(ctx, job, visit.physicianId, card, `${ctx.slot}:a${visit.id}`);
  }
}

/** How a same-day reminder of planned visits differs from the other: name, time, cut-off and card. */
export interface SameDayVisitReminder {
  name: string;
  cron: string;
  /** Local `HH:MM` after which a missed slot is no longer worth sending. */
  usefulUntil: string;
  moment: DutyReminderMoment;
}

/**
 * A job reminding, on the day, each physician planned that day who has not checked in yet. Not on
 * public holidays; yes on 补班 days; a check-in before it runs takes the physician off the list.
 */
export function sameDayVisitReminder(spec: SameDayVisitReminder): ScheduledJob {
  return {
    name: spec.name,
    cron: spec.cron,
    slotOf: todaySlot,
    stillUseful: (slot, now, timeZone) => sameDayBefore(slot, now, timeZone, spec.usefulUntil),
    async run(ctx) {
      if (!mayRemind(ctx, spec.name, ctx.slot)) return;
      const visits = await plannedWithoutCheckIn(ctx.db, ctx.slot);
      await sendDutyReminders(ctx, spec.name, visits, ctx.slot, spec.moment);
    },
  };
}
