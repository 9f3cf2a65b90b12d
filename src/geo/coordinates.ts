/**
 * Coordinate systems. GPS and the W3C geolocation API give WGS-84; Chinese map data (AutoNavi/高德,
 * Tencent) and several platform APIs give GCJ-02, WGS-84 shifted by a published obfuscation of a few
 * hundred metres — the size of a geofence. Every stored point says its system, and points are compared
 * only after {@link toSystem} has brought them into one.
 */

/** The systems a stored point may be in (the `CoordinateSystem` enum). */
export type CoordinateSystem = 'WGS84' | 'GCJ02';

/** A point in degrees, with the system it is in. */
export interface SystemPoint {
  latitude: number;
  longitude: number;
  system: CoordinateSystem;
}

// Krasovsky 1940 ellipsoid, as the GCJ-02 algorithm uses it.
const A = 6_378_245.0;
const EE = 0.006_693_421_622_965_943;

/** GCJ-02 is defined for mainland China only; outside this box it equals WGS-84. */
function outsideChina(latitude: number, longitude: number): boolean {
  return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271;
}

function shiftLatitude(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function shiftLongitude(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** The GCJ-02 offset at a WGS-84 point, in degrees. */
function gcjOffset(latitude: number, longitude: number): { dLat: number; dLon: number } {
  const x = longitude - 105;
  const y = latitude - 35;
  const radLat = (latitude / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  return {
    dLat: (shiftLatitude(x, y) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI),
    dLon: (shiftLongitude(x, y) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI),
  };
}

function wgs84ToGcj02(latitude: number, longitude: number): [number, number] {
  if (outsideChina(latitude, longitude)) return [latitude, longitude];
  const { dLat, dLon } = gcjOffset(latitude, longitude);
  return [latitude + dLat, longitude + dLon];
}

/** The inverse has no closed form: iterate until the forward transform lands within a millimetre. */
function gcj02ToWgs84(latitude: number, longitude: number): [number, number] {
  if (outsideChina(latitude, longitude)) return [latitude, longitude];
  let lat = latitude;
  let lon = longitude;
  for (let i = 0; i < 30; i++) {
    const [fLat, fLon] = wgs84ToGcj02(lat, lon);
    const eLat = fLat - latitude;
    const eLon = fLon - longitude;
    lat -= eLat;
    lon -= eLon;
    if (Math.abs(eLat) < 1e-9 && Math.abs(eLon) < 1e-9) break;
  }
  return [lat, lon];
}

/**
 * THE conversion: a point in the system `to`. WGS-84 → GCJ-02 is the published forward transform;
 * GCJ-02 → WGS-84 its numerical inverse (better than a millimetre inside China).
 */
export function toSystem(point: SystemPoint, to: CoordinateSystem): SystemPoint {
  if (point.system === to) return point;
  const [latitude, longitude] =
    to === 'GCJ02' ? wgs84ToGcj02(point.latitude, point.longitude) : gcj02ToWgs84(point.latitude, point.longitude);
  return { latitude, longitude, system: to };
}
