import type { ServiceDay } from '../generated/sqlite/client.js';
import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { answeringRefusals } from '../core/query-refusals.js';
import { findInstitutionByNameOrAlias } from '../db/queries/institutions.js';
import { findProgramById } from '../db/queries/programs.js';
import { listServiceDaysOfPhysicianOn, type ServiceDayDetail } from '../db/queries/service-day-lists.js';
import { findServiceDayById, recordCheckOut } from '../db/queries/service-days.js';
import { attendanceMoment, dayWord, localTime, type AttendanceMoment } from './attendance-moment.js';
import { attendedDayOf, type AttendedDay } from './attended-day.js';
import { checkPointFor, verificationText, type AttendanceWay } from './attendance-way.js';
import { distanceToClinicM, type ReportedPoint } from './geofence.js';
import { requirePhysician, type SpeakingPhysician } from './require-physician.js';
import { upgradeVerification } from './verification-upgrade.js';
import { formatInstant } from './visit-view.js';
import { shortDayCard, type ShortDayView } from '../../cards/short-day.js';
import { recordSettings } from '../records/record-settings.js';
import { isVerified, nextState, stateOf, type DayEvent } from '../records/service-day-state.js';

/**
 * A check-out by location, by text (optionally naming the clinic), or by a button: the receipt's, or
 * 确认签退 on the short-day question (`confirmedShort`).
 */
export type CheckOutWay = AttendanceWay<{ serviceDayId: number; confirmedShort?: boolean }>;

/**
 * Checks the speaking physician out of the service day of the date the message was sent (local date),
 * or refuses: not checked in that day, already checked out (with the time), a button for someone else's
 * day or a day that is over. A check-out sooner than the program's minimum day is asked about once
 * (a card with 确认签退) and, when confirmed, marked 时长不足. Verification only goes up: a check-out
 * without a location keeps the check-in's. A redelivered message is recorded once.
 * @param todaysDays the physician's days on the message's date, when the caller has just read them.
 * @returns the day checked out (or found again for a redelivery), or the day a location raised to 已核验
 *   while the short-day question is asked; undefined when the question is asked and nothing was stored.
 */
export async function checkOut(
  ctx: Context,
  way: CheckOutWay,
  todaysDays?: readonly ServiceDayDetail[],
): Promise<AttendedDay | undefined> {
  const physician = requirePhysician(ctx, '/签退');
  const moment = attendanceMoment(ctx);
  const days = todaysDays ? [...todaysDays] : await listServiceDaysOfPhysicianOn(ctx.db, physician.id, moment.today);
  const repeated = days.find((d) => d.checkOutSourceId === moment.sourceId);
  if (repeated) {
    await replyCheckedOut(ctx, repeated, repeated.institution.name, moment);
    return attendedDayOf(ctx.db, repeated);
  }
  const day = await chooseDay(ctx, physician, way, days, moment);
  const program = await findProgramById(ctx.db, day.programId);
  const point = checkPointFor(way, day.institution, program, moment);
  const minutes = Math.floor((point.at.getTime() - day.checkInAt.getTime()) / 60_000);
  const { minServiceHours: minHours } = recordSettings(program);
  const short = minutes < minHours * 60;
  const verified = point.verification === 'VERIFIED';
  const event: DayEvent = { kind: 'CHECK_OUT', verified, late: moment.late, short };
  const transition = nextState(stateOf(day, moment.today), event);
  if (!transition.ok) {
    if (day.checkOutAt) throw alreadyCheckedOut(ctx, day, day.checkOutAt, moment);
    throw new BotError('CONFLICT', 'physician.attendance.notCheckedInToday');
  }
  if (short && !(way.method === 'CARD_BUTTON' && way.confirmedShort)) {
    // Nothing is checked out yet, but a location inside the fence is kept as the day's verification.
    const upgraded =
      way.method === 'LOCATION' || way.method === 'DEVICE'
        ? await upgradeVerification(ctx, day, way.location, moment)
        : undefined;
    await askShortDay(ctx, day, minutes, minHours);
    return upgraded;
  }
  const { day: saved, outcome } = await answeringRefusals(
    recordCheckOut(ctx.db, day.id, { ...point, shortDay: short }),
  );
  if (outcome === 'ALREADY_CHECKED_OUT' && saved.checkOutAt)
    throw alreadyCheckedOut(ctx, day, saved.checkOutAt, moment);
  if (short && way.method === 'CARD_BUTTON' && way.confirmedShort) {
    await ctx.updateCard(shortDayCard(ctx.locale, { ...shortDayView(ctx, day, minutes, minHours), decided: true }));
  }
  await replyCheckedOut(ctx, saved, day.institution.name, moment);
  return { day: saved, institution: day.institution, program };
}

