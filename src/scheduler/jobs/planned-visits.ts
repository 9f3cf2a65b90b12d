import { dutyReminderCard, type DutyReminderMoment } from '../../../cards/duty-reminder.js';
import type { AssignmentDetail } from '../../db/queries/assignment-views.js';
import { listAssignmentsPlannedOn } from '../../db/queries/assignment-lists.js';
import type { DbOrTx } from '../../db/client.js';
import { listServiceDaysOfPhysicianOn } from '../../db/queries/service-day-lists.js';
import type { JobContext } from '../job.js';
import { remind } from './personal-reminders.js';

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
