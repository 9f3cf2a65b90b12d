import type { ServiceDay } from '../generated/sqlite/client.js';
import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { findInstitutionByNameOrAlias } from '../db/queries/institutions.js';
import { findProgramById } from '../db/queries/programs.js';
import { listServiceDaysOfPhysicianInMonth, type ServiceDayDetail } from '../db/queries/service-day-lists.js';
import { findServiceDayById, recordCheckOut } from '../db/queries/service-days.js';
import { attendanceMoment, localTime, type AttendanceMoment } from './attendance-moment.js';
import { checkPointFor, verificationText, type AttendanceWay } from './attendance-way.js';
import { distanceToClinicM, type ReportedPoint } from './geofence.js';
import { requirePhysician, type SpeakingPhysician } from './require-physician.js';

/** A check-out by location, by text (optionally naming the clinic), or by the receipt's button. */
export type CheckOutWay = AttendanceWay<{ serviceDayId: number }>;

/**
 * Checks the speaking physician out of today's service day (local date), or refuses: not checked in
 * today, already checked out (with the time), a button for someone else's day or a day that is over.
 * The check-out is verified like a check-in; a redelivered message is recorded once.
 */
export async function checkOut(ctx: Context, way: CheckOutWay): Promise<void> {
  const physician = requirePhysician(ctx, '/签退');
  const moment = attendanceMoment(ctx);
  const days = (await listServiceDaysOfPhysicianInMonth(ctx.db, physician.id, moment.month)).filter(
    (d) => d.serviceDate === moment.today,
  );
  const repeated = days.find((d) => d.checkOutSourceId === moment.sourceId);
  if (repeated) return replyCheckedOut(ctx, repeated, repeated.institution.name);
  const day = await chooseDay(ctx, physician, way, days, moment);
  if (day.checkOutAt) throw alreadyCheckedOut(ctx, day, day.checkOutAt);
  const program = await findProgramById(ctx.db, day.programId);
  const { day: saved, outcome } = await recordCheckOut(
    ctx.db,
    day.id,
    checkPointFor(way, day.institution, program, moment),
  );
  if (outcome === 'ALREADY_CHECKED_OUT' && saved.checkOutAt) throw alreadyCheckedOut(ctx, day, saved.checkOutAt);
  await replyCheckedOut(ctx, saved, day.institution.name);
}

async function chooseDay(
  ctx: Context,
  physician: SpeakingPhysician,
  way: CheckOutWay,
  days: ServiceDayDetail[],
  moment: AttendanceMoment,
): Promise<ServiceDayDetail> {
  if (way.method === 'CARD_BUTTON') return dayOfCard(ctx, physician, way.serviceDayId, days, moment);
  const candidates = way.method === 'TEXT' && way.clinicName ? await daysAtClinic(ctx, way.clinicName, days) : days;
  if (candidates.length === 0) throw new BotError('CONFLICT', 'physician.attendance.notCheckedInToday');
  const open = candidates.filter((d) => d.checkOutAt === null);
  const [latest] = [...candidates].sort((a, b) => (b.checkOutAt?.getTime() ?? 0) - (a.checkOutAt?.getTime() ?? 0));
  if (open.length === 0 && latest?.checkOutAt) throw alreadyCheckedOut(ctx, latest, latest.checkOutAt);
  const [only] = open;
  if (open.length === 1 && only) return only;
  const nearest = way.method === 'LOCATION' || way.method === 'DEVICE' ? nearestDay(way.location, open) : undefined;
  if (nearest) return nearest;
  throw new BotError('CONFLICT', 'physician.attendance.nameTheClinicToCheckOut', {
    list: open.map((d) => d.institution.name).join('、'),
  });
}

/** Today's days at the clinic a physician named; an unrecognised name matches none. */
async function daysAtClinic(ctx: Context, name: string, days: ServiceDayDetail[]): Promise<ServiceDayDetail[]> {
  const matches = new Set((await findInstitutionByNameOrAlias(ctx.db, name)).map((i) => i.id));
  return days.filter((d) => matches.has(d.institutionId));
}

/** Of some days, the one whose clinic is nearest a point (clinics without coordinates are skipped). */
export function nearestDay(point: ReportedPoint, days: ServiceDayDetail[]): ServiceDayDetail | undefined {
  const located = days.flatMap((day) => {
    const metres = distanceToClinicM(point, day.institution);
    return metres === null ? [] : [{ day, metres }];
  });
  return located.sort((a, b) => a.metres - b.metres)[0]?.day;
}

/** The day a 签退 button names, if it is the clicker's own and is today. */
async function dayOfCard(
  ctx: Context,
  physician: SpeakingPhysician,
  serviceDayId: number,
  days: ServiceDayDetail[],
  moment: AttendanceMoment,
): Promise<ServiceDayDetail> {
  const day = await findServiceDayById(ctx.db, serviceDayId);
  // A value naming someone else's day was not built by the bot for this person.
  if (!day || day.physicianId !== physician.id) throw new BotError('FORBIDDEN', 'physician.attendance.notYourDay');
  const today = days.find((d) => d.id === day.id);
  if (!today) {
    throw new BotError('CONFLICT', 'physician.attendance.dayIsOver', { date: day.serviceDate, today: moment.today });
  }
  return today;
}

function alreadyCheckedOut(ctx: Context, day: ServiceDayDetail, at: Date): BotError {
  return new BotError('CONFLICT', 'physician.attendance.alreadyCheckedOut', {
    clinic: day.institution.name,
    time: localTime(ctx, at),
  });
}

function replyCheckedOut(ctx: Context, day: ServiceDay, clinic: string): Promise<void> {
  if (!day.checkOutAt || !day.checkOutVerification) {
    throw new BotError('INTERNAL', 'core.internalError', { step: 'checkOut' });
  }
  return ctx.reply(
    ctx.t('physician.attendance.checkedOut', {
      clinic,
      checkIn: localTime(ctx, day.checkInAt),
      checkOut: localTime(ctx, day.checkOutAt),
      verification: verificationText(ctx.locale, {
        verification: day.checkOutVerification,
        distanceM: day.checkOutDistanceM,
        latitude: day.checkOutLatitude,
        method: day.checkOutMethod,
      }),
    }),
  );
}
