import { describe, expect, it } from 'vitest';
import { authorize } from '../../src/core/authorize.js';
import type { Actor } from '../../src/core/context.js';

const person = { id: 1, name: '王', homeInstitutionId: null, title: null };
const stranger: Actor = { person: null, roles: [], isAdmin: false };
const physician: Actor = { person, roles: [{ role: 'PHYSICIAN' }], isAdmin: false };
const head: Actor = { person, roles: [{ role: 'CLINIC_HEAD', institutionId: 3 }], isAdmin: false };

describe('authorize', () => {
  it('lets anyone use ANYONE commands, even unregistered users', () => {
    expect(authorize(stranger, ['ANYONE'])).toBe('allowed');
  });
  it('asks unregistered users to register for everything else', () => {
    expect(authorize(stranger, ['REGISTERED'])).toBe('unregistered');
    expect(authorize(stranger, ['PHYSICIAN'])).toBe('unregistered');
  });
  it('checks roles for registered users', () => {
    expect(authorize(physician, ['REGISTERED'])).toBe('allowed');
    expect(authorize(physician, ['PHYSICIAN'])).toBe('allowed');
    expect(authorize(physician, ['CLINIC_HEAD', 'HOSPITAL_COORDINATOR'])).toBe('forbidden');
    expect(authorize(head, ['CLINIC_HEAD', 'HOSPITAL_COORDINATOR'])).toBe('allowed');
  });
  it('lets administrators use everything, configured ones without a person too', () => {
    expect(authorize({ person: null, roles: [], isAdmin: true }, ['REGION_COORDINATOR'])).toBe('allowed');
    expect(authorize({ person, roles: [{ role: 'ADMIN' }], isAdmin: true }, ['PHYSICIAN'])).toBe('allowed');
  });
});
