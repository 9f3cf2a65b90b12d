import type { Verification } from '../generated/sqlite/client.js';
import { toSystem, type CoordinateSystem } from '../geo/coordinates.js';
import { distanceMetres, type LatLon } from '../geo/distance.js';

/** The geofence radius when neither the clinic nor the program sets one (program rule default). */
export const DEFAULT_GEOFENCE_M = 500;

/** What geofencing needs of a clinic. */
export interface GeofencedPlace {
  latitude: number | null;
  longitude: number | null;
  geofenceRadiusM: number | null;
  /** The system of the clinic's coordinates; absent is taken as WGS-84 (the column's default). */
  coordinateSystem?: CoordinateSystem;
}

/** A reported point; `system` absent means "as the clinic's" (chat location messages do not say theirs). */
export interface ReportedPoint extends LatLon {
  system?: CoordinateSystem;
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

/** Metres from a reported point to a clinic's coordinates, compared in the clinic's system; null when unplaced. */
export function distanceToClinicM(
  point: ReportedPoint,
  clinic: Omit<GeofencedPlace, 'geofenceRadiusM'>,
): number | null {
  if (clinic.latitude === null || clinic.longitude === null) return null;
  const clinicSystem = clinic.coordinateSystem ?? 'WGS84';
  const same = toSystem({ ...point, system: point.system ?? clinicSystem }, clinicSystem);
  return distanceMetres(same, { latitude: clinic.latitude, longitude: clinic.longitude });
}

/**
 * Verifies a reported location against a clinic, after bringing the point into the clinic's coordinate
 * system (a GCJ-02 reading compared raw with WGS-84 coordinates is off by the obfuscation, 500–600 m
 * around 漳平). Distances are compared in whole metres — phones report about six decimals (±0.1 m), so a
 * point "at" the boundary counts as inside rather than flickering.
 */
export function verifyLocation(
  point: ReportedPoint,
  clinic: GeofencedPlace,
  program: { geofenceToleranceM: number } | null,
): LocationVerdict {
  const radiusM = geofenceRadiusM(clinic, program);
  const exact = distanceToClinicM(point, clinic);
  if (exact === null) return { verification: 'UNVERIFIED', distanceM: null, radiusM };
  const distanceM = Math.round(exact);
  return { verification: distanceM <= radiusM ? 'VERIFIED' : 'UNVERIFIED', distanceM, radiusM };
}
