import { visitNoticeCard } from '../../../cards/visit-notice.js';
import type { AssignmentDetail } from '../../db/queries/assignment-views.js';
import { listAssignmentsPlannedOn } from '../../db/queries/assignment-lists.js';
import { findPersonById } from '../../db/queries/people.js';
import { institutionRoleHolders } from '../../db/queries/role-grants.js';
import { physicianView } from '../../physician/person-labels.js';
import { addDays } from '../../time/local.js';
import type { JobContext } from '../job.js';
import { notYetReminded, remind } from './personal-reminders.js';
import { sendDutyReminders, visitsNotYetReminded } from './planned-visits.js';
import { programTimedJob, REST_OF_DAY_MINUTES } from './program-timed.js';

const NAME = 'duty-reminder-evening';

/**
 * The evening before a planned visit (the program's `eveningAt`, default 18:00): the duty reminder to
 * each physician planned tomorrow, and to each clinic's head(s) one notice of who comes. The reminders
 * are about tomorrow, the visit's day; whether to remind depends on that date being a working day (so
 * the evening of the last holiday still reminds of the first working day, and nobody is reminded of a
 * visit on a public holiday). Worth sending all evening; the quiet hours stop it at night.
 */
export const dutyReminderEvening = programTimedJob({
  name: NAME,
  time: 'eveningAt',
  usefulMinutes: REST_OF_DAY_MINUTES,
  dayOf: (date) => addDays(date, 1),
  candidates: (ctx, day) => listAssignmentsPlannedOn(ctx.db, day),
  async send(ctx, day, visits) {
    await sendDutyReminders(ctx, NAME, await visitsNotYetReminded(ctx, NAME, visits, day), day, 'tomorrow');
    // A clinic's notice lists everyone coming, whatever their program's time: it is sent once.
    const clinics = new Set(visits.map((visit) => visit.institutionId));
    const everyone = await listAssignmentsPlannedOn(ctx.db, day);
    await noticeClinicHeads(
      ctx,
      everyone.filter((visit) => clinics.has(visit.institutionId)),
      day,
    );
  },
});

/** One notice per clinic to each of its heads, listing the physicians planned there on `date`. */
async function noticeClinicHeads(ctx: JobContext, visits: readonly AssignmentDetail[], date: string): Promise<void> {
  const byClinic = new Map<number, AssignmentDetail[]>();
  for (const visit of visits) byClinic.set(visit.institutionId, [...(byClinic.get(visit.institutionId) ?? []), visit]);
  for (const [institutionId, clinicVisits] of byClinic) {
    const key = `${date}:i${institutionId}`;
    const allHeads = await institutionRoleHolders(ctx.db, 'CLINIC_HEAD', institutionId);
    if (allHeads.length === 0) {
      if (firstHeadlessWarning(ctx, date, institutionId)) {
        ctx.log.warn({ job: NAME, institutionId, date }, 'visit notice not sent: the clinic has no head');
      }
      continue;
    }
    // Heads an earlier slot of the evening already told: no need to read the physicians again.
    const heads = await notYetReminded(ctx, NAME, allHeads, (head) => ({ personId: head.id, key }));
    if (heads.length === 0) continue;
    const physicians = [];
    for (const visit of clinicVisits) {
      const person = await findPersonById(ctx.db, visit.physicianId);
      if (person) physicians.push(physicianView(ctx.locale, person));
    }
    const clinic = clinicVisits[0]?.institution.name ?? '';
    const card = visitNoticeCard(ctx.locale, { clinic, date, physicians });
    for (const head of heads) await remind(ctx, NAME, head.id, card, key);
  }
}

/**
 * The clinics already logged as having no head, per database (one per service) and for one visit date:
 * every quarter-hour slot of the evening looks at each clinic again, and one warning a clinic and evening
 * is what someone can act on. A restart may log one more.
 */
const headlessLogged = new WeakMap<object, { date: string; clinics: Set<number> }>();

function firstHeadlessWarning(ctx: JobContext, date: string, institutionId: number): boolean {
  let logged = headlessLogged.get(ctx.db);
  if (logged?.date !== date) {
    logged = { date, clinics: new Set() };
    headlessLogged.set(ctx.db, logged);
  }
  if (logged.clinics.has(institutionId)) return false;
  logged.clinics.add(institutionId);
  return true;
}
