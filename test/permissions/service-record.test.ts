import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/context.js';
import { parseRoleWord } from '../../src/identity/role-words.js';
import { canGrant, scopeKindOf } from '../../src/permissions/grants.js';
import { canReadServiceRecord } from '../../src/permissions/service-record.js';

const HOSPITAL = { id: 7, regionPath: '/35/3508/350881/' };
const actor = (roles: Actor['roles'], personId = 1, isAdmin = false): Actor => ({
  person: { id: personId, name: '某人', homeInstitutionId: null, title: null },
  roles,
  isAdmin,
});

describe('who may read a service record, and the 职称办 role', () => {
  it('lets the physician, their hospital coordinator and the bureau above read it, nobody else', () => {
    const subject = { personId: 1, home: HOSPITAL };
    expect(canReadServiceRecord(actor([{ role: 'PHYSICIAN' }]), subject)).toBe(true);
    expect(canReadServiceRecord(actor([{ role: 'PHYSICIAN' }], 2), subject)).toBe(false);
    expect(canReadServiceRecord(actor([{ role: 'HOSPITAL_COORDINATOR', institutionId: 7 }], 3), subject)).toBe(true);
    expect(canReadServiceRecord(actor([{ role: 'HOSPITAL_COORDINATOR', institutionId: 8 }], 3), subject)).toBe(false);
    const county = { role: 'REGION_COORDINATOR' as const, regionId: 1, regionPath: '/35/3508/350881/' };
    expect(canReadServiceRecord(actor([county], 4), subject)).toBe(true);
    expect(canReadServiceRecord(actor([{ role: 'TITLE_OFFICE' }], 5), subject)).toBe(false);
  });

  it('names 职称办 by its words, holds it without scope, and lets only administrators grant it', () => {
    expect(parseRoleWord('职称办')).toBe('TITLE_OFFICE');
    expect(parseRoleWord('人事科')).toBe('TITLE_OFFICE');
    expect(scopeKindOf('TITLE_OFFICE')).toBe('none');
    expect(canGrant(actor([], 9, true), 'TITLE_OFFICE', { kind: 'none' })).toBe(true);
    const city = { role: 'REGION_COORDINATOR' as const, regionId: 1, regionPath: '/35/' };
    expect(canGrant(actor([city], 9), 'TITLE_OFFICE', { kind: 'none' })).toBe(false);
  });
});
