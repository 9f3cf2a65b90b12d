import type { Verification } from '../generated/sqlite/client.js';
import { distanceMetres, type LatLon } from '../geo/distance.js';

/** The geofence radius when neither the clinic nor the program sets one (program rule default). */
export const DEFAULT_GEOFENCE_M = 500;

/** What geofencing needs of a clinic. */
export interface GeofencedPlace {
  latitude: number | null;
  longitude: number | null;
  geofenceRadiusM: number | null;
}

/** A location checked against a clinic: whether it is verified and how far away it was, in whole metres. */
export interface LocationVerdict {
  verification: Verification;
  /** Null when the clinic has no recorded coordinates (then nothing can be verified). */
  distanceM: number | null;
  radiusM: number;
}

/** The clinic's own radius, else the program's tolerance, else {@link DEFAULT_GEOFENCE_M}. */
export function geofenceRadiusM(clinic: GeofencedPlace, program: { geofenceToleranceM: number } | null): number {
  return clinic.geofenceRadiusM ?? program?.geofenceToleranceM ?? DEFAULT_GEOFENCE_M;
}

/**
 * Verifies a reported location against a clinic. Distances are compared in whole metres — phones report
 * about six decimals (±0.1 m), so a point "at" the boundary counts as inside rather than flickering.
 */
export function verifyLocation(
  point: LatLon,
  clinic: GeofencedPlace,
  program: { geofenceToleranceM: number } | null,
): LocationVerdict {
  const radiusM = geofenceRadiusM(clinic, program);
  if (clinic.latitude === null || clinic.longitude === null) {
    return { verification: 'UNVERIFIED', distanceM: null, radiusM };
  }
  const distanceM = Math.round(distanceMetres(point, { latitude: clinic.latitude, longitude: clinic.longitude }));
  return { verification: distanceM <= radiusM ? 'VERIFIED' : 'UNVERIFIED', distanceM, radiusM };
}
