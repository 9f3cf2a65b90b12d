import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import type { AssignmentDetail } from '../db/queries/assignment-views.js';
import { findInstitutionByNameOrAlias } from '../db/queries/institutions.js';
import { distanceToClinicM, type ReportedPoint } from './geofence.js';

/**
 * Choosing which of a physician's assignments a check-in is for: by a typed clinic name, by today's
 * plan, or by the nearest clinic to a reported location. Refusals list the physician's assignments with
 * their planned dates, so the next message can be right.
 */

/** `03-05、03-12` for the planned dates of an assignment in a month, or the "no dates yet" text. */
function plannedDatesText(ctx: Context, assignment: AssignmentDetail, month: string): string {
  const dates = assignment.plannedDates.map((d) => d.date).filter((date) => date.startsWith(month));
  return dates.length > 0
    ? dates.map((date) => date.slice(5)).join('、')
    : ctx.t('physician.attendance.noPlannedDates');
}

/** One line per assignment: clinic and planned dates in the month. */
export function assignmentListText(ctx: Context, assignments: readonly AssignmentDetail[], month: string): string {
  return assignments
    .map((a) =>
      ctx.t('physician.attendance.assignmentLine', {
        clinic: a.institution.name,
        dates: plannedDatesText(ctx, a, month),
      }),
    )
    .join('\n');
}

/** A refusal naming what went wrong and listing the physician's assignments this month. */
export function noSuchAssignment(
  ctx: Context,
  messageKey: string,
  assignments: readonly AssignmentDetail[],
  month: string,
  params: Record<string, string | number> = {},
): BotError {
  if (assignments.length === 0) return new BotError('NOT_FOUND', 'physician.attendance.noAssignmentsThisMonth');
  return new BotError('NOT_FOUND', messageKey, { ...params, list: assignmentListText(ctx, assignments, month) });
}

/** Of several assignments at one clinic (e.g. two programs), the one covering today, else the first. */
function preferCovering(candidates: readonly AssignmentDetail[], today: string): AssignmentDetail | undefined {
  return candidates.find((a) => a.startDate <= today && today <= a.endDate) ?? candidates[0];
}

/** The distinct clinics of some assignments, each with its preferred assignment for today. */
function byClinic(assignments: readonly AssignmentDetail[], today: string): AssignmentDetail[] {
  const ids = [...new Set(assignments.map((a) => a.institutionId))];
  return ids.flatMap(
    (id) =>
      preferCovering(
        assignments.filter((a) => a.institutionId === id),
        today,
      ) ?? [],
  );
}

/** Assignments with a planned visit today, one per clinic. */
export function plannedToday(assignments: readonly AssignmentDetail[], today: string): AssignmentDetail[] {
  return byClinic(
    assignments.filter((a) => a.plannedDates.some((d) => d.date === today)),
    today,
  );
}

/**
 * The assignment at the clinic a physician named. The name is matched like everywhere else
 * (`findInstitutionByNameOrAlias`), then only the physician's own assignments count.
 * @throws BotError NOT_FOUND when the name matches none of them or more than one clinic.
 */
export async function assignmentByClinicName(
  ctx: Context,
  name: string,
  assignments: readonly AssignmentDetail[],
  today: string,
  month: string,
): Promise<AssignmentDetail> {
  const matches = new Set((await findInstitutionByNameOrAlias(ctx.db, name)).map((i) => i.id));
  const mine = byClinic(
    assignments.filter((a) => matches.has(a.institutionId)),
    today,
  );
  const [only] = mine;
  if (mine.length === 1 && only) return only;
  const key = mine.length === 0 ? 'physician.attendance.noAssignmentThere' : 'physician.attendance.ambiguousClinic';
  throw noSuchAssignment(ctx, key, assignments, month, { name });
}

/**
 * The assignment a check-in without a clinic name is for: today's planned visit, else the only clinic of
 * the month. With several candidates the physician is asked to name the clinic.
 * @throws BotError NOT_FOUND listing the assignments.
 */
export function assignmentForToday(
  ctx: Context,
  assignments: readonly AssignmentDetail[],
  today: string,
  month: string,
): AssignmentDetail {
  const planned = plannedToday(assignments, today);
  const candidates = planned.length > 0 ? planned : byClinic(assignments, today);
  const [only] = candidates;
  if (candidates.length === 1 && only) return only;
  throw noSuchAssignment(ctx, 'physician.attendance.nameTheClinic', assignments, month);
}

/**
 * The assignment a location check-in is for: today's planned clinic when there is exactly one, else the
 * nearest of the month's clinics with known coordinates (else the only clinic of the month).
 */
export function assignmentNear(
  ctx: Context,
  point: ReportedPoint,
  assignments: readonly AssignmentDetail[],
  today: string,
  month: string,
): AssignmentDetail {
  const planned = plannedToday(assignments, today);
  const [onlyPlanned] = planned;
  if (planned.length === 1 && onlyPlanned) return onlyPlanned;
  const candidates = planned.length > 0 ? planned : byClinic(assignments, today);
  const located = candidates.flatMap(({ institution }, index) => {
    const metres = distanceToClinicM(point, institution);
    return metres === null ? [] : [{ index, metres }];
  });
  const nearest = located.sort((a, b) => a.metres - b.metres)[0];
  const chosen = nearest ? candidates[nearest.index] : candidates.length === 1 ? candidates[0] : undefined;
  if (chosen) return chosen;
  throw noSuchAssignment(ctx, 'physician.attendance.nameTheClinic', assignments, month);
}
