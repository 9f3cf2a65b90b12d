import { describe, expect, it } from 'vitest';
import { sumSurveyFigures } from '../../src/coordinator/workload-figures.js';
import { allocate, drawStratifiedSample, strataOf, type Stratum } from '../../src/survey/stratified-sample.js';

const stratum = (key: string, count: number, from = 1): Stratum => ({
  key,
  days: Array.from({ length: count }, (_, i) => from + i),
});

describe('survey allocation (proportional, at least one per non-empty stratum)', () => {
  it('shares the size in proportion to the strata, one each first', () => {
    const strata = [
      stratum('1:2026-01', 50),
      stratum('1:2026-02', 30),
      stratum('2:2026-01', 19),
      stratum('2:2026-02', 1),
    ];
    const counts = allocate(strata, 10);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(counts.every((n) => n >= 1)).toBe(true);
    // One each, then 6 left shared by 49 : 29 : 18 : 0 (largest remainder).
    expect(counts).toEqual([4, 3, 2, 1]);
  });

  it('never takes more than a stratum holds, and all of a small frame', () => {
    expect(allocate([stratum('a', 2), stratum('b', 1)], 80)).toEqual([2, 1]);
    const counts = allocate([stratum('a', 3), stratum('b', 100)], 10);
    expect(counts[0]).toBeLessThanOrEqual(3);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('gives some strata none when there are more strata than the size', () => {
    const strata = Array.from({ length: 12 }, (_, i) => stratum(`s${i}`, i + 1));
    const counts = allocate(strata, 5);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(0);
  });
});

describe('the stratified draw', () => {
  const frame = Array.from({ length: 300 }, (_, i) => ({
    id: 1000 + i,
    institutionId: 1 + (i % 7),
    serviceDate: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  }));

  it('redraws the same days from the audited seed and strata', () => {
    const strata = strataOf(frame);
    const first = drawStratifiedSample(strata, 80, 'c0ffee');
    // What the audit entry keeps (seed, strata with their days, size) gives the same sample back.
    const audited = JSON.parse(JSON.stringify({ seed: 'c0ffee', strata })) as { seed: string; strata: Stratum[] };
    expect(drawStratifiedSample(audited.strata, 80, audited.seed)).toEqual(first);
    expect(first.days).toHaveLength(80);
    expect(new Set(first.days).size).toBe(80);
    expect(drawStratifiedSample(strata, 80, 'another').days).not.toEqual(first.days);
  });

  it('takes each stratum’s allocation from that stratum', () => {
    const strata = strataOf(frame);
    const { allocation, days } = drawStratifiedSample(strata, 80, 'seed');
    strata.forEach((s, i) => expect(days.filter((id) => s.days.includes(id))).toHaveLength(allocation[i] ?? -1));
    expect(strata.map((s) => s.key)).toEqual([...strata.map((s) => s.key)].sort());
  });
});

describe('the survey figures of the catalogue', () => {
  it('reads 接通率 over calls made and 满意率 over answered calls', () => {
    const figures = sumSurveyFigures(['SATISFIED', 'FAIRLY_SATISFIED', 'DISSATISFIED', 'NO_ANSWER', 'NO_ANSWER']);
    expect(figures.answerRate).toEqual({ numerator: 3, denominator: 5 });
    expect(figures.satisfactionRate).toEqual({ numerator: 2, denominator: 3 });
  });
});
