import { describe, expect, it } from 'vitest';
import { offsetPoint } from '../../src/demo/geo.js';
import { distanceMetres } from '../../src/geo/distance.js';
import { isWithinWindow } from '../../src/physician/check-window.js';
import { geofenceRadiusM, verifyLocation } from '../../src/physician/geofence.js';

const clinic = { latitude: 25.29, longitude: 117.42, geofenceRadiusM: null };

describe('geofence', () => {
  it('haversine: one degree of latitude is about 111.2 km', () => {
    expect(distanceMetres({ latitude: 25, longitude: 117 }, { latitude: 26, longitude: 117 })).toBeCloseTo(111_195, -1);
  });

  it('inside, exactly at and outside the boundary, to the metre', () => {
    const at = (m: number) => verifyLocation(offsetPoint(clinic, m, 90), clinic, { geofenceToleranceM: 500 });
    expect(at(499)).toEqual({ verification: 'VERIFIED', distanceM: 499, radiusM: 500 });
    expect(at(500)).toEqual({ verification: 'VERIFIED', distanceM: 500, radiusM: 500 });
    expect(at(501)).toEqual({ verification: 'UNVERIFIED', distanceM: 501, radiusM: 500 });
  });

  it("the clinic's radius, else the program's tolerance, else 500 m", () => {
    expect(geofenceRadiusM({ ...clinic, geofenceRadiusM: 200 }, { geofenceToleranceM: 800 })).toBe(200);
    expect(geofenceRadiusM(clinic, { geofenceToleranceM: 800 })).toBe(800);
    expect(geofenceRadiusM(clinic, null)).toBe(500);
  });

  it('a clinic without coordinates cannot verify anything', () => {
    const noWhere = { latitude: null, longitude: null, geofenceRadiusM: null };
    expect(verifyLocation(clinic, noWhere, null)).toEqual({
      verification: 'UNVERIFIED',
      distanceM: null,
      radiusM: 500,
    });
  });
});

describe('check-in window', () => {
  it('includes both ends', () => {
    expect(isWithinWindow('06:00', '06:00', '22:00')).toBe(true);
    expect(isWithinWindow('22:00', '06:00', '22:00')).toBe(true);
    expect(isWithinWindow('05:59', '06:00', '22:00')).toBe(false);
    expect(isWithinWindow('22:01', '06:00', '22:00')).toBe(false);
  });

  it('runs over midnight when it starts after it ends', () => {
    expect(isWithinWindow('23:30', '20:00', '02:00')).toBe(true);
    expect(isWithinWindow('01:00', '20:00', '02:00')).toBe(true);
    expect(isWithinWindow('12:00', '20:00', '02:00')).toBe(false);
  });
});
