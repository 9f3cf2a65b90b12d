import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeOverdueLists } from '../../src/coordinator/overdue-lists.js';
import { reminderTargets } from '../../src/coordinator/overdue-targets.js';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { stateOf } from '../../src/records/service-day-state.js';
import { testProviders } from '../support/db.js';
import { buildAttendanceWorld, WANG, type AttendanceWorld } from '../physician/attendance-world.js';
import { checkedIn } from '../physician/worklog-support.js';

/** The observed bugs of issue #11 item 1, each made impossible by the state model, through the bot. */
describe.each(testProviders())('service-day state model in the flows (%s)', (provider) => {
  let w: AttendanceWorld;
  beforeEach(async () => {
    w = await buildAttendanceWorld(provider);
    w.at('2026-03-02', '09:00');
  });
  afterEach(() => w.bot.close());

  const day = () => findServiceDay(w.bot.db, w.physicianId, w.clinic.id, '2026-03-02');
  const say = async (text: string) => {
    await w.bot.send({ as: WANG, text });
    await w.bot.settle();
    return w.lastReply();
  };
  const locate = async (metres: number) => {
    await w.bot.location({ as: WANG, ...w.north(metres) });
    await w.bot.settle();
    return w.lastReply();
  };

  it('verification only goes up: a text /签退 after a verified check-in keeps the day verified', async () => {
    await locate(30);
    w.at('2026-03-02', '16:00');
    expect(await say('/签退')).toContain('定位：已核验');
    const stored = await day();
    expect(stored).toMatchObject({ checkInVerification: 'VERIFIED', checkOutVerification: 'UNVERIFIED' });
    if (!stored) throw new Error('no day');
    expect(stateOf(stored, '2026-03-02')).toMatchObject({ attendance: 'CHECKED_OUT', verification: 'VERIFIED' });
    expect(await say('/本月')).toContain('已核验天数：1\n未核验天数：0');
  });

  it('a later in-fence location upgrades an unverified check-in and says so; a second one is not a check-out', async () => {
    await say('/签到');
    w.at('2026-03-02', '09:01');
    const upgraded = await locate(40);
    expect(upgraded).toContain('已升级为已核验');
    expect(await day()).toMatchObject({
      checkInVerification: 'UNVERIFIED',
      locationVerifiedDistanceM: 40,
      checkOutAt: null,
    });
    w.at('2026-03-02', '09:03');
    expect(await locate(40)).toContain('分钟后再发送位置');
    expect((await day())?.checkOutAt).toBeNull();
    expect(await say('/本月')).toContain('已核验天数：1');
  });

  it('a location outside the fence soon after an unverified check-in upgrades nothing', async () => {
    await say('/签到');
    w.at('2026-03-02', '09:01');
    expect(await locate(2000)).toContain('分钟后再发送位置');
    expect((await day())?.locationVerifiedAt).toBeNull();
  });

  it('a check-out shorter than the minimum day is asked about once, then recorded and marked 时长不足', async () => {
    await say('/签到');
    w.at('2026-03-02', '09:01');
    await say('/签退');
    const question = w.bot.outbox(w.bot.p2p(WANG)).at(-1);
    expect(question?.text).toContain('不足本项目每天至少 2 小时');
    expect((await day())?.checkOutAt).toBeNull();
    const button = question?.buttons.find((b) => b.action === 'checkout.short');
    if (!button) throw new Error('no 确认签退 button');
    await w.bot.press(button);
    await w.bot.settle();
    expect(await day()).toMatchObject({ shortDay: true, checkOutMethod: 'CARD_BUTTON' });
    expect(w.lastReply()).toContain('时长不足');
    expect(await say('/本月')).toContain('时长不足');
  });

  it('a check-out after the minimum day is recorded without asking', async () => {
    await say('/签到');
    w.at('2026-03-02', '11:00');
    expect(await say('/签退')).toContain('09:00–11:00');
    expect((await day())?.shortDay).toBe(false);
  });
});

describe.each(testProviders())('an approved 补卡 in the overdue lists (%s)', (provider) => {
  let w: AttendanceWorld;
  beforeEach(async () => {
    w = await buildAttendanceWorld(provider);
  });
  afterEach(() => w.bot.close());

  it('is on no overdue list and reaches no 催办, while a plain unconfirmed day without a log is on both', async () => {
    const plain = await checkedIn(w, '2026-03-02');
    const corrected = await checkedIn(w, '2026-03-03');
    const correction = await w.bot.db.serviceDayCorrection.create({
      data: {
        programId: w.program.id,
        physicianId: w.physicianId,
        institutionId: w.clinic.id,
        serviceDate: '2026-03-03',
        reason: '忘记签到',
        status: 'APPROVED',
        decidedById: w.physicianId,
        decidedAt: new Date('2026-03-04T02:00:00Z'),
      },
    });
    await w.bot.db.serviceDay.update({ where: { id: corrected.id }, data: { correctionId: correction.id } });
    const query = {
      scope: { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} },
      scopeLabel: '全部',
      month: '2026-03',
      program: null,
    };
    const lists = await computeOverdueLists(w.bot.db, query, '2026-03-20');
    expect(lists.worklogs.items.map((d) => d.serviceDayId)).toEqual([plain.id]);
    expect(lists.confirms.items.map((d) => d.serviceDayId)).toEqual([plain.id]);
    for (const reason of ['worklogs', 'confirms'] as const) {
      const targets = await reminderTargets(w.bot.db, reason, lists, null);
      expect(JSON.stringify(targets.map((t) => t.view))).not.toContain('03-03');
    }
  });
});

describe.each(testProviders())('a day awaiting confirmation in the at-risk forecast (%s)', (provider) => {
  let w: AttendanceWorld;
  beforeEach(async () => {
    w = await buildAttendanceWorld(provider);
  });
  afterEach(() => w.bot.close());

  const query = {
    scope: { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} },
    scopeLabel: '全部',
    month: '2026-03',
    program: null,
  };

  it('counts as served there (not a missing day), is named as pending, and stays on the confirmation list', async () => {
    const pending = await checkedIn(w, '2026-03-02');
    await w.bot.db.program.update({ where: { id: w.program.id }, data: { minServiceDaysPerMonth: 1 } });
    const met = await computeOverdueLists(w.bot.db, query, '2026-03-30');
    expect(met.atRisk.items).toEqual([]);
    expect(met.confirms.items.map((d) => d.serviceDayId)).toEqual([pending.id]);

    await w.bot.db.program.update({ where: { id: w.program.id }, data: { minServiceDaysPerMonth: 2 } });
    const short = await computeOverdueLists(w.bot.db, query, '2026-03-30');
    expect(short.atRisk.items).toMatchObject([{ served: 0, pending: 1, required: 2 }]);
    const [target] = await reminderTargets(w.bot.db, 'atRisk', short, null);
    expect(JSON.stringify(target?.view)).toContain('"served":0,"pending":1');
  });
});
