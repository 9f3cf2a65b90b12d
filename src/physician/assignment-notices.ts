import { assignmentNoticeCard, type AssignmentNoticeView } from '../../cards/assignment-notice.js';
import type { Notifier } from '../core/create-context.js';
import { refreshWeeklyBroadcasts } from '../broadcast/weekly-visits.js';
import { findAssignmentById } from '../db/queries/assignments.js';
import { findPersonById } from '../db/queries/people.js';
import { findProgramById } from '../db/queries/programs.js';
import { institutionRoleHolders } from '../db/queries/role-grants.js';
import { physicianView } from './person-labels.js';

/** Which change of an assignment a notice is about. */
type AssignmentEvent = AssignmentNoticeView['event'];

/** The assignment status each notice requires: a cancellation notice for an active assignment is wrong. */
const REQUIRED_STATUS = { created: 'ACTIVE', cancelled: 'CANCELLED' } as const;

/**
 * Tells the physician (where and when to go) and the clinic's heads (who is coming) about a new
 * assignment. Sent once per assignment and recipient however often it is called.
 * @param sender the event's Context (e.g. the coordinator's /指派), or a Notifier from `createNotifier`
 * for a scheduler or an import.
 */
export function notifyAssignmentCreated(sender: Notifier, assignmentId: number): Promise<void> {
  return notifyAssignment(sender, assignmentId, 'created');
}

/** Tells the physician and the clinic's heads that an assignment was cancelled; once, like the above. */
export function notifyAssignmentCancelled(sender: Notifier, assignmentId: number): Promise<void> {
  return notifyAssignment(sender, assignmentId, 'cancelled');
}

async function notifyAssignment(sender: Notifier, assignmentId: number, event: AssignmentEvent): Promise<void> {
  const assignment = await findAssignmentById(sender.db, assignmentId);
  if (!assignment || assignment.status !== REQUIRED_STATUS[event]) {
    sender.log.warn({ assignmentId, event, status: assignment?.status }, 'assignment notice not sent: wrong status');
    return;
  }
  const [physician, program, heads] = await Promise.all([
    findPersonById(sender.db, assignment.physicianId),
    findProgramById(sender.db, assignment.programId),
    institutionRoleHolders(sender.db, 'CLINIC_HEAD', assignment.institutionId),
  ]);
  if (!physician || !program) return;
  const view: AssignmentNoticeView = {
    event,
    physician: physicianView(sender.locale, physician),
    clinic: assignment.institution.name,
    address: assignment.institution.address,
    program: program.name,
    startDate: assignment.startDate,
    endDate: assignment.endDate,
    plannedDates: assignment.plannedDates.map((d) => d.date),
  };
  const purpose = `assignment.${event}`;
  const key = String(assignment.id);
  await sender.notify({ personId: physician.id }, assignmentNoticeCard(sender.locale, view, 'physician'), purpose, key);
  if (heads.length === 0) sender.log.warn({ assignmentId, event }, 'assignment notice: the clinic has no head');
  const headCard = assignmentNoticeCard(sender.locale, view, 'clinicHead');
  for (const head of heads) await sender.notify({ personId: head.id }, headCard, purpose, key);
  await refreshWeeklyBroadcasts(sender, assignment.institution);
}
