import { describe, expect, it } from 'vitest';
import { CLINICS, CLINIC_GEOFENCE_M } from '../../src/demo/clinics.js';
import { toSystem } from '../../src/geo/coordinates.js';
import { distanceMetres } from '../../src/geo/distance.js';
import { verifyLocation } from '../../src/physician/geofence.js';

const xianghu = CLINICS.find((c) => c.key === 'xianghu');
if (!xianghu) throw new Error('demo clinic 象湖镇 missing');
const clinic = {
  latitude: xianghu.latitude,
  longitude: xianghu.longitude,
  geofenceRadiusM: CLINIC_GEOFENCE_M,
  coordinateSystem: 'WGS84' as const,
};

describe('toSystem (WGS-84 ↔ GCJ-02)', () => {
  it('matches the published forward transform at a known point (Beijing, eviltransform test vector)', () => {
    const gcj = toSystem({ latitude: 39.915, longitude: 116.404, system: 'WGS84' }, 'GCJ02');
    expect(gcj.latitude).toBeCloseTo(39.916404, 5);
    expect(gcj.longitude).toBeCloseTo(116.410244, 5);
  });

  it('round-trips within a millimetre across 漳平', () => {
    for (const c of CLINICS) {
      const wgs = { latitude: c.latitude, longitude: c.longitude, system: 'WGS84' as const };
      const back = toSystem(toSystem(wgs, 'GCJ02'), 'WGS84');
      expect(distanceMetres(wgs, back)).toBeLessThan(0.001);
      expect(back.system).toBe('WGS84');
    }
  });

  it('leaves points outside China and points already in the system unchanged', () => {
    const paris = { latitude: 48.8566, longitude: 2.3522, system: 'WGS84' as const };
    expect(toSystem(paris, 'GCJ02')).toMatchObject({ latitude: 48.8566, longitude: 2.3522, system: 'GCJ02' });
    const gcj = { latitude: 25.33, longitude: 117.59, system: 'GCJ02' as const };
    expect(toSystem(gcj, 'GCJ02')).toBe(gcj);
  });
});

describe('a reading at 象湖镇卫生院 (漳平, demo coordinates in WGS-84, fence 500 m)', () => {
  // The physician stands at the clinic's door; the in-app API reports the spot in GCJ-02.
  const atTheDoor = toSystem({ latitude: clinic.latitude, longitude: clinic.longitude, system: 'WGS84' }, 'GCJ02');

  it('is about 585 m off when the two systems are mixed — more than the fence', () => {
    const raw = distanceMetres(atTheDoor, clinic);
    expect(raw).toBeGreaterThan(CLINIC_GEOFENCE_M);
    expect(Math.round(raw)).toBe(586);
  });

  it('is verified once the reading says its system, and would not be if it were taken as WGS-84', () => {
    const converted = verifyLocation({ ...atTheDoor, system: 'GCJ02' }, clinic, null);
    expect(converted).toMatchObject({ verification: 'VERIFIED', distanceM: 0 });
    const mixed = verifyLocation({ ...atTheDoor, system: 'WGS84' }, clinic, null);
    expect(mixed.verification).toBe('UNVERIFIED');
  });

  it('works the other way: a clinic stored in GCJ-02 and a WGS-84 (browser) reading 150 m away', () => {
    const gcjClinic = {
      ...clinic,
      ...toSystem({ ...clinic, system: 'WGS84' }, 'GCJ02'),
      coordinateSystem: 'GCJ02' as const,
    };
    const near = { latitude: clinic.latitude + 150 / 111_195, longitude: clinic.longitude, system: 'WGS84' as const };
    expect(verifyLocation(near, gcjClinic, null)).toMatchObject({ verification: 'VERIFIED', distanceM: 150 });
    expect(verifyLocation({ ...near, system: 'GCJ02' }, gcjClinic, null).verification).toBe('UNVERIFIED');
  });
});
