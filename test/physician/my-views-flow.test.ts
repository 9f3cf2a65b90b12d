import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendServiceDayConfirmation } from '../../src/db/queries/service-day-confirmations.js';
import { recordCheckOut } from '../../src/db/queries/service-days.js';
import { saveWorkLog } from '../../src/db/queries/work-logs.js';
import { zonedInstant } from '../../src/time/local.js';
import { testProviders } from '../support/db.js';
import { buildAttendanceWorld, HEAD, WANG, type AttendanceWorld } from './attendance-world.js';
import { checkedIn } from './worklog-support.js';

/** A table row of the sandbox rendering, cells separated by `│`. */
const row = (...cells: string[]) => new RegExp(cells.join('\\s*│\\s*'));

describe.each(testProviders())('/排班 and /本月 on %s', (provider) => {
  let world: AttendanceWorld;
  const say = async (text: string, as = WANG) => {
    await world.bot.send({ as, text });
    await world.bot.settle();
    return world.lastReply(as);
  };

  beforeEach(async () => {
    world = await buildAttendanceWorld(provider);
  });
  afterEach(() => world.bot.close());

  describe('/排班', () => {
    it('on the last day of the month at 23:59 shows this month and next, tomorrow marked', async () => {
      world.at('2026-03-31', '23:59');
      const card = await say('/排班');
      expect(card).toContain('【我的排班】 2026-03-31 至 2026-04-30');
      expect(card).toContain('时间：2026-03-01 至 2026-03-31');
      expect(card).toContain('计划日期：待定');
      expect(card).toContain('04-01（明天）');
    });

    it('on the 1st at 00:01 shows the new month, today marked, and drops the ended assignment', async () => {
      world.at('2026-04-01', '00:01');
      const card = await say('schedule');
      expect(card).toContain('2026-04-01 至 2026-05-31');
      expect(card).toContain('04-01（今天）');
      expect(card).not.toContain('2026-03-31');
    });

    it('says so when there are no assignments', async () => {
      await world.bot.person({ name: '李医生', openId: 'ou_li', roles: ['PHYSICIAN'] });
      world.at('2026-03-02', '09:00');
      expect(await say('/排班', 'ou_li')).toContain('您在本月和下月没有指派');
    });

    it('/排班 and /本月 are for physicians only', async () => {
      expect(await say('/排班', HEAD)).toContain('只有支援医师可以使用');
      expect(await say('/本月', HEAD)).toContain('只有支援医师可以使用');
    });
  });

  describe('/本月', () => {
    beforeEach(async () => {
      await checkedIn(world, '2026-03-02');
      const verified = await checkedIn(world, '2026-03-09', { verification: 'VERIFIED' });
      await recordCheckOut(world.bot.db, verified.id, {
        at: zonedInstant('2026-03-09', '16:00', 'Asia/Shanghai'),
        method: 'LOCATION',
        verification: 'VERIFIED',
        sourceId: null,
      });
      await appendServiceDayConfirmation(world.bot.db, {
        serviceDayId: verified.id,
        status: 'CONFIRMED',
        byId: world.physicianId,
        at: zonedInstant('2026-03-09', '17:00', 'Asia/Shanghai'),
      });
      await saveWorkLog(world.bot.db, {
        serviceDayId: verified.id,
        values: { patients: 23, lectures: 1 },
        authorId: world.physicianId,
        at: zonedInstant('2026-03-09', '17:00', 'Asia/Shanghai'),
      });
    });

    it('on the last day of the month at 23:59 counts the month with one day left', async () => {
      world.at('2026-03-31', '23:59');
      const card = await say('/本月');
      expect(card).toContain('【我的本月】 统计期：2026-03');
      expect(card).toContain('本月还剩 1 天（含今天）');
      expect(card).toMatch(row('石门镇卫生院', '1', '1', '1', '已达标'));
      expect(card).toContain(
        '已核验天数：1\n未核验天数：1\n已确认天数：1\n待确认天数：1\n有异议天数：0\n已补卡天数：0',
      );
      expect(card).toContain('本月工作量（1 份日志）');
      expect(card).toContain('诊疗人次：23');
      expect(card).toMatch(row('03-02', '石门镇卫生院', '未签退、未核验、待确认超过 3 天'));
      expect(card).not.toMatch(row('03-09', '石门镇卫生院'));
    });

    it('on the 1st at 00:01 shows the new month, and the old one on request', async () => {
      world.at('2026-04-01', '00:01');
      const april = await say('/本月');
      expect(april).toContain('【我的本月】 统计期：2026-04（截至 2026-04-01）');
      expect(april).toContain('本月还剩 30 天（含今天）');
      expect(april).toMatch(row('石门镇卫生院', '0', '0', '1', '还差 1 天'));
      expect(april).toContain('本月还没有日志');

      const march = await say('/me 2026-03');
      expect(march).toContain('该月已结束');
      expect(march).toMatch(row('石门镇卫生院', '1', '1', '1', '已达标'));
      expect(await say('/本月 2026年3月')).toContain('【我的本月】 统计期：2026-03');
    });

    it('counts a day awaiting confirmation as awaiting, and flags it overdue from the third day after it', async () => {
      world.at('2026-03-04', '12:00');
      const before = await say('/本月');
      expect(before).toContain('已确认天数：1\n待确认天数：1');
      expect(before).toMatch(row('03-02', '石门镇卫生院', '未签退、未核验、待确认'));
      world.at('2026-03-05', '12:00');
      const after = await say('/本月');
      expect(after).toContain('已确认天数：1\n待确认天数：1');
      expect(after).toMatch(row('03-02', '石门镇卫生院', '未签退、未核验、待确认超过 3 天'));
    });

    it('refuses a month it cannot read, with the usage', async () => {
      world.at('2026-03-31', '12:00');
      const reply = await say('/本月 2026-13');
      expect(reply).toContain('“2026-13”不是月份');
      expect(reply).toContain('用法');
    });

    it('says so for a month without assignments or days', async () => {
      world.at('2026-03-31', '12:00');
      expect(await say('/本月 2026-07')).toContain('您在 2026-07 没有指派');
    });
  });
});
