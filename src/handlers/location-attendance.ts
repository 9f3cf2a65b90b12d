import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import type { BodyOf, EventHandlerDefinition } from '../core/handler-definitions.js';
import { listServiceDaysOfPhysicianOn, type ServiceDayDetail } from '../db/queries/service-day-lists.js';
import { attendedDayOf, type AttendedDay } from '../physician/attended-day.js';
import { attendanceMoment, dayWord, localTime, type AttendanceMoment } from '../physician/attendance-moment.js';
import type { ReportedLocation } from '../physician/attendance-way.js';
import { checkIn } from '../physician/check-in.js';
import { checkOut } from '../physician/check-out.js';
import { appendLocationMessageReading } from '../physician/location-message-reading.js';
import { requirePhysician } from '../physician/require-physician.js';
import { upgradedText, upgradeVerification } from '../physician/verification-upgrade.js';

/**
 * A physician's location message: a check-in at the clinic; soon after an unverified check-in, inside
 * the fence, the upgrade of that day to 已核验 (said so); soon after a verified one, nothing (a double
 * send, not a departure); later, the check-out. The message is then appended to the day's readings
 * (位置消息 evidence, see location-message-reading.ts). A location without coordinates is refused politely
 * and nothing is stored.
 */
export const locationAttendance: EventHandlerDefinition<'location'> = {
  name: 'location-attendance',
  audience: ['PHYSICIAN'],
  async run(ctx, body) {
    const location = reportedLocation(body);
    const physician = requirePhysician(ctx, '/签到');
    const moment = attendanceMoment(ctx);
    const attended = await attend(ctx, location, await daysOf(ctx, physician.id, moment), moment);
    if (attended) await appendLocationMessageReading(ctx, location, attended, moment);
  },
};

/** Acts on the location with the physician's days of that date; returns the day it acted on, if any. */
async function attend(
  ctx: Context,
  location: ReportedLocation,
  days: readonly ServiceDayDetail[],
  moment: AttendanceMoment,
): Promise<AttendedDay | undefined> {
  const upgraded = days.find((d) => d.locationVerifiedSourceId === moment.sourceId);
  if (upgraded) {
    await ctx.reply(upgradedText(ctx, upgraded, upgraded.institution.name, localTime(ctx, upgraded.checkInAt)));
    return attendedDayOf(ctx.db, upgraded);
  }
  const open = openDay(days, moment);
  if (!open) return checkIn(ctx, { method: 'LOCATION', location }, days);
  // A second location soon after checking in is far more often a double send than a departure.
  const minutesIn = (moment.at.getTime() - open.checkInAt.getTime()) / 60_000;
  if (minutesIn >= MIN_STAY_BEFORE_LOCATION_CHECK_OUT_MIN) return checkOut(ctx, { method: 'LOCATION', location }, days);
  const verified = await upgradeVerification(ctx, open, location, moment);
  if (verified) {
    await ctx.reply(upgradedText(ctx, verified.day, open.institution.name, localTime(ctx, verified.day.checkInAt)));
    return verified;
  }
  throw new BotError('CONFLICT', 'physician.attendance.locationTooSoon', {
    day: dayWord(ctx, open.serviceDate, moment),
    time: localTime(ctx, open.checkInAt),
    minutes: Math.ceil(MIN_STAY_BEFORE_LOCATION_CHECK_OUT_MIN - minutesIn),
  });
}

/** Minutes after a check-in during which a location message does not check the physician out. */
export const MIN_STAY_BEFORE_LOCATION_CHECK_OUT_MIN = 30;

function reportedLocation(body: BodyOf<'location'>): ReportedLocation {
  const { latitude, longitude, accuracyM } = body;
  if (latitude === undefined || longitude === undefined || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    throw new BotError('BAD_ARGUMENTS', 'physician.attendance.noCoordinates');
  }
  return { latitude, longitude, ...(accuracyM === undefined ? {} : { accuracyM }) };
}

/** The physician's days on the date the message was sent. */
function daysOf(ctx: Context, physicianId: number, moment: AttendanceMoment): Promise<ServiceDayDetail[]> {
  return listServiceDaysOfPhysicianOn(ctx.db, physicianId, moment.today);
}

/**
 * The day with a check-in and no check-out yet, if any — none when this very message was that
 * check-in, redelivered, which must find its check-in again instead of checking out.
 */
function openDay(days: readonly ServiceDayDetail[], moment: AttendanceMoment): ServiceDayDetail | undefined {
  if (days.some((d) => d.checkInSourceId === moment.sourceId)) return undefined;
  return days.find((d) => d.checkOutAt === null);
}
