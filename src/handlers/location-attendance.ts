import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import type { BodyOf, EventHandlerDefinition } from '../core/handler-definitions.js';
import { listServiceDaysOfPhysicianInMonth } from '../db/queries/service-day-lists.js';
import { attendanceMoment, localTime } from '../physician/attendance-moment.js';
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
    const open = await openDayToday(ctx, physician.id);
    if (!open) return checkIn(ctx, { method: 'LOCATION', location });
    // A second location soon after checking in is far more often a double send than a departure.
    const minutesIn = (ctx.now().getTime() - open.checkInAt.getTime()) / 60_000;
    if (minutesIn < MIN_STAY_BEFORE_LOCATION_CHECK_OUT_MIN) {
      throw new BotError('CONFLICT', 'physician.attendance.locationTooSoon', {
        time: localTime(ctx, open.checkInAt),
        minutes: Math.ceil(MIN_STAY_BEFORE_LOCATION_CHECK_OUT_MIN - minutesIn),
      });
    }
    return checkOut(ctx, { method: 'LOCATION', location });
  },
};

/** Minutes after a check-in during which a location message does not check the physician out. */
export const MIN_STAY_BEFORE_LOCATION_CHECK_OUT_MIN = 30;

function reportedLocation(body: BodyOf<'location'>): ReportedLocation {
  const { latitude, longitude, accuracyM } = body;
  if (latitude === undefined || longitude === undefined || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    throw new BotError('BAD_ARGUMENTS', 'physician.attendance.noCoordinates');
  }
  return { latitude, longitude, ...(accuracyM === undefined ? {} : { accuracyM }) };
}

/**
 * The physician's day today with a check-in and no check-out yet (local date), if any — none when this
 * very message was that check-in, redelivered, which must find its check-in again instead of checking
 * out.
 */
async function openDayToday(ctx: Context, physicianId: number): Promise<{ checkInAt: Date } | undefined> {
  const { today, month, sourceId } = attendanceMoment(ctx);
  const days = (await listServiceDaysOfPhysicianInMonth(ctx.db, physicianId, month)).filter(
    (d) => d.serviceDate === today,
  );
  if (days.some((d) => d.checkInSourceId === sourceId)) return undefined;
  return days.find((d) => d.checkOutAt === null);
}
