/** Just enough geometry to place demo check-ins around a clinic. */

const EARTH_RADIUS_M = 6_371_000;
const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** A point in WGS-84 degrees. */
export interface LatLon {
  latitude: number;
  longitude: number;
}

/** Great-circle distance between two points, in metres (haversine). */
export function distanceMetres(a: LatLon, b: LatLon): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** The point `metres` away from `from` in direction `bearingDeg` (0 = north), rounded to 6 decimals as phones report. */
export function offsetPoint(from: LatLon, metres: number, bearingDeg: number): LatLon {
  const d = metres / EARTH_RADIUS_M;
  const b = rad(bearingDeg);
  const lat1 = rad(from.latitude);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 =
    rad(from.longitude) +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { latitude: round(deg(lat2)), longitude: round(deg(lon2)) };
}
