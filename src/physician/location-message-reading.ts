import type { ReadingVerdict } from '../generated/sqlite/client.js';
import type { Context } from '../core/context.js';
import { appendMessageReadingOnce, LOCATION_MESSAGE_SOURCE } from '../db/queries/location-readings.js';
import type { AttendanceMoment } from './attendance-moment.js';
import type { AttendedDay } from './attended-day.js';
import type { ReportedLocation } from './attendance-way.js';
import { verifyLocation, type LocationVerdict } from './geofence.js';

/**
 * Appends a chat location message to `location_readings` as evidence of the day it acted on (checked in,
 * checked out or raised to 已核验 by the state model's transitions), once per message. It is recorded with
 * no accuracy (a place picked on a map has none), no coordinate system (the platform does not state one;
 * it was judged in the clinic's, see geofence.ts) and source LOCATION_MESSAGE, so it counts as 位置消息 and
 * never as 设备定位核验. Nothing is appended when the message acted on no day.
 */
export async function appendLocationMessageReading(
  ctx: Context,
  location: ReportedLocation,
  { day, institution, program }: AttendedDay,
  moment: AttendanceMoment,
): Promise<void> {
  if (![day.checkInSourceId, day.checkOutSourceId, day.locationVerifiedSourceId].includes(moment.sourceId)) return;
  const verdict = verifyLocation(location, institution, program);
  await appendMessageReadingOnce(ctx.db, {
    personId: day.physicianId,
    institutionId: day.institutionId,
    serviceDayId: day.id,
    purpose: day.checkOutSourceId === moment.sourceId ? 'CHECK_OUT' : 'CHECK_IN',
    source: LOCATION_MESSAGE_SOURCE,
    latitude: location.latitude,
    longitude: location.longitude,
    accuracyM: null,
    coordinateSystem: location.system ?? null,
    deviceTime: null,
    receivedAt: moment.receivedAt,
    distanceM: verdict.distanceM,
    radiusM: verdict.radiusM,
    verdict: readingVerdictOf(verdict),
    linkId: null,
    sourceId: moment.sourceId,
  });
}

function readingVerdictOf(verdict: LocationVerdict): ReadingVerdict {
  if (verdict.distanceM === null) return 'CLINIC_UNPLACED';
  return verdict.verification === 'VERIFIED' ? 'WITHIN_FENCE' : 'OUTSIDE_FENCE';
}
