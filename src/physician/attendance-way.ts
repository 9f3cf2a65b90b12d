import type { CheckMethod } from '../generated/sqlite/client.js';
import type { CheckPoint } from '../db/queries/service-days.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import type { AttendanceMoment } from './attendance-moment.js';
import { verifyLocation, type GeofencedPlace, type ReportedPoint } from './geofence.js';

/** A reported location: a location message (system unstated), or a device reading (system stated). */
export interface ReportedLocation extends ReportedPoint {
  accuracyM?: number;
}

/**
 * How a physician checks in or out: where they are (a location message, or a DEVICE reading from the
 * check-in page, already judged inside the fence with its accuracy), what they typed, or which card they
 * clicked. The method is the evidence strength the record carries (src/physician/evidence.ts).
 */
export type AttendanceWay<CardValue> =
  | { method: 'LOCATION' | 'DEVICE'; location: ReportedLocation }
  | { method: 'TEXT'; clinicName?: string }
  | ({ method: 'CARD_BUTTON' } & CardValue);

/**
 * The check point to store: a location is verified against the clinic's geofence; typed and clicked
 * check points carry no location and stay unverified until the clinic head confirms the day.
 */
export function checkPointFor(
  way: { method: CheckMethod; location?: ReportedLocation },
  clinic: GeofencedPlace,
  program: { geofenceToleranceM: number } | null,
  moment: AttendanceMoment,
): CheckPoint {
  const base = {
    at: moment.at,
    sentAt: moment.sentAt,
    receivedAt: moment.receivedAt,
    late: moment.late,
    method: way.method,
    sourceId: moment.sourceId,
  };
  if (!way.location) return { ...base, verification: 'UNVERIFIED' };
  const verdict = verifyLocation(way.location, clinic, program);
  return {
    ...base,
    verification: verdict.verification,
    latitude: way.location.latitude,
    longitude: way.location.longitude,
    accuracyM: way.location.accuracyM ?? null,
    distanceM: verdict.distanceM,
  };
}

/**
 * `设备定位核验（距受援单位 120 米）` or `位置消息（…）` for a verified point whose method is known (the
 * strength, evidence.ts), else `已核验`; `未核验（距受援单位 820 米）`, `未核验（受援单位未登记位置）` (a location was sent but the clinic
 * has no coordinates) or `未核验（未发送位置）` for a stored check point.
 */
export function verificationText(
  locale: Locale,
  point: {
    verification: CheckPoint['verification'];
    distanceM?: number | null;
    latitude?: number | null;
    method?: CheckMethod | null;
  },
): string {
  if (point.verification === 'VERIFIED') {
    if (point.method !== 'DEVICE' && point.method !== 'LOCATION') return t(locale, 'physician.attendance.verified');
    return t(locale, point.method === 'DEVICE' ? 'checkinPage.verifiedDevice' : 'checkinPage.verifiedMessage', {
      distance: Math.round(point.distanceM ?? 0),
    });
  }
  const distance = point.distanceM;
  if (distance !== null && distance !== undefined) {
    return t(locale, 'physician.attendance.unverifiedAt', { distance: Math.round(distance) });
  }
  const located = point.latitude !== null && point.latitude !== undefined;
  return t(
    locale,
    located ? 'physician.attendance.unverifiedClinicUnplaced' : 'physician.attendance.unverifiedNoLocation',
  );
}
