import type { AssignmentReceiptOutcome, AssignmentReceiptView } from '../../cards/assignment-receipt.js';
import type { Notifier } from '../core/create-context.js';
import type { Context } from '../core/context.js';
import type { AssignmentDetail } from '../db/queries/assignments.js';
import { findPersonById } from '../db/queries/people.js';
import { findProgramById } from '../db/queries/programs.js';
import { notifyAssignmentCreated } from '../physician/assignment-notices.js';
import { physicianView } from '../physician/person-labels.js';

/** The receipt of an assignment as the coordinator's card shows it. */
export async function assignmentReceiptView(
  ctx: Context,
  assignment: AssignmentDetail,
  outcome: AssignmentReceiptOutcome,
): Promise<AssignmentReceiptView> {
  const [physician, program] = await Promise.all([
    findPersonById(ctx.db, assignment.physicianId),
    findProgramById(ctx.db, assignment.programId),
  ]);
  return {
    assignmentId: assignment.id,
    outcome,
    physician: physician ? physicianView(ctx.locale, physician) : { name: assignment.physician.name },
    clinic: assignment.institution.name,
    program: program?.name ?? '',
    startDate: assignment.startDate,
    endDate: assignment.endDate,
    plannedDates: assignment.plannedDates.map((d) => d.date),
  };
}

/**
 * Tells the physician and the clinic's heads the new plan of an assignment. The created-notice is sent
 * once per assignment (its idempotency key is the assignment), so a re-plan sends it again under its
 * own purpose and a key carrying `revision`: each change is told once, and whatever hooks into
 * `notifyAssignmentCreated` (schedule broadcasts) sees the change too.
 */
export function notifyAssignmentReplanned(ctx: Context, assignmentId: number, revision: number): Promise<void> {
  const sender: Notifier = ctx;
  const replanned: Notifier = {
    db: sender.db,
    locale: sender.locale,
    timeZone: sender.timeZone,
    log: sender.log,
    now: () => sender.now(),
    t: (key, params) => sender.t(key, params),
    notify: (to, message, _purpose, key) => sender.notify(to, message, 'assignment.updated', `${key}.r${revision}`),
    // Revisions of group schedule cards keep their own keys: the new plan updates the card in place.
    ...(sender.reviseNotice ? { reviseNotice: sender.reviseNotice } : {}),
  };
  return notifyAssignmentCreated(replanned, assignmentId);
}
