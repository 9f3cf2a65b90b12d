import type { ReadingVerdict } from '../generated/sqlite/client.js';
import type { CoordinateSystem } from '../geo/coordinates.js';
import { geofenceRadiusM, verifyLocation, type GeofencedPlace } from '../physician/geofence.js';

/** One position reading as the page sends it (the server decides what it is worth). */
export interface DeviceReading {
  latitude: number;
  longitude: number;
  /** Radius of the 68 % circle the device reports, in metres. */
  accuracyM: number;
  system: CoordinateSystem;
  /** FEISHU_JSAPI, DINGTALK_JSAPI or BROWSER. */
  source: ReadingSource;
  /** The device's clock, as evidence only. */
  deviceTime: Date | null;
}

/** Which API produced a reading. */
export type ReadingSource = 'FEISHU_JSAPI' | 'DINGTALK_JSAPI' | 'BROWSER';

/** The server's judgement of a reading against one clinic. */
export interface ReadingJudgement {
  verdict: ReadingVerdict;
  /** Whole metres from the clinic, in the clinic's system; null when the clinic has no coordinates. */
  distanceM: number | null;
  radiusM: number;
}

/**
 * WITHIN_FENCE (设备定位核验) needs the point inside the fence AND an accuracy circle no larger than the
 * fence; a circle larger than the fence is POOR_ACCURACY (精度不足) wherever its centre falls, because
 * such a reading cannot tell inside from outside.
 */
export function judgeReading(
  reading: DeviceReading,
  clinic: GeofencedPlace,
  program: { geofenceToleranceM: number } | null,
): ReadingJudgement {
  const radiusM = geofenceRadiusM(clinic, program);
  const { distanceM } = verifyLocation(reading, clinic, program);
  if (distanceM === null) return { verdict: 'CLINIC_UNPLACED', distanceM, radiusM };
  if (reading.accuracyM > radiusM) return { verdict: 'POOR_ACCURACY', distanceM, radiusM };
  return { verdict: distanceM <= radiusM ? 'WITHIN_FENCE' : 'OUTSIDE_FENCE', distanceM, radiusM };
}
