import { afterEach, describe, expect, it } from 'vitest';
import { upsertDeadline } from '../../src/db/queries/programs.js';
import { bundledHolidays } from '../../src/scheduler/calendar.js';
import { zonedInstant } from '../../src/time/local.js';
import { testProviders } from '../support/db.js';
import { buildLadderWorld, type LadderWorld } from './ladder-world.js';

const TZ = 'Asia/Shanghai';
const SOON = '【报送截止提醒】';
const LATE = '【报送已逾期】';
const AREA = '【辖区逾期未报单位】';

describe.each(testProviders())('deadline ladder (%s)', (provider) => {
  let world: LadderWorld;
  afterEach(async () => {
    await world.bot.close();
  });

  it('escalates level by level, once each, and a submission at D+2 stops the later levels', async () => {
    world = await buildLadderWorld(provider);
    // Due Wed 2026-12-02: T-3 is a Sunday (→ Fri 11-27), T+3 a Saturday (→ Mon 12-07), T+5 Mon 12-07 must
    // follow the county's day (→ Tue 12-08).
    await world.owe(world.hospitalA, '2026-11', '2026-12-02');
    const owedB = await world.owe(world.hospitalB, '2026-11', '2026-12-02');
    const lines = await world.drive('2026-11-26', '2026-12-10', async (date) => {
      if (date === '2026-12-04') await world.submit(owedB);
    });
    expect(lines).toEqual([
      `2026-11-27 hospitalA ${SOON} 漳平市医院 · 2026-12-02`,
      `2026-11-27 hospitalB ${SOON} 漳平市中医院 · 2026-12-02`,
      `2026-12-01 hospitalA ${SOON} 漳平市医院 · 2026-12-02`,
      `2026-12-01 hospitalB ${SOON} 漳平市中医院 · 2026-12-02`,
      `2026-12-03 hospitalA ${LATE} 漳平市医院 · 2026-12-02`,
      `2026-12-03 hospitalB ${LATE} 漳平市中医院 · 2026-12-02`,
      `2026-12-07 county ${AREA} 漳平市 · 2026-12-02`,
      `2026-12-08 city ${AREA} 龙岩市 · 2026-12-02`,
    ]);
    expect(world.last('county')).toContain('漳平市医院');
    expect(world.last('county')).not.toContain('漳平市中医院');
    expect(world.last('city')).toContain('逾期 6 天');
    // Re-running past slots (the claim bypassed) queues nothing new.
    for (const slot of ['2026-11-27', '2026-12-03', '2026-12-07', '2026-12-08']) await world.runDirect(slot);
    expect(await world.drive('2026-12-11', '2026-12-11')).toEqual([]);
  });

  it('sends nothing to a bureau when every hospital submitted in time for it', async () => {
    world = await buildLadderWorld(provider);
    const owed = await world.owe(world.hospitalA, '2026-11', '2026-12-02');
    const lines = await world.drive('2026-12-03', '2026-12-09', async (date) => {
      if (date === '2026-12-04') await world.submit(owed);
    });
    expect(lines).toEqual([`2026-12-03 hospitalA ${LATE} 漳平市医院 · 2026-12-02`]);
  });

  it('moves levels off 国庆: before-reminders earlier, escalations to the next working days', async () => {
    world = await buildLadderWorld(provider);
    await world.owe(world.hospitalA, '2026-09', '2026-10-02');
    const lines = await world.drive('2026-09-24', '2026-10-12');
    expect(lines).toEqual([
      // 09-25…27 and 10-01…07 are holidays; T-3 is Tue 09-29, T-1 (10-01) moves back to Wed 09-30.
      `2026-09-29 hospitalA ${SOON} 漳平市医院 · 2026-10-02`,
      `2026-09-30 hospitalA ${SOON} 漳平市医院 · 2026-10-02`,
      // T+1/T+3/T+5 all fall in the holiday: one working day each after it (10-10 is a 补班 Saturday).
      `2026-10-08 hospitalA ${LATE} 漳平市医院 · 2026-10-02`,
      `2026-10-09 county ${AREA} 漳平市 · 2026-10-02`,
      `2026-10-10 city ${AREA} 龙岩市 · 2026-10-02`,
    ]);
  });

  it('crosses the year end: due on Jan 2 with Jan 1 a holiday', async () => {
    const base = bundledHolidays();
    const holidays = { holidays: new Set([...base.holidays, '2027-01-01']), workdays: base.workdays };
    world = await buildLadderWorld(provider, { holidays });
    await world.owe(world.hospitalA, '2026-12', '2027-01-02');
    const lines = await world.drive('2026-12-27', '2027-01-08');
    expect(lines).toEqual([
      `2026-12-30 hospitalA ${SOON} 漳平市医院 · 2027-01-02`,
      // T-1 is the holiday Jan 1: the last working day before it is Dec 31.
      `2026-12-31 hospitalA ${SOON} 漳平市医院 · 2027-01-02`,
      // T+1 is a Sunday.
      `2027-01-04 hospitalA ${LATE} 漳平市医院 · 2027-01-02`,
      `2027-01-05 county ${AREA} 漳平市 · 2027-01-02`,
      `2027-01-07 city ${AREA} 龙岩市 · 2027-01-02`,
    ]);
  });

  it('honours the program offsets, and a due date on the 1st', async () => {
    const settings = {
      ladder: {
        before: [2],
        after: [
          { days: 2, level: 'HOSPITAL' },
          { days: 4, level: 'PROVINCE' },
        ],
      },
    };
    world = await buildLadderWorld(provider, {}, settings);
    await world.owe(world.hospitalA, '2026-11', '2026-12-01');
    const lines = await world.drive('2026-11-25', '2026-12-08');
    expect(lines).toEqual([
      `2026-11-27 hospitalA ${SOON} 漳平市医院 · 2026-12-01`,
      `2026-12-03 hospitalA ${LATE} 漳平市医院 · 2026-12-01`,
      `2026-12-07 province ${AREA} 福建省 · 2026-12-01`,
    ]);
  });

  it('sends nothing in quiet hours or on a holiday, and catches a quiet-hours miss up the next day', async () => {
    world = await buildLadderWorld(provider);
    await world.owe(world.hospitalA, '2026-11', '2026-12-02');
    world.bot.clock.set(zonedInstant('2026-12-03', '22:00', TZ));
    await world.runDirect('2026-12-03');
    world.bot.clock.set(zonedInstant('2026-10-03', '09:00', TZ));
    await world.runDirect('2026-10-03');
    expect(world.last('hospitalA')).toBe('');
    expect(await world.drive('2026-12-04', '2026-12-04')).toEqual([
      `2026-12-04 hospitalA ${LATE} 漳平市医院 · 2026-12-02`,
    ]);
  });

  it('reminds of a program milestone before it, with no escalation', async () => {
    world = await buildLadderWorld(provider);
    await upsertDeadline(world.bot.db, { programId: world.program.id, title: '年度总结和自评', dueDate: '2026-12-20' });
    const lines = await world.drive('2026-12-16', '2026-12-28');
    const milestone = '【项目节点提醒】 医师下基层 2026 · 2026-12-20';
    // Sun 12-20: T-3 Thu 12-17, T-1 (Sat) Fri 12-18; to both hospitals and the program's bureau.
    expect(lines).toEqual(
      ['2026-12-17', '2026-12-18'].flatMap((date) =>
        ['hospitalA', 'hospitalB', 'county'].map((person) => `${date} ${person} ${milestone}`),
      ),
    );
    expect(world.last('county')).toContain('年度总结和自评');
  });
});
