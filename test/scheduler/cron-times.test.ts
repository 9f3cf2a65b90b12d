import { describe, expect, it } from 'vitest';
import { BotError } from '../../src/core/errors.js';
import { assertSupportedCron, nextFire, previousFire } from '../../src/scheduler/cron-times.js';
import { at, TZ } from './scheduler-support.js';

describe('cron fire times in the bot time zone', () => {
  it('daily: the previous fire is today once passed, else yesterday — across the year end', () => {
    expect(previousFire('30 7 * * *', at('2026-03-02', '07:30'), TZ)).toEqual(at('2026-03-02', '07:30'));
    expect(previousFire('30 7 * * *', at('2027-01-01', '07:29'), TZ)).toEqual(at('2026-12-31', '07:30'));
    expect(nextFire('30 7 * * *', at('2026-12-31', '07:30'), TZ)).toEqual(at('2027-01-01', '07:30'));
  });

  it('weekly and monthly: Monday 08:00 and the 1st across month and year ends', () => {
    expect(nextFire('0 8 * * 1', at('2026-12-30', '12:00'), TZ)).toEqual(at('2027-01-04', '08:00'));
    expect(previousFire('0 8 * * 1', at('2027-01-03', '12:00'), TZ)).toEqual(at('2026-12-28', '08:00'));
    expect(nextFire('0 6 1 * *', at('2026-11-30', '23:00'), TZ)).toEqual(at('2026-12-01', '06:00'));
    expect(nextFire('0 18,7 * * *', at('2026-03-02', '08:00'), TZ)).toEqual(at('2026-03-02', '18:00'));
  });

  it('refuses L/W/# forms it cannot evaluate', () => {
    expect(() => nextFire('0 8 L * *', at('2026-03-02', '08:00'), TZ)).toThrow(BotError);
    expect(() => assertSupportedCron('0 8 L * *')).toThrow(BotError);
    expect(() => assertSupportedCron('61 8 * * *')).toThrow(BotError);
    expect(() => assertSupportedCron('0 8 * * 1-5')).not.toThrow();
  });
});
