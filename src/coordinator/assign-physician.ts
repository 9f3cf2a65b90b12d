import { assignmentReceiptCard } from '../../cards/assignment-receipt.js';
import type { Program } from '../generated/sqlite/client.js';
import type { CommandArgs, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { answeringRefusals } from '../core/query-refusals.js';
import { listAssignmentsForPhysicianOverlapping } from '../db/queries/assignment-lists.js';
import { findPlannedDayTaken, listProgramsServingClinic } from '../db/queries/assignment-lookups.js';
import { createAssignment, updateAssignmentPlan, type AssignmentDetail } from '../db/queries/assignments.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { isUniqueViolation } from '../db/queries/errors.js';
import { lockPerson } from '../db/queries/row-locks.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { inTransaction, type Tx } from '../db/queries/transaction.js';
import { assignsAsHospitalOnly } from '../permissions/assignments.js';
import { notifyAssignmentCreated } from '../physician/assignment-notices.js';
import { spanOf } from './assignment-input.js';
import { dayLabel, describeAssignmentProblems } from './assignment-problem-text.js';
import { assignmentReceiptView, notifyAssignmentReplanned } from './assignment-receipt-view.js';
import { assignmentProblems, type AssignmentProblem } from './assignment-rules.js';
import { resolveAssignmentTarget, type AssignmentTarget } from './assignment-target.js';

/**
 * `/指派`: a coordinator sends a physician to a recipient clinic for a month, optionally on planned
 * dates. Every rule of `assignmentProblems` is checked first and nothing is stored on any problem; an
 * active assignment of the same physician, clinic and program in that period gets the new dates instead
 * of a duplicate. Each change is audited, told to the physician and the clinic's heads, and answered
 * with a receipt card carrying a 取消指派 button.
 */

/** The dates an assignment would span and the days planned. */
interface Plan {
  startDate: string;
  endDate: string;
  plannedDates: string[];
}

/** What saving did. */
type Saved =
  | { kind: 'refused'; problems: AssignmentProblem[] }
  | { kind: 'unchanged'; assignment: AssignmentDetail }
  | { kind: 'created' | 'updated'; assignment: AssignmentDetail; auditId: number };

/** Runs `/指派` with its arguments. */
export async function assignPhysician(ctx: Context, args: CommandArgs): Promise<void> {
  const target = await resolveAssignmentTarget(ctx, args);
  if (!target.when) throw badArguments('coordinator.assign.needWhen');
  const span = spanOf(target.when);
  const program = target.program ?? (await programFor(ctx, target, span));
  const saved = await save(ctx, target, program, planWithin(program, span, target.when.plannedDates));
  if (saved.kind === 'refused') {
    const problems = await describeAssignmentProblems(ctx, saved.problems, { ...target, program });
    throw new BotError('CONFLICT', 'coordinator.assign.refused', { physician: target.physician.name, problems });
  }
  if (saved.kind === 'created') await notifyAssignmentCreated(ctx, saved.assignment.id);
  if (saved.kind === 'updated') await notifyAssignmentReplanned(ctx, saved.assignment.id, saved.auditId);
  await ctx.replyCard(
    assignmentReceiptCard(ctx.locale, await assignmentReceiptView(ctx, saved.assignment, saved.kind)),
  );
}

/**
 * The one program running then with the clinic among its recipients — and, for a hospital coordinator,
 * their hospital among its supporting units. Several mean the caller names the code.
 */
async function programFor(
  ctx: Context,
  target: AssignmentTarget,
  span: { startDate: string; endDate: string },
): Promise<Program> {
  const { clinic, physician } = target;
  const programs = await listProgramsServingClinic(ctx.db, {
    from: span.startDate,
    to: span.endDate,
    recipientId: clinic.id,
    ...(assignsAsHospitalOnly(ctx.actor, clinic) && physician.homeInstitutionId !== null
      ? { supportingId: physician.homeInstitutionId }
      : {}),
  });
  const [only] = programs;
  const params = { clinic: clinic.name, from: span.startDate, to: span.endDate };
  if (!only) throw new BotError('CONFLICT', 'coordinator.assign.noProgram', params);
  if (programs.length > 1) {
    throw badArguments('coordinator.assign.whichProgram', { ...params, codes: programs.map((p) => p.code).join('、') });
  }
  return only;
}

/**
 * The month(s) clipped to the program, so a program starting mid-month still takes that month; planned
 * dates are never clipped, so one outside the program is reported rather than dropped.
 */
function planWithin(program: Program, span: { startDate: string; endDate: string }, plannedDates: string[]): Plan {
  const start = span.startDate < program.startDate ? program.startDate : span.startDate;
  const end = span.endDate > program.endDate ? program.endDate : span.endDate;
  const clipped = start <= end ? { startDate: start, endDate: end } : span;
  const [firstPlanned = clipped.startDate] = plannedDates;
  const lastPlanned = plannedDates.at(-1) ?? clipped.endDate;
  return {
    startDate: firstPlanned < clipped.startDate ? firstPlanned : clipped.startDate,
    endDate: lastPlanned > clipped.endDate ? lastPlanned : clipped.endDate,
    plannedDates,
  };
}

/**
 * Checks and writes in one transaction, so what was checked is what is stored: the physician's row is
 * locked first, so two coordinators assigning the same physician at once are decided one after the
 * other, and the unique key on (physician, planned date) backs it up in the database. A plan that still
 * loses a race is refused in words, never as an internal error.
 */
async function save(ctx: Context, target: AssignmentTarget, program: Program, plan: Plan): Promise<Saved> {
  try {
    return await checkAndWrite(ctx, target, program, plan);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const taken = await findPlannedDayTaken(ctx.db, target.physician.id, plan.plannedDates);
    throw new BotError('CONFLICT', 'security.assignRaced', {
      physician: target.physician.name,
      day: taken ? dayLabel(ctx, taken) : plan.plannedDates.map((d) => dayLabel(ctx, d)).join('、'),
    });
  }
}

function checkAndWrite(ctx: Context, target: AssignmentTarget, program: Program, plan: Plan): Promise<Saved> {
  const { physician, clinic } = target;
  const actor = { actorId: ctx.actor.person?.id ?? null, at: ctx.now() };
  return inTransaction(ctx.db, async (tx): Promise<Saved> => {
    await lockPerson(tx, physician.id);
    const existing = (
      await listAssignmentsForPhysicianOverlapping(tx, physician.id, plan.startDate, plan.endDate, {
        programId: program.id,
      })
    ).find((a) => a.institutionId === clinic.id);
    const merged = existing ? mergedPlan(existing, plan) : plan;
    const added = existing ? plan.plannedDates.filter((d) => !existing.plannedDates.some((p) => p.date === d)) : [];
    if (
      existing &&
      added.length === 0 &&
      merged.startDate === existing.startDate &&
      merged.endDate === existing.endDate
    ) {
      return { kind: 'unchanged', assignment: existing };
    }
    const problems = await assignmentProblems(tx, {
      program,
      physician,
      institutionId: clinic.id,
      startDate: merged.startDate,
      endDate: merged.endDate,
      // Only the new days are checked for double booking: the old ones were checked when planned.
      plannedDates: existing ? added : plan.plannedDates,
      ...(existing ? { excludeAssignmentId: existing.id } : {}),
    });
    if (problems.length > 0) return { kind: 'refused', problems };
    const assignment = existing
      ? await answeringRefusals(updateAssignmentPlan(tx, existing.id, merged, actor))
      : await createAssignment(tx, {
          ...plan,
          programId: program.id,
          physicianId: physician.id,
          institutionId: clinic.id,
          createdById: actor.actorId,
          at: actor.at,
        });
    const kind = existing ? 'updated' : 'created';
    const auditId = await audit(tx, ctx, { assignment, program, kind, added });
    return { kind, assignment, auditId };
  });
}

function mergedPlan(existing: AssignmentDetail, plan: Plan): Plan {
  return {
    startDate: existing.startDate < plan.startDate ? existing.startDate : plan.startDate,
    endDate: existing.endDate > plan.endDate ? existing.endDate : plan.endDate,
    plannedDates: [...new Set([...existing.plannedDates.map((d) => d.date), ...plan.plannedDates])].sort(),
  };
}

async function audit(
  tx: Tx,
  ctx: Context,
  change: { assignment: AssignmentDetail; program: Program; kind: 'created' | 'updated'; added: string[] },
): Promise<number> {
  const { assignment, program } = change;
  const entry = await appendAuditEntry(tx, {
    at: ctx.now(),
    ...auditActorOf(ctx),
    action: change.kind === 'created' ? 'assignment.create' : 'assignment.update',
    entity: 'Assignment',
    entityId: String(assignment.id),
    regionPath: assignment.institution.regionPath,
    institutionId: assignment.institutionId,
    supportingInstitutionId: assignment.physician.homeInstitutionId,
    details: {
      physicianId: assignment.physicianId,
      physician: assignment.physician.name,
      programId: program.id,
      program: program.code,
      startDate: assignment.startDate,
      endDate: assignment.endDate,
      plannedDates: assignment.plannedDates.map((d) => d.date),
      ...(change.kind === 'updated' ? { addedDates: change.added } : {}),
    },
  });
  return entry.id;
}
