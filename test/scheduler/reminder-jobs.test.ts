import { afterEach, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { saveWorkLog } from '../../src/db/queries/work-logs.js';
import { dutyReminderEvening } from '../../src/scheduler/jobs/duty-reminder-evening.js';
import { dutyReminderMorning } from '../../src/scheduler/jobs/duty-reminder-morning.js';
import { nudgeNoCheckIn } from '../../src/scheduler/jobs/nudge-no-checkin.js';
import { notYetReminded } from '../../src/scheduler/jobs/personal-reminders.js';
import { checkedIn } from '../physician/worklog-support.js';
import { HEAD, NURSE, WANG } from '../physician/attendance-world.js';
import { testProviders } from '../support/db.js';
import { buildReminderWorld, type ReminderWorld } from './reminder-world.js';

const TZ = 'Asia/Shanghai';
const NO_HOLIDAYS = { holidays: new Set<string>(), workdays: new Set<string>() };

describe.each(testProviders())('duty reminders and nudges (%s)', (provider) => {
  let world: ReminderWorld | undefined;
  afterEach(async () => {
    await world?.bot.close();
    world = undefined;
  });

  const texts = (openId: string) => (world?.inbox(openId) ?? []).map((m) => m.text);

  /** Plans 王医生 at a clinic on the given dates (another assignment of the world's program). */
  async function plan(w: ReminderWorld, dates: string[], clinicId = w.clinic.id): Promise<number> {
    const sorted = [...dates].sort();
    const assignment = await createAssignment(w.bot.db, {
      programId: w.program.id,
      physicianId: w.physicianId,
      institutionId: clinicId,
      startDate: sorted[0] ?? '',
      endDate: sorted.at(-1) ?? '',
      plannedDates: sorted,
      createdById: null,
      at: w.bot.clock.now(),
    });
    return assignment.id;
  }

  it('the evening before: the physician gets the card (no button yet), the clinic head who comes', async () => {
    world = await buildReminderWorld(provider);
    await world.tickAt('2026-03-08', '18:00'); // Sunday evening before Monday 03-09
    const [card, ...rest] = world.inbox(WANG);
    expect(rest).toHaveLength(0);
    expect(card?.text).toContain('明日下基层提醒');
    expect(card?.text).toContain('石门镇卫生院');
    expect(card?.text).toContain('2026-03-09');
    // Pressed the evening before, a button would check in that evening: it comes on the morning card.
    expect(card?.buttons).toEqual([]);
    expect(card?.text).toContain('发送位置或 /签到');
    const notices = texts(HEAD);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('明日来访');
    expect(notices[0]).toContain('王医生');
    expect(notices[0]).toContain(world.fixture.hospital.name);
    expect(texts(NURSE)).toHaveLength(0); // head of another clinic

    // The same slot again (the claim stops the scheduler; the ledger keys stop a direct rerun).
    await world.tickAt('2026-03-08', '18:00');
    await world.runDirect(dutyReminderEvening, '2026-03-08T18:00');
    expect(texts(WANG)).toHaveLength(1);
    expect(texts(HEAD)).toHaveLength(1);
  });

  it('a clinic without a head is logged once an evening, not at every slot', async () => {
    world = await buildReminderWorld(provider);
    const headless = await upsertInstitutionByCode(world.bot.db, {
      code: 'C-XQ',
      name: '新桥镇卫生院',
      kind: 'TOWNSHIP_HEALTH_CENTER',
      regionCode: world.fixture.township.code,
    });
    await plan(world, ['2026-03-10'], headless.id);
    const warnings = () => (world?.warnings() ?? []).filter((msg) => msg.includes('the clinic has no head')).length;
    for (const time of ['18:00', '18:15', '18:30']) await world.tickAt('2026-03-09', time);
    expect(warnings()).toBe(1);
    expect(texts(WANG).filter((text) => text.includes('新桥镇卫生院'))).toHaveLength(1);
    await world.tickAt('2026-03-10', '18:00'); // another evening, nothing planned there the day after
    expect(warnings()).toBe(1);
  });

  it('nothing at other times, and nothing for a day without planned visits', async () => {
    world = await buildReminderWorld(provider);
    await world.tickAt('2026-03-08', '17:59');
    await world.tickAt('2026-03-03', '18:00'); // nobody planned on 03-04
    await world.tickAt('2026-03-04', '07:30');
    expect(texts(WANG)).toHaveLength(0);
    expect(texts(HEAD)).toHaveLength(0);
  });

  it('the morning of: reminded at 07:30; pressing 签到 stops the 12:00 nudge', async () => {
    world = await buildReminderWorld(provider);
    await world.tickAt('2026-03-09', '07:30');
    const [morning] = world.inbox(WANG);
    expect(morning?.text).toContain('今日下基层提醒');
    const button = morning?.buttons.find((b) => b.action === 'checkin');
    if (!button) throw new Error('no check-in button');
    world.at('2026-03-09', '08:40');
    await world.bot.press(button);
    await world.bot.settle();
    expect(await world.serviceDayCount()).toBe(1);
    const before = texts(WANG).length;
    await world.tickAt('2026-03-09', '12:00');
    expect(texts(WANG)).toHaveLength(before);
    expect(texts(WANG).some((text) => text.includes('还没有签到'))).toBe(false);
  });

  it('no check-in by 12:00: the short nudge with the 签到 button, once', async () => {
    world = await buildReminderWorld(provider);
    await world.tickAt('2026-03-09', '12:00');
    await world.runDirect(nudgeNoCheckIn, '2026-03-09T12:00');
    const nudges = world.inbox(WANG);
    expect(nudges).toHaveLength(1);
    expect(nudges[0]?.text).toContain('您今天还没有签到');
    expect(nudges[0]?.buttons.map((b) => b.action)).toEqual(['checkin']);
  });

  it('a later slot leaves out, in one read, the visits an earlier slot already reminded', async () => {
    world = await buildReminderWorld(provider);
    await world.tickAt('2026-03-09', '12:00');
    expect(world.inbox(WANG)).toHaveLength(1);
    const visits = [world.march, world.april];
    const reminderOf = (visit: { id: number; physicianId: number }) => ({
      personId: visit.physicianId,
      key: `2026-03-09:a${visit.id}`,
    });
    const pending = await notYetReminded(world.context('2026-03-09T12:15'), 'nudge-no-checkin', visits, reminderOf);
    expect(pending.map((visit) => visit.id)).toEqual([world.april.id]);
  });

  it('a physician who checked in before 07:30 gets no morning reminder', async () => {
    world = await buildReminderWorld(provider);
    await checkedIn(world, '2026-03-09', { time: '07:10' });
    await world.tickAt('2026-03-09', '07:30');
    expect(texts(WANG)).toHaveLength(0);
  });

  it('checked in, no work log by 20:00: the nudge with 填写今日工作量; none once logged', async () => {
    world = await buildReminderWorld(provider);
    const day = await checkedIn(world, '2026-03-09');
    await world.tickAt('2026-03-09', '20:00');
    const [nudge, ...rest] = world.inbox(WANG);
    expect(rest).toHaveLength(0);
    expect(nudge?.text).toContain('请填写今日日志');
    expect(nudge?.buttons.map((b) => [b.text, b.action, b.value])).toEqual([
      ['填写今日工作量', 'worklog.open', { serviceDayId: day.id }],
    ]);

    const logged = await checkedIn(world, '2026-03-10');
    await saveWorkLog(world.bot.db, {
      serviceDayId: logged.id,
      values: { patients: 12 },
      authorId: world.physicianId,
      at: world.bot.clock.now(),
    });
    await world.tickAt('2026-03-10', '20:00');
    expect(texts(WANG)).toHaveLength(1);
  });

  it('none on a public holiday; the evening before a holiday neither', async () => {
    world = await buildReminderWorld(provider);
    await plan(world, ['2026-04-06'], world.otherClinic.id); // Monday, 清明 holiday
    await world.tickAt('2026-04-05', '18:00');
    await world.tickAt('2026-04-06', '07:30');
    await world.tickAt('2026-04-06', '12:00');
    expect(texts(WANG)).toHaveLength(0);
    expect(texts(NURSE)).toHaveLength(0);
  });

  it('one on a 补班 Saturday, and the evening before it (a Friday)', async () => {
    world = await buildReminderWorld(provider);
    await plan(world, ['2026-02-28']); // Saturday, an adjusted working day
    await world.tickAt('2026-02-27', '18:00');
    await world.tickAt('2026-02-28', '07:30');
    expect(texts(WANG).map((text) => text.split('\n')[0])).toEqual([
      expect.stringContaining('明日下基层提醒'),
      expect.stringContaining('今日下基层提醒'),
    ]);
    expect(texts(HEAD)).toHaveLength(1);
  });

  it('the evening of the last holiday reminds of the first working day', async () => {
    world = await buildReminderWorld(provider);
    await plan(world, ['2026-10-08']); // Thursday after 国庆 (10-01…10-07)
    await world.tickAt('2026-10-07', '18:00');
    expect(texts(WANG)).toHaveLength(1);
  });

  it('none in quiet hours: a slot caught up at night sends nothing', async () => {
    world = await buildReminderWorld(provider);
    world.at('2026-03-08', '22:30'); // the service was down at 18:00 and starts now
    await world.scheduler.catchUp(world.bot.clock.now());
    await world.bot.settle();
    expect(texts(WANG)).toHaveLength(0);
    expect(texts(HEAD)).toHaveLength(0);
  });

  it('none in configured quiet hours covering the reminder time', async () => {
    world = await buildReminderWorld(provider, { quietHours: { start: '17:00', end: '08:00' } });
    await world.tickAt('2026-03-08', '18:00');
    await world.tickAt('2026-03-09', '07:30');
    expect(texts(WANG)).toHaveLength(0);
    await world.tickAt('2026-03-09', '12:00');
    expect(texts(WANG)).toHaveLength(1);
  });

  it('a missed morning slot is caught up before 11:00, not at 14:00', async () => {
    world = await buildReminderWorld(provider);
    world.at('2026-03-09', '14:00');
    await world.scheduler.catchUp(world.bot.clock.now());
    await world.bot.settle();
    expect(texts(WANG).some((text) => text.includes('今日下基层提醒'))).toBe(false);
    expect(texts(WANG).some((text) => text.includes('您今天还没有签到'))).toBe(true); // 12:00 still useful

    await world.bot.close();
    world = await buildReminderWorld(provider);
    world.at('2026-03-09', '09:15');
    await world.scheduler.catchUp(world.bot.clock.now());
    await world.bot.settle();
    expect(texts(WANG).filter((text) => text.includes('今日下基层提醒'))).toHaveLength(1);
  });

  it('the per-person daily cap: past it, no more reminders that day', async () => {
    world = await buildReminderWorld(provider, { dailyReminderCap: 1 });
    await world.tickAt('2026-03-09', '07:30');
    await world.tickAt('2026-03-09', '12:00');
    expect(texts(WANG)).toHaveLength(1);
  });

  it('month end: a visit on the 1st is reminded the evening of the last day of the month before', async () => {
    world = await buildReminderWorld(provider);
    await world.tickAt('2026-03-31', '18:00'); // the April assignment plans 04-01
    expect(texts(WANG)).toHaveLength(1);
    expect(texts(WANG)[0]).toContain('2026-04-01');
    await world.tickAt('2026-04-01', '07:30');
    expect(world.inbox(WANG).at(-1)?.buttons[0]?.value).toEqual({ assignmentId: world.april.id });
  });

  it('year end: Dec 31 evening reminds of Jan 1; Jan 1 morning reminds again', async () => {
    world = await buildReminderWorld(provider, { holidays: NO_HOLIDAYS }); // the date arithmetic, not 元旦
    await plan(world, ['2027-01-01']);
    await world.tickAt('2026-12-31', '18:00');
    await world.tickAt('2027-01-01', '07:30');
    expect(texts(WANG).map((text) => text.split('\n')[0])).toEqual([
      expect.stringContaining('明日下基层提醒'),
      expect.stringContaining('今日下基层提醒'),
    ]);
    expect(texts(WANG).every((text) => text.includes('2027-01-01'))).toBe(true);
  });

  it('slots: the quarter hour in the bot time zone (the evening job reminds of the next day)', () => {
    const at = (iso: string) => new Date(iso);
    expect(dutyReminderEvening.slotOf(at('2026-12-31T10:07:00Z'), TZ)).toBe('2026-12-31T18:00');
    expect(dutyReminderMorning.slotOf(at('2026-02-28T23:30:00Z'), TZ)).toBe('2026-03-01T07:30');
    expect(dutyReminderMorning.cron).toBe('*/15 * * * *');
  });
});
