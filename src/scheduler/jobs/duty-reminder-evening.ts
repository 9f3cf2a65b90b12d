import { visitNoticeCard } from '../../../cards/visit-notice.js';
import type { AssignmentDetail } from '../../db/queries/assignment-views.js';
import { listAssignmentsPlannedOn } from '../../db/queries/assignment-lists.js';
import { findPersonById } from '../../db/queries/people.js';
import { institutionRoleHolders } from '../../db/queries/role-grants.js';
import { physicianView } from '../../physician/person-labels.js';
import { addDays, localDate } from '../../time/local.js';
import type { JobContext, ScheduledJob } from '../job.js';
import { mayRemind, remind } from './personal-reminders.js';
import { sendDutyReminders } from './planned-visits.js';

const NAME = 'duty-reminder-evening';

/**
 * The evening before a planned visit (18:00): the duty reminder to each physician planned tomorrow, and
 * to each clinic's head(s) one notice of who comes. The slot is tomorrow's date, the visit's; whether to
 * remind depends on that date being a working day (so the evening of the last holiday still reminds of
 * the first working day, and nobody is reminded of a visit on a public holiday).
 */
export const dutyReminderEvening: ScheduledJob = {
  name: NAME,
  cron: '0 18 * * *',
  slotOf: (now, timeZone) => addDays(localDate(now, timeZone), 1),
  // Useful all the evening before; the quiet hours stop it at night.
  stillUseful: (slot, now, timeZone) => localDate(now, timeZone) === addDays(slot, -1),
  async run(ctx) {
    const date = ctx.slot;
    if (!mayRemind(ctx, NAME, date)) return;
    const visits = await listAssignmentsPlannedOn(ctx.db, date);
    await sendDutyReminders(ctx, NAME, visits, date, 'tomorrow');
    await noticeClinicHeads(ctx, visits, date);
  },
};

/** One notice per clinic to each of its heads, listing the physicians planned there on `date`. */
async function noticeClinicHeads(ctx: JobContext, visits: readonly AssignmentDetail[], date: string): Promise<void> {
  const byClinic = new Map<number, AssignmentDetail[]>();
  for (const visit of visits) byClinic.set(visit.institutionId, [...(byClinic.get(visit.institutionId) ?? []), visit]);
  for (const [institutionId, clinicVisits] of byClinic) {
    const heads = await institutionRoleHolders(ctx.db, 'CLINIC_HEAD', institutionId);
    if (heads.length === 0) {
      ctx.log.warn({ job: NAME, institutionId }, 'visit notice not sent: the clinic has no head');
      continue;
    }
    const physicians = [];
    for (const visit of clinicVisits) {
      const person = await findPersonById(ctx.db, visit.physicianId);
      if (person) physicians.push(physicianView(ctx.locale, person));
    }
    const clinic = clinicVisits[0]?.institution.name ?? '';
    const card = visitNoticeCard(ctx.locale, { clinic, date, physicians });
    for (const head of heads) await remind(ctx, NAME, head.id, card, `${ctx.slot}:i${institutionId}`);
  }
}
