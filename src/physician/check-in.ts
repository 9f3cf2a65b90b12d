import type { ServiceDay } from '../generated/sqlite/client.js';
import { checkInReceiptCard } from '../../cards/checkin-receipt.js';
import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { findAssignmentById } from '../db/queries/assignments.js';
import type { AssignmentDetail } from '../db/queries/assignment-views.js';
import { listAssignmentsForPhysicianInMonth } from '../db/queries/assignment-lists.js';
import { findProgramById } from '../db/queries/programs.js';
import { findServiceDay, insertCheckIn } from '../db/queries/service-days.js';
import type { ServiceDayDetail } from '../db/queries/service-day-views.js';
import { attendanceMoment, dayWord, localTime, type AttendanceMoment } from './attendance-moment.js';
import type { AttendedDay } from './attended-day.js';
import { checkPointFor, type AttendanceWay } from './attendance-way.js';
import { locationMessageReading } from './location-message-reading.js';
import { isWithinWindow } from './check-window.js';
import { assignmentByClinicName, assignmentForToday, assignmentNear, noSuchAssignment } from './clinic-choice.js';
import { requestClinicHeadConfirmation } from './confirmation-request.js';
import { requirePhysician, type SpeakingPhysician } from './require-physician.js';
import { formatInstant } from './visit-view.js';
import { nextState, PLANNED_DAY, stateOf } from '../records/service-day-state.js';

/** A check-in by location, by text (optionally naming the clinic), or by a card button naming the assignment. */
export type CheckInWay = AttendanceWay<{ assignmentId: number }>;

/**
 * Checks the speaking physician in at one of their clinics on the date the message was sent (local date,
 * see `src/records/record-moment.ts`), or refuses with the reason: not a physician, no assignment there
 * this month, already checked in there that day (the state model's CHECK_IN transition), outside the
 * program's check-in window. Replies with the receipt card and asks the clinic head to confirm the day.
 * A redelivered message finds its day and only repeats the receipt.
 * @param todaysDays the physician's days on the message's date, when the caller has just read them.
 * @returns the day checked in (or found again for a redelivery).
 */
export async function checkIn(
  ctx: Context,
  way: CheckInWay,
  todaysDays?: readonly ServiceDayDetail[],
): Promise<AttendedDay> {
  const physician = requirePhysician(ctx, '/签到');
  const moment = attendanceMoment(ctx);
  const assignments = await listAssignmentsForPhysicianInMonth(ctx.db, physician.id, moment.month);
  const assignment = await chooseAssignment(ctx, physician, way, assignments, moment);
  const existing = todaysDays
    ? (todaysDays.find((d) => d.institutionId === assignment.institutionId) ?? null)
    : await findServiceDay(ctx.db, physician.id, assignment.institutionId, moment.today);
  const program = await findProgramById(ctx.db, assignment.programId);
  const point = checkPointFor(way, assignment.institution, program, moment);
  const state = existing ? stateOf(existing, moment.handledDate) : PLANNED_DAY;
  const verified = point.verification === 'VERIFIED';
  const attended = (day: ServiceDay): AttendedDay => ({ day, institution: assignment.institution, program });
  if (existing || !nextState(state, { kind: 'CHECK_IN', verified, late: moment.late }).ok) {
    return attended(await repeatOrRefuse(ctx, existing, assignment, moment));
  }
  if (program && !isWithinWindow(moment.time, program.checkInWindowStart, program.checkInWindowEnd)) {
    throw new BotError('CONFLICT', 'physician.attendance.outsideWindow', {
      start: program.checkInWindowStart,
      end: program.checkInWindowEnd,
      time: moment.time,
    });
  }
  // A location message is the check-in's evidence: stored with the day, in its transaction.
  const evidence =
    way.method === 'LOCATION'
      ? locationMessageReading(
          way.location,
          { physicianId: physician.id, institution: assignment.institution, program },
          moment,
          'CHECK_IN',
        )
      : undefined;
  const result = await insertCheckIn(
    ctx.db,
    {
      ...point,
      programId: assignment.programId,
      assignmentId: assignment.id,
      physicianId: physician.id,
      institutionId: assignment.institutionId,
      serviceDate: moment.today,
    },
    evidence,
  );
  if (result.outcome !== 'CREATED') return attended(await repeatOrRefuse(ctx, result.day, assignment, moment));
  await replyReceipt(ctx, result.day, assignment, moment);
  await requestClinicHeadConfirmation(ctx, result.day, assignment.institution);
  return { ...attended(result.day), evidenceStored: evidence !== undefined };
}

