import { describe, expect, it } from 'vitest';
import { evidenceOf, type EvidenceRecord } from '../../src/physician/evidence.js';

const typed: EvidenceRecord = {
  checkInMethod: 'TEXT',
  checkInVerification: 'UNVERIFIED',
  checkOutMethod: null,
  checkOutVerification: null,
};

describe('evidence strength of a day', () => {
  it('a typed day is 未核验; a later location message (the state model upgrade) makes it 位置消息', () => {
    expect(evidenceOf(typed)).toBe('NONE');
    expect(evidenceOf({ ...typed, locationVerifiedAt: null })).toBe('NONE');
    expect(evidenceOf({ ...typed, locationVerifiedAt: new Date('2026-03-03T02:00:00Z') })).toBe('LOCATION_MESSAGE');
  });

  it('a page reading inside the fence makes it 设备定位核验, also when it upgraded the day', () => {
    const upgraded = { ...typed, locationVerifiedAt: new Date('2026-03-03T02:00:00Z') };
    expect(evidenceOf({ ...upgraded, deviceVerified: true })).toBe('DEVICE');
    expect(evidenceOf({ ...typed, checkInMethod: 'DEVICE', checkInVerification: 'VERIFIED' })).toBe('DEVICE');
    expect(evidenceOf({ ...typed, checkOutMethod: 'LOCATION', checkOutVerification: 'VERIFIED' })).toBe(
      'LOCATION_MESSAGE',
    );
  });
});
