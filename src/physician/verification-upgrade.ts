import type { ServiceDay } from '../generated/sqlite/client.js';
import type { Context } from '../core/context.js';
import { answeringRefusals } from '../core/query-refusals.js';
import { findProgramById } from '../db/queries/programs.js';
import { recordLocationVerification, type UpgradeOutcome } from '../db/queries/service-days.js';
import type { ServiceDayDetail } from '../db/queries/service-day-views.js';
import { isVerified, nextState, stateOf } from '../records/service-day-state.js';
import type { AttendanceMoment } from './attendance-moment.js';
import type { AttendedDay } from './attended-day.js';
import type { ReportedLocation } from './attendance-way.js';
import { verifyLocation } from './geofence.js';

/**
 * A location inside the clinic's fence on an unverified day upgrades it to 已核验 (the state model's
 * LOCATION_VERIFIED transition; verification only goes up). Returns what happened and the day as stored
 * after it, or undefined when the location does not verify this day (outside the fence, the clinic
 * unplaced, or the day verified already).
 */
export async function upgradeVerification(
  ctx: Context,
  day: ServiceDayDetail,
  location: ReportedLocation,
  moment: AttendanceMoment,
): Promise<(AttendedDay & { outcome: UpgradeOutcome }) | undefined> {
  if (isVerified(day) || !nextState(stateOf(day, moment.today), { kind: 'LOCATION_VERIFIED' }).ok) return undefined;
  const program = await findProgramById(ctx.db, day.programId);
  const verdict = verifyLocation(location, day.institution, program);
  if (verdict.verification !== 'VERIFIED') return undefined;
  const { day: upgraded, outcome } = await answeringRefusals(
    recordLocationVerification(ctx.db, day.id, {
      at: moment.at,
      sourceId: moment.sourceId,
      latitude: location.latitude,
      longitude: location.longitude,
      distanceM: verdict.distanceM,
    }),
  );
  return { day: upgraded, institution: day.institution, program, outcome };
}

/** `已升级为已核验` for the physician, naming the clinic, the check-in time and the distance. */
export function upgradedText(
  ctx: Context,
  day: Pick<ServiceDay, 'locationVerifiedDistanceM'>,
  clinic: string,
  checkIn: string,
): string {
  return ctx.t('physician.attendance.upgraded', {
    clinic,
    time: checkIn,
    distance: Math.round(day.locationVerifiedDistanceM ?? 0),
  });
}
