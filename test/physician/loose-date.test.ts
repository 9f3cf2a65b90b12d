import { describe, expect, it } from 'vitest';
import { parseLooseDate } from '../../src/physician/loose-date.js';

describe('parseLooseDate', () => {
  it.each([
    ['2026-11-05', '2026-11-05'],
    ['2026/11/5', '2026-11-05'],
    ['2026.11.05', '2026-11-05'],
    ['2026年11月5日', '2026-11-05'],
    ['11-05', '2026-11-05'],
    ['11/5', '2026-11-05'],
    ['11月5日', '2026-11-05'],
    ['11月5号', '2026-11-05'],
    ['昨天', '2026-11-21'],
    ['前天', '2026-11-20'],
    ['今天', '2026-11-22'],
    ['12-30', '2025-12-30'],
  ])('%s on 2026-11-22 is %s', (text, expected) => {
    expect(parseLooseDate(text, '2026-11-22')).toBe(expected);
  });

  it('crosses a year back for a month and day not yet reached', () => {
    expect(parseLooseDate('12-31', '2027-01-02')).toBe('2026-12-31');
    expect(parseLooseDate('1月1日', '2027-01-02')).toBe('2027-01-01');
  });

  it.each(['2026-02-30', '2026-13-01', '13-01', '11-32', '明天', 'abc', '', '2026-11'])('rejects %s', (text) => {
    expect(parseLooseDate(text, '2026-11-22')).toBeUndefined();
  });
});
