import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { upsertProgramByCode } from '../../src/db/queries/programs.js';
import {
  DEFAULT_MONTHLY_MINIMUM_FROM_DAY,
  programReminderSettings,
} from '../../src/scheduler/program-reminder-settings.js';
import { nudgeMonthlyMinimum } from '../../src/scheduler/jobs/nudge-monthly-minimum.js';
import { checkedIn } from '../physician/worklog-support.js';
import { WANG } from '../physician/attendance-world.js';
import { testProviders } from '../support/db.js';
import { buildReminderWorld, type ReminderWorld } from './reminder-world.js';

describe('program reminder settings', () => {
  const log = pino({ level: 'silent' });

  it('defaults when the program has none', () => {
    expect(programReminderSettings(null, log)).toEqual({ monthlyMinimumFromDay: DEFAULT_MONTHLY_MINIMUM_FROM_DAY });
    expect(programReminderSettings({ other: true }, log).monthlyMinimumFromDay).toBe(20);
  });

  it('reads the threshold day, and falls back to the default when it is invalid', () => {
    expect(programReminderSettings({ reminders: { monthlyMinimumFromDay: 25 } }, log).monthlyMinimumFromDay).toBe(25);
    expect(programReminderSettings({ reminders: { monthlyMinimumFromDay: 40 } }, log).monthlyMinimumFromDay).toBe(20);
    expect(programReminderSettings({ reminders: 'soon' }, log).monthlyMinimumFromDay).toBe(20);
  });
});

describe.each(testProviders())('monthly minimum nudge (%s)', (provider) => {
  let world: ReminderWorld | undefined;
  afterEach(async () => {
    await world?.bot.close();
    world = undefined;
  });

  const texts = () => (world?.inbox(WANG) ?? []).map((m) => m.text);

  async function setSettings(w: ReminderWorld, settings: object): Promise<void> {
    await upsertProgramByCode(w.bot.db, {
      code: w.program.code,
      name: w.program.name,
      kind: w.program.kind,
      regionCode: w.fixture.county.code,
      startDate: w.program.startDate,
      endDate: w.program.endDate,
      settings: { ...settings },
    });
  }

  it('from the 20th: names the clinic, days counted / required and working days left; stops once met', async () => {
    world = await buildReminderWorld(provider);
    await world.tickAt('2026-03-19', '09:00');
    expect(texts()).toHaveLength(0);

    await world.tickAt('2026-03-20', '09:00'); // Friday
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).toContain('本月到岗天数未达要求');
    expect(texts()[0]).toContain('石门镇卫生院：已计入 0 天 / 要求 1 天');
    expect(texts()[0]).toContain('还剩 8 个工作日'); // 20, 23–27, 30, 31

    await world.tickAt('2026-03-21', '09:00'); // Saturday: no reminders
    expect(texts()).toHaveLength(1);

    // A checked-in day counts once the clinic head confirms it, as on /本月: until then the nudge says it waits.
    const day = await checkedIn(world, '2026-03-23');
    await world.tickAt('2026-03-24', '09:00');
    expect(texts()).toHaveLength(2);
    expect(texts()[1]).toContain('石门镇卫生院：已计入 0 天 / 要求 1 天（另有 1 天待确认');

    await world.bot.db.serviceDay.update({ where: { id: day.id }, data: { confirmationStatus: 'CONFIRMED' } });
    await world.tickAt('2026-03-25', '09:00');
    expect(texts()).toHaveLength(2);
  });

  it('a rerun of the same day sends nothing new', async () => {
    world = await buildReminderWorld(provider);
    await world.tickAt('2026-03-20', '09:00');
    await world.runDirect(nudgeMonthlyMinimum, '2026-03-20');
    expect(texts()).toHaveLength(1);
  });

  it("honours the program's threshold day and minimum", async () => {
    world = await buildReminderWorld(provider);
    await setSettings(world, { reminders: { monthlyMinimumFromDay: 25 } });
    await world.tickAt('2026-03-24', '09:00');
    expect(texts()).toHaveLength(0);
    await upsertProgramByCode(world.bot.db, {
      code: world.program.code,
      name: world.program.name,
      kind: world.program.kind,
      regionCode: world.fixture.county.code,
      startDate: world.program.startDate,
      endDate: world.program.endDate,
      minServiceDaysPerMonth: 2,
    });
    const day = await checkedIn(world, '2026-03-24');
    await world.bot.db.serviceDay.update({ where: { id: day.id }, data: { confirmationStatus: 'CONFIRMED' } });
    await world.tickAt('2026-03-25', '09:00');
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).toContain('已计入 1 天 / 要求 2 天');
  });
});
