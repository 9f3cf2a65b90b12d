import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import type { BodyOf, EventHandlerDefinition } from '../core/handler-definitions.js';
import { listServiceDaysOfPhysicianInMonth } from '../db/queries/service-day-lists.js';
import { attendanceMoment } from '../physician/attendance-moment.js';
import type { ReportedLocation } from '../physician/attendance-way.js';
import { checkIn } from '../physician/check-in.js';
import { checkOut } from '../physician/check-out.js';
import { requirePhysician } from '../physician/require-physician.js';

/**
 * A physician's location message: a check-in at the clinic, or — once every one of today's days there
 * has a check-in but no check-out — the check-out. A location without coordinates is refused politely
 * and nothing is stored.
 */
export const locationAttendance: EventHandlerDefinition<'location'> = {
  name: 'location-attendance',
  audience: ['PHYSICIAN'],
  async run(ctx, body) {
    const location = reportedLocation(body);
    const physician = requirePhysician(ctx, '/签到');
    return (await hasOpenDayToday(ctx, physician.id))
      ? checkOut(ctx, { method: 'LOCATION', location })
      : checkIn(ctx, { method: 'LOCATION', location });
  },
};

function reportedLocation(body: BodyOf<'location'>): ReportedLocation {
  const { latitude, longitude, accuracyM } = body;
  if (latitude === undefined || longitude === undefined || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    throw new BotError('BAD_ARGUMENTS', 'physician.attendance.noCoordinates');
  }
  return { latitude, longitude, ...(accuracyM === undefined ? {} : { accuracyM }) };
}

/**
 * Whether the physician checked in today and has not checked out yet (local date) — unless this very
 * message was that check-in, redelivered, which must find its check-in again instead of checking out.
 */
async function hasOpenDayToday(ctx: Context, physicianId: number): Promise<boolean> {
  const { today, month, sourceId } = attendanceMoment(ctx);
  const days = (await listServiceDaysOfPhysicianInMonth(ctx.db, physicianId, month)).filter(
    (d) => d.serviceDate === today,
  );
  if (days.some((d) => d.checkInSourceId === sourceId)) return false;
  return days.some((d) => d.checkOutAt === null);
}
