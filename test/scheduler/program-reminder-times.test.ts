import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertProgramByCode } from '../../src/db/queries/programs.js';
import {
  DEFAULT_REMINDER_TIMES,
  programReminderTimes,
  quarterHourSlot,
  withinReminderWindow,
} from '../../src/scheduler/program-reminder-times.js';
import { WANG } from '../physician/attendance-world.js';
import { testProviders } from '../support/db.js';
import { buildReminderWorld, type ReminderWorld } from './reminder-world.js';

describe('program reminder times', () => {
  const log = pino({ level: 'silent' });

  it('defaults, overrides and invalid settings falling back to the defaults', () => {
    expect(programReminderTimes(null, log)).toEqual(DEFAULT_REMINDER_TIMES);
    expect(programReminderTimes({ reminders: { monthlyMinimumFromDay: 25 } }, log)).toEqual(DEFAULT_REMINDER_TIMES);
    expect(programReminderTimes({ reminders: { eveningAt: '19:30' } }, log)).toEqual({
      ...DEFAULT_REMINDER_TIMES,
      eveningAt: '19:30',
    });
    expect(programReminderTimes({ reminders: { eveningAt: '25:00' } }, log)).toEqual(DEFAULT_REMINDER_TIMES);
    expect(programReminderTimes({ reminders: { morningAt: 730 } }, log)).toEqual(DEFAULT_REMINDER_TIMES);
  });

  it('quarter-hour slots and the window a program time opens', () => {
    expect(quarterHourSlot(new Date('2026-03-08T10:07:00Z'), 'Asia/Shanghai')).toBe('2026-03-08T18:00');
    expect(quarterHourSlot(new Date('2026-03-08T15:59:00Z'), 'Asia/Shanghai')).toBe('2026-03-08T23:45');
    expect(withinReminderWindow('18:00', '18:05', 60)).toBe(true);
    expect(withinReminderWindow('17:45', '18:05', 60)).toBe(false);
    expect(withinReminderWindow('10:45', '07:30', 210)).toBe(true);
    expect(withinReminderWindow('11:00', '07:30', 210)).toBe(false);
  });
});

describe.each(testProviders())('per-program reminder times (%s)', (provider) => {
  let world: ReminderWorld;
  beforeAll(async () => {
    world = await buildReminderWorld(provider);
  });
  afterAll(async () => {
    await world.bot.close();
  });

  const titles = () => world.inbox(WANG).map((m) => m.text.split('\n')[0] ?? '');
  const setTimes = (reminders: Record<string, string>) =>
    upsertProgramByCode(world.bot.db, {
      code: world.program.code,
      name: world.program.name,
      kind: world.program.kind,
      regionCode: world.fixture.county.code,
      startDate: world.program.startDate,
      endDate: world.program.endDate,
      settings: { reminders },
    });

  it('reminds at the times the program sets, once a day even when the time changes mid-day', async () => {
    await setTimes({ eveningAt: '19:30', morningAt: '08:10' });
    // 王医生 is planned on Monday 03-09.
    await world.tickAt('2026-03-08', '18:00');
    expect(titles()).toEqual([]);
    await world.tickAt('2026-03-08', '19:30');
    await world.tickAt('2026-03-08', '19:45');
    expect(titles()).toEqual([expect.stringContaining('明日下基层提醒')]);
    await world.tickAt('2026-03-09', '07:30');
    expect(titles()).toHaveLength(1);
    await world.tickAt('2026-03-09', '08:00'); // 08:10 falls in the 08:00 quarter hour
    expect(titles()).toEqual([expect.stringContaining('明日下基层提醒'), expect.stringContaining('今日下基层提醒')]);
    await setTimes({ morningAt: '09:00' });
    await world.tickAt('2026-03-09', '09:00');
    expect(titles()).toHaveLength(2);
  });
});
