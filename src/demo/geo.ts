/** Just enough geometry to place demo check-ins around a clinic. */
import { EARTH_RADIUS_M, toRadians as rad, type LatLon } from '../geo/distance.js';

const deg = (r: number) => (r * 180) / Math.PI;

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