/** Asks once, on a card, before recording a day shorter than the program's minimum. Nothing is stored. */
function askShortDay(ctx: Context, day: ServiceDayDetail, minutes: number, minHours: number): Promise<void> {
  return ctx.replyCard(shortDayCard(ctx.locale, shortDayView(ctx, day, minutes, minHours)));
}

function shortDayView(ctx: Context, day: ServiceDayDetail, minutes: number, minHours: number): ShortDayView {
  return {
    serviceDayId: day.id,
    clinic: day.institution.name,
    serviceDate: day.serviceDate,
    checkIn: localTime(ctx, day.checkInAt),
    minutes: Math.max(minutes, 0),
    minHours,
  };
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
  if (open.length === 0 && latest?.checkOutAt) throw alreadyCheckedOut(ctx, latest, latest.checkOutAt, moment);
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

function alreadyCheckedOut(ctx: Context, day: ServiceDayDetail, at: Date, moment: AttendanceMoment): BotError {
  return new BotError('CONFLICT', 'physician.attendance.alreadyCheckedOut', {
    day: dayWord(ctx, day.serviceDate, moment),
    clinic: day.institution.name,
    time: localTime(ctx, at),
  });
}

/**
 * `已在…签退：09:00–17:00，定位：已核验。` The day's verification (the highest of its check points), the
 * date when it is not the day the message was handled, and the marks 时长不足 / 延迟记录 when they apply.
 */
function replyCheckedOut(ctx: Context, day: ServiceDay, clinic: string, moment: AttendanceMoment): Promise<void> {
  if (!day.checkOutAt || !day.checkOutVerification) {
    throw new BotError('INTERNAL', 'core.internalError', { step: 'checkOut' });
  }
  const checkOutPoint = {
    verification: day.checkOutVerification,
    distanceM: day.checkOutDistanceM,
    latitude: day.checkOutLatitude,
    method: day.checkOutMethod,
  };
  // The check-out's own point names its strength; a day verified otherwise says 已核验 (only goes up).
  const point =
    day.checkOutVerification === 'VERIFIED' || !isVerified(day) ? checkOutPoint : { verification: 'VERIFIED' as const };
  const lines = [
    ctx.t('physician.attendance.checkedOut', {
      clinic,
      checkIn: localTime(ctx, day.checkInAt),
      checkOut: localTime(ctx, day.checkOutAt),
      verification: verificationText(ctx.locale, point),
    }),
    ...(day.serviceDate === moment.handledDate
      ? []
      : [ctx.t('physician.attendance.recordedForDate', { date: day.serviceDate })]),
    ...(day.shortDay ? [ctx.t('physician.attendance.shortDayMarked')] : []),
    ...(day.checkOutLate && day.checkOutSentAt
      ? [
          ctx.t('physician.attendance.recordedLate', {
            sentAt: formatInstant(day.checkOutSentAt, ctx.timeZone),
            date: day.serviceDate,
          }),
        ]
      : []),
  ];
  return ctx.reply(lines.join('\n'));
}
