import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { zonedInstant } from '../../src/time/local.js';
import type { HarnessButton } from '../support/bot-harness.js';
import { testProviders } from '../support/db.js';
import { buildAttendanceWorld, HEAD, NURSE, WANG, type AttendanceWorld } from './attendance-world.js';
import { forgedClick } from './oversight-support.js';

/** The physician's hospital coordinator, another hospital's coordinator, the county's coordinator. */
const COORD = 'ou_coord';
const STRANGER = 'ou_stranger';
const COUNTY = 'ou_county';

describe.each(testProviders())('corrections (%s)', (provider) => {
  let w: AttendanceWorld;
  let coordId: number;
  beforeEach(async () => {
    w = await buildAttendanceWorld(provider);
    coordId = await w.bot.person({
      name: '陈科长',
      openId: COORD,
      roles: [{ role: 'HOSPITAL_COORDINATOR', institutionId: w.fixture.hospital.id }],
    });
    await w.bot.person({
      name: '周科长',
      openId: STRANGER,
      roles: [{ role: 'HOSPITAL_COORDINATOR', institutionId: w.otherClinic.id }],
    });
    await w.bot.person({
      name: '郑主任',
      openId: COUNTY,
      roles: [{ role: 'REGION_COORDINATOR', regionId: w.fixture.county.id }],
    });
    w.at('2026-03-10', '10:00');
  });
  afterEach(() => w.bot.close());

  const ask = async (text: string) => {
    await w.bot.send({ as: WANG, text });
    await w.bot.settle();
    return w.lastReply();
  };
  const counts = async () => ({
    corrections: await w.bot.db.serviceDayCorrection.count(),
    days: await w.serviceDayCount(),
  });
  const approvalCard = (openId = COORD) => w.bot.outbox(w.bot.p2p(openId)).find((m) => m.text.includes('补卡申请'));
  const button = (text: string, openId = COORD): HarnessButton => {
    const found = approvalCard(openId)?.buttons.find((b) => b.text === text);
    if (!found) throw new Error(`no button ${text}`);
    return found;
  };

  it('requests a correction and sends the approval card to the hospital coordinator', async () => {
    const reply = await ask('/补卡 2026-03-05 石门卫生院 手机没电忘记签到');
    expect(reply).toBe('已提交 2026-03-05 在石门镇卫生院的补卡申请，已发送给陈科长审批。2026-03 已申请 1/2 次。');
    const [correction] = await w.bot.db.serviceDayCorrection.findMany();
    expect(correction).toMatchObject({
      status: 'PENDING',
      serviceDate: '2026-03-05',
      institutionId: w.clinic.id,
      programId: w.program.id,
      reason: '手机没电忘记签到',
    });
    const card = approvalCard();
    expect(card?.text).toContain('手机没电忘记签到');
    expect(card?.text).toContain('1/2 次');
    expect(card?.buttons.map((b) => [b.text, b.action, b.value])).toEqual([
      ['批准', 'correction.approve', { correctionId: correction?.id }],
      ['驳回', 'correction.reject', { correctionId: correction?.id }],
    ]);
    expect(w.bot.outbox(w.bot.p2p(COUNTY))).toHaveLength(0);
    expect(await w.bot.db.auditLog.count({ where: { action: 'correction.request' } })).toBe(1);
  });

  it('approval creates a complete 补卡 day pointing to the request, never editing it, owing no confirmation', async () => {
    await ask('/补卡 3月5日 石门卫生院 手机没电忘记签到');
    w.at('2026-03-10', '15:30');
    await w.bot.press(button('批准'));
    await w.bot.settle();
    const [correction] = await w.bot.db.serviceDayCorrection.findMany();
    expect(correction).toMatchObject({ status: 'APPROVED', decidedById: coordId, reason: '手机没电忘记签到' });
    const days = await w.bot.db.serviceDay.findMany();
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({
      serviceDate: '2026-03-05',
      checkInMethod: 'CORRECTION',
      checkInVerification: 'UNVERIFIED',
      correctionId: correction?.id,
      assignmentId: w.march.id,
      confirmationStatus: 'PENDING',
    });
    expect(days[0]?.checkInAt).toEqual(zonedInstant('2026-03-05', '06:00', 'Asia/Shanghai'));
    expect(approvalCard()?.text).toContain('已批准：陈科长 于 2026-03-10 15:30 批准');
    expect(approvalCard()?.buttons).toEqual([]);
    expect(w.lastReply()).toBe(
      '您 2026-03-05 在石门镇卫生院的补卡申请已由陈科长批准，这一天已记为完整的服务日（已补卡，陈科长批准，已计入到岗天数，无需确认）。',
    );
    // An approved correction owes no clinic-head confirmation: nothing is sent to the head.
    expect(w.bot.outbox(w.bot.p2p(HEAD)).some((m) => m.text.includes('到岗确认'))).toBe(false);
    // /本月 counts it toward the minimum and flags nothing about it.
    await w.bot.send({ as: WANG, text: '/本月' });
    await w.bot.settle();
    const month = w.lastReply();
    // A 补卡 day is none of unverified, awaiting confirmation: it has its own figure.
    expect(month).toContain('未核验天数：0');
    expect(month).toContain('已确认天数：0\n待确认天数：0\n有异议天数：0\n已补卡天数：1');
    expect(month).toContain('本月的记录都齐全');
    // The day is named as 补卡 with whoever approved it.
    expect(month).toContain('已补卡的日子');
    expect(month).toMatch(/03-05\s*│\s*石门镇卫生院\s*│\s*陈科长/);
    expect(await w.bot.db.auditLog.count({ where: { action: 'correction.approve' } })).toBe(1);
  });

  it('rejection with a note keeps the request and creates no day', async () => {
    await ask('/补卡 昨天 石门卫生院 忘记签到');
    await w.bot.press(button('驳回'), { form: { note: '当天未安排下乡' } });
    await w.bot.settle();
    expect(await w.bot.db.serviceDayCorrection.findFirst()).toMatchObject({
      serviceDate: '2026-03-09',
      status: 'REJECTED',
      decisionNote: '当天未安排下乡',
    });
    expect(await w.serviceDayCount()).toBe(0);
    expect(approvalCard()?.text).toContain('已驳回：陈科长 于 2026-03-10 10:00 驳回（当天未安排下乡）');
    expect(w.lastReply()).toBe(
      '您 2026-03-09 在石门镇卫生院的补卡申请已被陈科长驳回（当天未安排下乡）。如有疑问，请联系医务科联络员。',
    );
  });

  it("a second coordinator's decision on a decided request changes nothing and refreshes their card", async () => {
    await w.bot.person({
      name: '林干事',
      openId: 'ou_coord2',
      roles: [{ role: 'HOSPITAL_COORDINATOR', institutionId: w.fixture.hospital.id }],
    });
    await ask('/补卡 2026/3/5 石门卫生院 忘记签到');
    await w.bot.press(button('批准'));
    await w.bot.settle();
    await w.bot.press(button('驳回', 'ou_coord2'), { form: { note: '不同意' } });
    await w.bot.settle();
    expect(w.lastReply('ou_coord2')).toBe('这条补卡申请已经处理过了，以卡片上的结果为准。');
    expect(approvalCard('ou_coord2')?.text).toContain('已批准：陈科长');
    expect(await w.bot.db.serviceDayCorrection.findFirst()).toMatchObject({ status: 'APPROVED', decisionNote: '' });
    expect(await w.serviceDayCount()).toBe(1);
    expect(await w.bot.db.auditLog.count({ where: { action: { startsWith: 'correction.' } } })).toBe(2);
  });

  it.each([
    ['/补卡 2026-03-11 石门卫生院 忘记签到', '2026-03-11 不是过去的日期'],
    ['/补卡 今天 石门卫生院 忘记签到', '今天到岗请直接发送 /签到'],
    ['/补卡 2026-03-05 石门卫生院', '请写明补卡原因（至少 2 个字）'],
    ['/补卡 2026-03-05 石门卫生院 忘', '请写明补卡原因（至少 2 个字）'],
    ['/补卡 2026-02-30 石门卫生院 忘记签到', '看不懂日期“2026-02-30”'],
    ['/补卡', '/补卡 日期 受援单位 原因'],
    ['/补卡 2026-03-05 双洋镇卫生院 忘记签到', '您在 2026-03-05 没有派驻双洋镇卫生院的指派'],
    ['/补卡 2026-02-20 石门卫生院 忘记签到', '您在 2026-02-20 没有派驻石门镇卫生院的指派'],
    ['/补卡 2026-03-05 不存在卫生院 忘记签到', '没有找到受援单位“不存在卫生院”'],
  ])('refuses %s and stores nothing', async (text, expected) => {
    const reply = await ask(text);
    expect(reply).toContain(expected);
    expect(await counts()).toEqual({ corrections: 0, days: 0 });
    expect(w.bot.outbox(w.bot.p2p(COORD))).toHaveLength(0);
  });

  it('refuses someone who is not a physician', async () => {
    await w.bot.send({ as: COORD, text: '/补卡 2026-03-05 石门卫生院 忘记签到' });
    await w.bot.settle();
    expect(w.lastReply(COORD)).toContain('只有支援医师可以使用');
    expect(await counts()).toEqual({ corrections: 0, days: 0 });
  });

  it('refuses a date outside the program period', async () => {
    await createAssignment(w.bot.db, {
      programId: w.program.id,
      physicianId: w.physicianId,
      institutionId: w.clinic.id,
      startDate: '2025-12-01',
      endDate: '2025-12-31',
      plannedDates: [],
      createdById: null,
      at: w.bot.clock.now(),
    });
    const reply = await ask('/补卡 2025-12-15 石门卫生院 忘记签到');
    expect(reply).toBe('2025-12-15 不在项目“医师下基层 2026”的期间（2026-01-01 至 2026-12-31）内，无法补卡。');
    expect(await counts()).toEqual({ corrections: 0, days: 0 });
  });

  it('refuses a day already recorded, with its check-in time', async () => {
    await recordCheckIn(w.bot.db, {
      programId: w.program.id,
      assignmentId: w.march.id,
      physicianId: w.physicianId,
      institutionId: w.clinic.id,
      serviceDate: '2026-03-09',
      at: zonedInstant('2026-03-09', '08:40', 'Asia/Shanghai'),
      method: 'TEXT',
      verification: 'UNVERIFIED',
      sourceId: 'om_earlier',
    });
    expect(await ask('/补卡 03-09 石门卫生院 忘记签到')).toBe(
      '您 2026-03-09 在石门镇卫生院已有到岗记录（08:40 签到），无需补卡。',
    );
    expect(await counts()).toEqual({ corrections: 0, days: 1 });
  });

  it('refuses a second request for the same day while the first is pending', async () => {
    await ask('/补卡 2026-03-05 石门卫生院 忘记签到');
    expect(await ask('/补卡 2026-03-05 石门卫生院 再次申请')).toContain('正在等待审批，请勿重复申请');
    expect(await w.bot.db.serviceDayCorrection.count()).toBe(1);
  });

  it('counts every request of the month against the limit, rejected ones included', async () => {
    await ask('/补卡 2026-03-03 石门卫生院 忘记签到');
    await w.bot.press(button('驳回'));
    await w.bot.settle();
    await ask('/补卡 2026-03-04 石门卫生院 忘记签到');
    const reply = await ask('/补卡 2026-03-05 石门卫生院 忘记签到');
    expect(reply).toBe(
      '2026-03 的补卡已达上限 2 次（项目“医师下基层 2026”的规定，含已驳回的申请），无法再申请。如确有需要，请联系医务科联络员。',
    );
    expect(await w.bot.db.serviceDayCorrection.count()).toBe(2);
  });

  it('refuses deciders who do not manage the physician and forged ids, changing nothing', async () => {
    await ask('/补卡 2026-03-05 石门卫生院 忘记签到');
    const approve = button('批准');
    await w.bot.press(approve, { as: STRANGER });
    await w.bot.settle();
    expect(w.lastReply(STRANGER)).toBe(
      '只有王医生所在医院的医务科联络员（或上级卫健部门联络员）可以审批这条补卡申请。',
    );
    await w.bot.press(approve, { as: NURSE });
    await w.bot.settle();
    expect(w.lastReply(NURSE)).toContain('只有医务科联络员、卫健部门联络员可以使用');
    await w.bot.press(approve, { as: WANG });
    await w.bot.settle();
    for (const [i, value] of [{ correctionId: 424_242 }, { correctionId: '1; drop' }].entries()) {
      await w.bot.event(forgedClick(COORD, 'correction.approve', value, `evt_forged_${i}`));
      await w.bot.settle();
      expect(w.lastReply(COORD)).toBe('这个按钮已经失效了，请重新发送命令获取新的卡片。');
    }
    expect(await w.bot.db.serviceDayCorrection.findFirst()).toMatchObject({ status: 'PENDING', decidedById: null });
    expect(await w.serviceDayCount()).toBe(0);
  });

  it('a region coordinator above the hospital may decide too', async () => {
    await ask('/补卡 2026-03-05 石门卫生院 忘记签到');
    await w.bot.press(button('批准'), { as: COUNTY });
    await w.bot.settle();
    expect(await w.serviceDayCount()).toBe(1);
  });

  it('falls back to the region coordinators above the clinic when the hospital has none', async () => {
    await w.bot.db.roleGrant.updateMany({
      where: { personId: coordId },
      data: { revokedAt: w.bot.clock.now() },
    });
    expect(await ask('/补卡 2026-03-05 石门卫生院 忘记签到')).toContain('已发送给郑主任审批');
    await w.bot.press(button('批准', COUNTY));
    await w.bot.settle();
    expect(await w.serviceDayCount()).toBe(1);
  });

  it('an approval finding the day recorded meanwhile refuses and leaves the request pending', async () => {
    await ask('/补卡 2026-03-05 石门卫生院 忘记签到');
    await recordCheckIn(w.bot.db, {
      programId: w.program.id,
      assignmentId: w.march.id,
      physicianId: w.physicianId,
      institutionId: w.clinic.id,
      serviceDate: '2026-03-05',
      at: zonedInstant('2026-03-05', '08:40', 'Asia/Shanghai'),
      method: 'TEXT',
      verification: 'UNVERIFIED',
      sourceId: 'om_meanwhile',
    });
    await w.bot.press(button('批准'));
    await w.bot.settle();
    expect(w.lastReply(COORD)).toContain('已有到岗记录，无法批准');
    expect(await w.bot.db.serviceDayCorrection.findFirst()).toMatchObject({ status: 'PENDING' });
    expect(await w.serviceDayCount()).toBe(1);
  });
});
