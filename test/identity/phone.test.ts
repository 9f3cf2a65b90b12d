import { describe, expect, it } from 'vitest';
import { isMainlandMobile, maskPhone, normalizePhone } from '../../src/identity/phone.js';

describe('normalizePhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['（+86）13800138000', '13800138000'],
    ['0597-7531234', '05977531234'],
    ['+86 597 7531234', '05977531234'],
    ['+852 9123 4567', '+85291234567'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['', '张三', '138001380OO', '123', '+86 138 0013 8000 转 123'])('rejects %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe('isMainlandMobile', () => {
  it('accepts 11-digit mobiles only', () => {
    expect(isMainlandMobile('13800138000')).toBe(true);
    expect(isMainlandMobile('05977531234')).toBe(false);
    expect(isMainlandMobile('12800138000')).toBe(false);
  });
});

describe('maskPhone', () => {
  it('hides the middle of a number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPhone('1234567')).toBe('*****67');
  });
});
