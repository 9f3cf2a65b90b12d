import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { answeringRefusals } from '../core/query-refusals.js';
import { countServiceDaysOfAssignment } from '../db/queries/assignment-lookups.js';
import { cancelAssignment, findAssignmentById, type AssignmentDetail } from '../db/queries/assignments.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { findPersonById } from '../db/queries/people.js';
import { inTransaction } from '../db/queries/transaction.js';
import { canAssign } from '../permissions/assignments.js';
import { notifyAssignmentCancelled } from '../physician/assignment-notices.js';

/** What a cancellation did. */
export interface CancellationOutcome {
  assignment: AssignmentDetail;
  /** False when it was cancelled already (nothing changed, nobody told again). */
  cancelled: boolean;
}

/**
 * Cancels an assignment for a coordinator, from `/取消指派` or the receipt's button: the permission is
 * checked again here (a button's value is never trusted), the cancellation and its audit entry are
 * written together, and the physician and clinic heads are told. Cancelling twice is harmless.
 * @throws BotError NOT_FOUND for an unknown id, OUT_OF_SCOPE (naming only the number) when the caller
 *   may not assign this physician to this clinic.
 */
export async function cancelAssignmentAsCoordinator(ctx: Context, assignmentId: number): Promise<CancellationOutcome> {
  const found = await findAssignmentById(ctx.db, assignmentId);
  if (!found) throw new BotError('NOT_FOUND', 'coordinator.unassign.notFound', { id: assignmentId });
  const physician = await findPersonById(ctx.db, found.physicianId);
  if (!canAssign(ctx.actor, { home: physician?.homeInstitution ?? null, clinic: found.institution })) {
    // The refusal names nothing outside the caller's scope: neither the physician nor the clinic.
    throw new BotError('OUT_OF_SCOPE', 'security.unassignNotYours', { id: assignmentId });
  }
  const at = ctx.now();
  const actorId = ctx.actor.person?.id ?? null;
  const outcome = await inTransaction(ctx.db, async (tx) => {
    const result = await answeringRefusals(cancelAssignment(tx, assignmentId, { actorId, at }));
    if (result.cancelled) {
      await appendAuditEntry(tx, {
        at,
        actorId,
        action: 'assignment.cancel',
        entity: 'Assignment',
        entityId: String(assignmentId),
        regionPath: found.institution.regionPath,
        institutionId: found.institutionId,
        supportingInstitutionId: found.physician.homeInstitutionId,
        details: {
          physicianId: found.physicianId,
          physician: found.physician.name,
          programId: found.programId,
          startDate: found.startDate,
          endDate: found.endDate,
          plannedDates: found.plannedDates.map((d) => d.date),
        },
      });
    }
    return result;
  });
  if (outcome.cancelled) await notifyAssignmentCancelled(ctx, assignmentId);
  return outcome;
}

/** The reply to a cancellation: done or already done, and that recorded service days stay. */
export async function cancellationText(ctx: Context, outcome: CancellationOutcome): Promise<string> {
  const { assignment } = outcome;
  const params = {
    id: assignment.id,
    physician: assignment.physician.name,
    clinic: assignment.institution.name,
    from: assignment.startDate,
    to: assignment.endDate,
  };
  const head = ctx.t(outcome.cancelled ? 'coordinator.unassign.done' : 'coordinator.unassign.already', params);
  const days = await countServiceDaysOfAssignment(ctx.db, assignment.id);
  return days > 0 ? `${head}\n${ctx.t('coordinator.unassign.daysKept', { count: days })}` : head;
}
