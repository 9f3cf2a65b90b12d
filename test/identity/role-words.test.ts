import { describe, expect, it } from 'vitest';
import { parseRoleAndScope, parseRoleWord, roleLabel } from '../../src/identity/role-words.js';

describe('parseRoleWord', () => {
  it.each([
    ['支援医师', 'PHYSICIAN'],
    ['医生', 'PHYSICIAN'],
    ['医师', 'PHYSICIAN'],
    ['受援单位负责人', 'CLINIC_HEAD'],
    ['院长', 'CLINIC_HEAD'],
    ['负责人', 'CLINIC_HEAD'],
    ['医务科联络员', 'HOSPITAL_COORDINATOR'],
    ['医务科', 'HOSPITAL_COORDINATOR'],
    ['卫健部门联络员', 'REGION_COORDINATOR'],
    ['卫健局', 'REGION_COORDINATOR'],
    ['卫健委', 'REGION_COORDINATOR'],
    ['医政股', 'REGION_COORDINATOR'],
    ['管理员', 'ADMIN'],
    ['Hospital-Coordinator', 'HOSPITAL_COORDINATOR'],
    ['region_coordinator', 'REGION_COORDINATOR'],
  ] as const)('%s → %s', (word, role) => {
    expect(parseRoleWord(word)).toBe(role);
  });

  it('leaves ambiguous and unknown words alone', () => {
    expect(parseRoleWord('联络员')).toBeUndefined();
    expect(parseRoleWord('护士')).toBeUndefined();
  });
});

describe('parseRoleAndScope', () => {
  it('takes the role then the scope, which may contain spaces', () => {
    expect(parseRoleAndScope(['医务科联络员', '漳平市医院'])).toEqual({
      role: 'HOSPITAL_COORDINATOR',
      scopeText: '漳平市医院',
    });
    expect(parseRoleAndScope(['health', 'bureau', 'coordinator', 'Zhangping', 'City'])).toEqual({
      role: 'REGION_COORDINATOR',
      scopeText: 'Zhangping City',
    });
    expect(parseRoleAndScope(['管理员'])).toEqual({ role: 'ADMIN', scopeText: '' });
  });

  it('refuses missing and unknown roles with a code', () => {
    expect(() => parseRoleAndScope([])).toThrow(expect.objectContaining({ messageKey: 'identity.needRole' }));
    expect(() => parseRoleAndScope(['护士', '漳平市医院'])).toThrow(
      expect.objectContaining({ code: 'BAD_ARGUMENTS', messageKey: 'identity.unknownRole', params: { word: '护士' } }),
    );
  });
});

describe('roleLabel', () => {
  it('uses the glossary words', () => {
    expect(roleLabel('zh-CN', 'HOSPITAL_COORDINATOR')).toBe('医务科联络员');
    expect(roleLabel('en', 'REGION_COORDINATOR')).toBe('health bureau coordinator');
  });
});
