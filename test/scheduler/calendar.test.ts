import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotError } from '../../src/core/errors.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { enqueueOutbound } from '../../src/delivery/ledger.js';
import { createCalendar, parseHolidayData } from '../../src/scheduler/calendar.js';
import { ManualClock } from '../../src/time/clock.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';

const TZ = 'Asia/Shanghai';
const calendar = createCalendar({ timeZone: TZ });

describe('working days (2026 State Council arrangement)', () => {
  it('a public holiday is not a working day, even on a weekday', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false); // Thursday, 国庆
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Monday, 春节
    expect(calendar.isWorkingDay('2026-01-01')).toBe(false); // Thursday, 元旦
  });

  it('a 补班 weekend day is a working day', () => {
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday
  });

  it('other days: Monday to Friday', () => {
    expect(calendar.isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2027-03-01')).toBe(true); // 2027 not published yet: weekdays
  });

  it('refuses a date that is both a holiday and a working day, or listed under the wrong year', () => {
    const file = (holidays: string[], workdays: string[]) => ({
      source: 'test',
      years: { '2026': { holidays, workdays } },
    });
    expect(() => parseHolidayData(file(['2026-05-01'], ['2026-05-01']))).toThrow(BotError);
    expect(() => parseHolidayData(file(['2027-05-01'], []))).toThrow(BotError);
    expect(() => parseHolidayData(file(['2026-02-30'], []))).toThrow(BotError);
    expect(parseHolidayData(file(['2026-05-01'], ['2026-05-09'])).workdays.has('2026-05-09')).toBe(true);
  });
});

describe('quiet hours', () => {
  const at = (time: string) => new Date(`2026-03-02T${time}:00+08:00`);

  it('default 21:30–07:00 local: start inclusive, end exclusive', () => {
    expect(calendar.isQuietTime(at('21:29'))).toBe(false);
    expect(calendar.isQuietTime(at('21:30'))).toBe(true);
    expect(calendar.isQuietTime(at('06:59'))).toBe(true);
    expect(calendar.isQuietTime(at('07:00'))).toBe(false);
    expect(calendar.isQuietTime(at('00:00'))).toBe(true);
  });

  it('configurable, and read in the given time zone', () => {
    const custom = createCalendar({ timeZone: TZ, quietHours: { start: '12:00', end: '14:00' } });
    expect(custom.isQuietTime(at('12:30'))).toBe(true);
    expect(custom.isQuietTime(at('22:00'))).toBe(false);
    expect(calendar.isQuietTime(at('21:30'), 'UTC')).toBe(false); // 13:30 UTC
  });
});

describe.each(testProviders())('daily reminder cap (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  it('counts reminders of the person that local day only', async () => {
    const capped = createCalendar({ timeZone: TZ, dailyReminderCap: 2 });
    const { db } = database;
    const { person } = await upsertPersonByPhone(db, { name: '王医生', phone: '13900000001' });
    const queue = async (at: string, purpose: string, key: string) =>
      enqueueOutbound(
        db,
        {
          idempotencyKey: key,
          platform: 'SANDBOX',
          operation: 'SEND',
          receiveIdType: 'open_id',
          receiveId: 'ou_wang',
          msgType: 'text',
          content: '{}',
          purpose,
          personId: person.id,
        },
        new ManualClock(at),
      );
    await queue('2026-03-01T15:59:00Z', 'reminder:duty', 'k0'); // 23:59 the day before
    await queue('2026-03-01T16:00:00Z', 'reminder:duty', 'k1'); // 00:00 local
    await queue('2026-03-02T01:00:00Z', 'reply', 'k2'); // not a reminder
    expect(await capped.underDailyCap(db, person.id, '2026-03-02')).toBe(true);
    await queue('2026-03-02T15:59:00Z', 'reminder:nudge', 'k3'); // 23:59 local
    expect(await capped.underDailyCap(db, person.id, '2026-03-02')).toBe(false);
    expect(await capped.underDailyCap(db, person.id, '2026-03-03')).toBe(true);
  });
});
