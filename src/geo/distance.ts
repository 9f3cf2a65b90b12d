/** Distances on the earth's surface, shared by check-in geofencing and the demo data generator. */

/** Mean earth radius in metres (the sphere haversine assumes). */
export const EARTH_RADIUS_M = 6_371_000;

/** Degrees to radians. */
export const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** A point in WGS-84 degrees. */
export interface LatLon {
  latitude: number;
  longitude: number;
}

/** Great-circle distance between two points, in metres (haversine). */
export function distanceMetres(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}
