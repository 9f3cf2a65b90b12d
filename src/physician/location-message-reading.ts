import type { Program, ReadingVerdict } from '../generated/sqlite/client.js';
import type { Context } from '../core/context.js';
import {
  appendMessageReadingOnce,
  LOCATION_MESSAGE_SOURCE,
  type NewLocationReading,
} from '../db/queries/location-readings.js';
import type { AttendanceMoment } from './attendance-moment.js';
import type { AttendedDay } from './attended-day.js';
import type { ReportedLocation } from './attendance-way.js';
import { verifyLocation, type GeofencedPlace, type LocationVerdict } from './geofence.js';

/**
 * Appends a chat location message to `location_readings` as evidence of the day it acted on (checked in,
 * checked out or raised to 已核验 by the state model's transitions), once per message. Nothing is appended
 * when the message acted on no day, or when the act already stored it with the day (a new check-in).
 */
export async function appendLocationMessageReading(
  ctx: Context,
  location: ReportedLocation,
  attended: AttendedDay,
  moment: AttendanceMoment,
): Promise<void> {
  const { day } = attended;
  if (attended.evidenceStored) return;
  if (![day.checkInSourceId, day.checkOutSourceId, day.locationVerifiedSourceId].includes(moment.sourceId)) return;
  const purpose = day.checkOutSourceId === moment.sourceId ? 'CHECK_OUT' : 'CHECK_IN';
  await appendMessageReadingOnce(ctx.db, {
    ...locationMessageReading(location, { ...attended, physicianId: day.physicianId }, moment, purpose),
    serviceDayId: day.id,
  });
}

/**
 * A chat location message as a reading: recorded with no accuracy (a place picked on a map has none), no
 * coordinate system (the platform does not state one; it was judged in the clinic's, see geofence.ts) and
 * source LOCATION_MESSAGE, so it counts as 位置消息 and never as 设备定位核验.
 */
export function locationMessageReading(
  location: ReportedLocation,
  where: { physicianId: number; institution: GeofencedPlace & { id: number }; program: Program | null },
  moment: AttendanceMoment,
  purpose: 'CHECK_IN' | 'CHECK_OUT',
): Omit<NewLocationReading, 'serviceDayId'> & { sourceId: string } {
  const verdict = verifyLocation(location, where.institution, where.program);
  return {
    personId: where.physicianId,
    institutionId: where.institution.id,
    purpose,
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
  };
}

function readingVerdictOf(verdict: LocationVerdict): ReadingVerdict {
  if (verdict.distanceM === null) return 'CLINIC_UNPLACED';
  return verdict.verification === 'VERIFIED' ? 'WITHIN_FENCE' : 'OUTSIDE_FENCE';
}
