import type { Institution, Program } from '../generated/sqlite/client.js';
import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { listAssignmentsForPhysicianInMonth } from '../db/queries/assignment-lists.js';
import { findProgramById } from '../db/queries/programs.js';
import { listServiceDaysOfPhysicianInMonth, type ServiceDayDetail } from '../db/queries/service-day-lists.js';
import { attendanceMoment } from '../physician/attendance-moment.js';
import { assignmentNear } from '../physician/clinic-choice.js';
import { nearestDay } from '../physician/check-out.js';
import type { ReportedPoint } from '../physician/geofence.js';
import { spotCheckTarget } from '../spot-check/spot-check-target.js';
import type { LinkClaims } from './link-token.js';

/** The clinic a reading is judged against, and today's day there if there is one. */
export interface ReadingTarget {
  clinic: Institution;
  program: Program | null;
  day: ServiceDayDetail | undefined;
}

/**
 * For a spot check: the sampled visit's clinic, no day (an inspector's reading is no one's service day).
 * For a check-in: the clinic the chat flow would choose for this point (today's planned clinic, else
 * the nearest of the month's); for a check-out: today's open day, the nearest when there are several.
 * Refuses like the chat flows (no assignment this month, not checked in today).
 */
export async function readingTarget(
  ctx: Context,
  { purpose, spotCheckKey }: LinkClaims,
  point: ReportedPoint,
): Promise<ReadingTarget> {
  if (purpose === 'SPOT_CHECK') {
    const { clinic, program } = await spotCheckTarget(ctx, spotCheckKey ?? '');
    return { clinic, program, day: undefined };
  }
  const physicianId = ctx.actor.person?.id;
  if (physicianId === undefined) throw new BotError('FORBIDDEN', 'checkinPage.linkInvalid');
  const moment = attendanceMoment(ctx);
  const today = (await listServiceDaysOfPhysicianInMonth(ctx.db, physicianId, moment.month)).filter(
    (d) => d.serviceDate === moment.today,
  );
  if (purpose === 'CHECK_OUT') {
    const open = today.filter((d) => d.checkOutAt === null);
    const day = nearestDay(point, open) ?? open[0];
    if (!day) throw new BotError('CONFLICT', 'physician.attendance.notCheckedInToday');
    return { clinic: day.institution, program: await findProgramById(ctx.db, day.programId), day };
  }
  const assignments = await listAssignmentsForPhysicianInMonth(ctx.db, physicianId, moment.month);
  if (assignments.length === 0) throw new BotError('NOT_FOUND', 'physician.attendance.noAssignmentsThisMonth');
  const assignment = assignmentNear(ctx, point, assignments, moment.today, moment.month);
  return {
    clinic: assignment.institution,
    program: await findProgramById(ctx.db, assignment.programId),
    day: today.find((d) => d.institutionId === assignment.institutionId),
  };
}