async function chooseAssignment(
  ctx: Context,
  physician: SpeakingPhysician,
  way: CheckInWay,
  assignments: AssignmentDetail[],
  { today, month }: AttendanceMoment,
): Promise<AssignmentDetail> {
  if (way.method !== 'CARD_BUTTON' && assignments.length === 0) {
    throw new BotError('NOT_FOUND', 'physician.attendance.noAssignmentsThisMonth');
  }
  switch (way.method) {
    case 'LOCATION':
    case 'DEVICE':
      return assignmentNear(ctx, way.location, assignments, today, month);
    case 'TEXT':
      return way.clinicName
        ? assignmentByClinicName(ctx, way.clinicName, assignments, today, month)
        : assignmentForToday(ctx, assignments, today, month);
    case 'CARD_BUTTON':
      return assignmentOfCard(ctx, physician, way.assignmentId, assignments, month);
  }
}

/** The assignment a button names, if it is the clicker's own and runs this month. */
async function assignmentOfCard(
  ctx: Context,
  physician: SpeakingPhysician,
  assignmentId: number,
  assignments: AssignmentDetail[],
  month: string,
): Promise<AssignmentDetail> {
  const assignment = await findAssignmentById(ctx.db, assignmentId);
  // A value naming someone else's assignment was not built by the bot for this person.
  if (!assignment || assignment.physicianId !== physician.id) {
    throw new BotError('FORBIDDEN', 'physician.attendance.notYourAssignment');
  }
  const current = assignments.find((a) => a.id === assignment.id);
  if (!current) {
    throw noSuchAssignment(ctx, 'physician.attendance.noAssignmentThere', assignments, month, {
      name: assignment.institution.name,
    });
  }
  return current;
}

/** The same message again gets its receipt again; any other second check-in is refused with the time. */
async function repeatOrRefuse(
  ctx: Context,
  day: ServiceDay | null,
  assignment: AssignmentDetail,
  moment: AttendanceMoment,
): Promise<ServiceDay> {
  if (!day) throw new BotError('INTERNAL', 'core.internalError', { step: 'checkIn' });
  if (day.checkInSourceId === moment.sourceId) {
    await replyReceipt(ctx, day, assignment, moment);
    return day;
  }
  throw new BotError('CONFLICT', 'physician.attendance.alreadyCheckedIn', {
    day: dayWord(ctx, day.serviceDate, moment),
    clinic: assignment.institution.name,
    time: localTime(ctx, day.checkInAt),
  });
}

async function replyReceipt(
  ctx: Context,
  day: ServiceDay,
  assignment: AssignmentDetail,
  moment: AttendanceMoment,
): Promise<void> {
  const state = stateOf(day, moment.handledDate);
  const pageLinks = await receiptPageLinks(ctx, day);
  return ctx.replyCard(
    checkInReceiptCard(ctx.locale, {
      serviceDayId: day.id,
      clinic: assignment.institution.name,
      serviceDate: day.serviceDate,
      time: localTime(ctx, day.checkInAt),
      verification: state.verification,
      distanceM: day.checkInDistanceM,
      latitude: day.checkInLatitude,
      confirmation: state.confirmation,
      notToday: day.serviceDate !== moment.handledDate,
      ...(day.checkInLate && day.checkInSentAt ? { lateSentAt: formatInstant(day.checkInSentAt, ctx.timeZone) } : {}),
      ...(ctx.receivesLocations === false ? { locationPossible: false } : {}),
      method: day.checkInMethod,
      ...(pageLinks ? { pageLinks } : {}),
    }),
  );
}

/**
 * The check-in page's links for a receipt (fresh, 15 minutes): 定位核验 unless the check-in already is
 * 设备定位核验 — a text or location-message check-in is raised by it — and 定位签退.
 */
async function receiptPageLinks(
  ctx: Context,
  day: ServiceDay,
): Promise<{ verify?: string; checkOut?: string } | undefined> {
  if (!ctx.checkinLink) return undefined;
  const device = day.checkInMethod === 'DEVICE' && day.checkInVerification === 'VERIFIED';
  const verify = device ? undefined : await ctx.checkinLink(day.physicianId, 'CHECK_IN');
  const checkOut = day.checkOutAt ? undefined : await ctx.checkinLink(day.physicianId, 'CHECK_OUT');
  return { ...(verify ? { verify } : {}), ...(checkOut ? { checkOut } : {}) };
}
