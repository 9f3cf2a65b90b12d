import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../src/core/event.js';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { testProviders } from '../support/db.js';
import { buildAttendanceWorld, HEAD, WANG, type AttendanceWorld } from './attendance-world.js';

/** A card click on a button the test did not have to render (e.g. the morning duty reminder). */
function cardClick(userId: string, action: string, value: Record<string, unknown>, eventId: string): InboundEvent {
  return {
    platform: 'SANDBOX',
    eventId,
    occurredAt: new Date(),
    sender: { userId },
    chat: { id: `p2p:${userId}`, type: 'p2p' },
    mentionsBot: false,
    body: { kind: 'cardAction', action, value },
  };
}

describe.each(testProviders())('check-in (%s)', (provider) => {
  let w: AttendanceWorld;
  beforeEach(async () => {
    w = await buildAttendanceWorld(provider);
    w.at('2026-03-02', '09:00');
  });
  afterEach(() => w.bot.close());

  const today = (date = '2026-03-02') => findServiceDay(w.bot.db, w.physicianId, w.clinic.id, date);

  it('checks in by location inside the geofence: verified, stored with the message id, clinic head asked', async () => {
    const sent = await w.bot.location({ as: WANG, ...w.north(120), accuracyM: 15, messageId: 'om_loc_1' });
    await w.bot.settle();
    const day = await today();
    expect(day).toMatchObject({
      checkInMethod: 'LOCATION',
      checkInVerification: 'VERIFIED',
      checkInDistanceM: 120,
      checkInAccuracyM: 15,
      checkInSourceId: sent.messageId,
      assignmentId: w.march.id,
      programId: w.program.id,
      confirmationStatus: 'PENDING',
    });
    expect(day?.checkInLatitude).toBeCloseTo(w.north(120).latitude, 6);
    const receipt = w.bot.lastMessage(w.bot.p2p(WANG));
    expect(receipt?.kind).toBe('card');
    expect(receipt?.text).toContain('签到成功');
    expect(receipt?.text).toContain('石门镇卫生院');
    expect(receipt?.text).toContain('2026-03-02 09:00');
    expect(receipt?.text).toContain('位置消息（距受援单位 120 米');
    expect(receipt?.text).toContain('待确认');
    expect(receipt?.buttons.map((b) => [b.text, b.action, b.value])).toEqual([
      ['签退', 'checkout', { serviceDayId: day?.id }],
      ['填写今日工作量', 'worklog.open', { serviceDayId: day?.id }],
    ]);
    expect(w.bot.outbox(w.bot.p2p(HEAD)).length).toBe(1);
  });

  it.each([
    [499, 'VERIFIED'],
    [500, 'VERIFIED'],
    [501, 'UNVERIFIED'],
  ] as const)('a location %i m from the clinic (geofence 500 m) is %s', async (metres, verification) => {
    await w.bot.location({ as: WANG, ...w.north(metres) });
    await w.bot.settle();
    expect(await today()).toMatchObject({ checkInVerification: verification, checkInDistanceM: metres });
    if (verification === 'UNVERIFIED') expect(w.lastReply()).toContain(`未核验（距受援单位 ${metres} 米）`);
  });

  it("uses the clinic's own geofence radius before the program's", async () => {
    await w.bot.db.institution.update({ where: { id: w.clinic.id }, data: { geofenceRadiusM: 200 } });
    await w.bot.location({ as: WANG, ...w.north(300) });
    await w.bot.settle();
    expect(await today()).toMatchObject({ checkInVerification: 'UNVERIFIED', checkInDistanceM: 300 });
  });

  it('a location at a clinic without recorded coordinates is stored but unverified, and says why', async () => {
    await w.bot.db.institution.update({ where: { id: w.clinic.id }, data: { latitude: null, longitude: null } });
    await w.bot.location({ as: WANG, ...w.north(10) });
    await w.bot.settle();
    expect(await today()).toMatchObject({ checkInVerification: 'UNVERIFIED', checkInDistanceM: null });
    expect(w.lastReply()).toContain('未核验（受援单位未登记位置，无法核验）');
  });

  it('refuses a location without coordinates politely and stores nothing', async () => {
    await w.bot.location({ as: WANG });
    await w.bot.settle();
    expect(w.lastReply()).toContain('没有收到这条位置的坐标');
    expect(w.lastReply()).toContain('请重新发送一次位置');
    expect(await w.serviceDayCount()).toBe(0);
  });

  it('picks the nearest assigned clinic when nothing is planned today', async () => {
    await w.bot.db.assignment.create({
      data: {
        programId: w.program.id,
        physicianId: w.physicianId,
        institutionId: w.otherClinic.id,
        startDate: '2026-03-01',
        endDate: '2026-03-31',
      },
    });
    w.at('2026-03-03', '09:00');
    await w.bot.location({ as: WANG, latitude: 25.4601, longitude: 117.5501 });
    await w.bot.settle();
    const day = await findServiceDay(w.bot.db, w.physicianId, w.otherClinic.id, '2026-03-03');
    expect(day?.checkInVerification).toBe('VERIFIED');
    expect(w.lastReply()).toContain('双洋镇卫生院');
  });

  it.each(['/签到', '/签到 石门卫生院', '/打卡 石门镇卫生院', '/checkin'])(
    'checks in by text (%s): unverified, method TEXT',
    async (text) => {
      const sent = await w.bot.send({ as: WANG, text });
      await w.bot.settle();
      expect(await today()).toMatchObject({
        checkInMethod: 'TEXT',
        checkInVerification: 'UNVERIFIED',
        checkInDistanceM: null,
        checkInLatitude: null,
        checkInSourceId: sent.messageId,
      });
      expect(w.lastReply()).toContain('未核验（未发送位置）');
    },
  );

  it('refuses a clinic without an assignment this month, listing the assignments with planned dates', async () => {
    await w.bot.send({ as: WANG, text: '/签到 双洋镇卫生院' });
    await w.bot.settle();
    expect(w.lastReply()).toBe(
      '您本月没有到“双洋镇卫生院”的指派。您本月的指派：\n· 石门镇卫生院（计划日期：03-02、03-09）\n请发送“/签到 受援单位名称”。',
    );
    expect(await w.serviceDayCount()).toBe(0);
  });

  it('refuses a physician without any assignment this month', async () => {
    w.at('2026-05-04', '09:00');
    await w.bot.send({ as: WANG, text: '/签到' });
    await w.bot.settle();
    expect(w.lastReply()).toContain('您本月没有指派到任何受援单位');
    expect(await w.serviceDayCount()).toBe(0);
  });

  it('refuses a second check-in at the same clinic the same day, with the time of the first', async () => {
    await w.bot.send({ as: WANG, text: '/签到' });
    await w.bot.settle();
    w.at('2026-03-02', '10:30');
    await w.bot.send({ as: WANG, text: '/签到 石门卫生院' });
    await w.bot.settle();
    expect(w.lastReply()).toBe('您今天已经在石门镇卫生院签到过了（09:00），不需要重复签到。离开时请发送“/签退”。');
    expect(await w.serviceDayCount()).toBe(1);
    expect((await today())?.checkInMethod).toBe('TEXT');
  });

  it("refuses outside the program's check-in window", async () => {
    w.at('2026-03-02', '05:59');
    await w.bot.send({ as: WANG, text: '/签到' });
    await w.bot.settle();
    expect(w.lastReply()).toBe(
      '现在（05:59）不在本项目的签到时间内（06:00–22:00），本次没有记录。请在规定时间内签到；如确有特殊情况，可在之后申请补卡。',
    );
    w.at('2026-03-02', '22:01');
    await w.bot.location({ as: WANG, ...w.north(10) });
    await w.bot.settle();
    expect(w.lastReply()).toContain('不在本项目的签到时间内');
    expect(await w.serviceDayCount()).toBe(0);
    w.at('2026-03-02', '22:00');
    await w.bot.send({ as: WANG, text: '/签到' });
    await w.bot.settle();
    expect(await w.serviceDayCount()).toBe(1);
  });

  it('refuses someone who is not a physician, by text and by location', async () => {
    await w.bot.send({ as: HEAD, text: '/签到' });
    await w.bot.settle();
    expect(w.lastReply(HEAD)).toContain('/签到只有支援医师可以使用');
    await w.bot.location({ as: HEAD, ...w.north(10) });
    await w.bot.settle();
    expect(w.lastReply(HEAD)).toContain('只有支援医师可以使用');
    expect(await w.serviceDayCount()).toBe(0);
  });

  it('checks in by the card button with the assignment id, method CARD_BUTTON', async () => {
    await w.bot.event(cardClick(WANG, 'checkin', { assignmentId: w.march.id }, 'ev_click_1'));
    await w.bot.settle();
    expect(await today()).toMatchObject({
      checkInMethod: 'CARD_BUTTON',
      checkInVerification: 'UNVERIFIED',
      checkInSourceId: 'event:ev_click_1',
    });
    expect(w.lastReply()).toContain('签到成功');
  });

  it("refuses a button naming someone else's assignment, or garbage, and stores nothing", async () => {
    const otherId = await w.bot.person({ name: '陈医生', openId: 'ou_chen', roles: ['PHYSICIAN'] });
    const other = await w.bot.db.assignment.create({
      data: {
        programId: w.program.id,
        physicianId: otherId,
        institutionId: w.clinic.id,
        startDate: '2026-03-01',
        endDate: '2026-03-31',
      },
    });
    await w.bot.event(cardClick(WANG, 'checkin', { assignmentId: other.id }, 'ev_click_2'));
    await w.bot.settle();
    expect(w.lastReply()).toContain('这张卡片上的指派不是您的');
    await w.bot.event(cardClick(WANG, 'checkin', { assignmentId: 'drop table' }, 'ev_click_3'));
    await w.bot.settle();
    expect(w.lastReply()).not.toContain('签到成功');
    expect(await w.serviceDayCount()).toBe(0);
  });

  it('counts a redelivered check-in once', async () => {
    const first = await w.bot.location({ as: WANG, ...w.north(50), eventId: 'ev_loc', messageId: 'om_loc' });
    const again = await w.bot.location({ as: WANG, ...w.north(50), eventId: 'ev_loc', messageId: 'om_loc' });
    const resent = await w.bot.location({ as: WANG, ...w.north(50), eventId: 'ev_loc_2', messageId: 'om_loc' });
    await w.bot.settle();
    expect(first.result).toBe('accepted');
    expect(again.result).toBe('duplicate');
    expect(resent.messageId).toBe('om_loc');
    expect(await w.serviceDayCount()).toBe(1);
    const day = await today();
    expect(day).toMatchObject({ checkInSourceId: 'om_loc', checkOutAt: null });
    expect(w.bot.outbox(w.bot.p2p(HEAD)).length).toBe(1);
  });

  describe('Asia/Shanghai day and month boundaries', () => {
    beforeEach(async () => {
      await w.bot.db.program.update({
        where: { id: w.program.id },
        data: { checkInWindowStart: '00:00', checkInWindowEnd: '23:59' },
      });
    });

    it("23:59 on the last day of March is March's day; 00:01 is April 1st with April's assignment", async () => {
      w.at('2026-03-31', '23:59');
      await w.bot.send({ as: WANG, text: '/签到' });
      await w.bot.settle();
      expect(await today('2026-03-31')).toMatchObject({ assignmentId: w.march.id });
      w.at('2026-04-01', '00:01');
      await w.bot.send({ as: WANG, text: '/签到' });
      await w.bot.settle();
      expect(await today('2026-04-01')).toMatchObject({ assignmentId: w.april.id });
      expect(w.lastReply()).toContain('2026-04-01 00:01');
      expect(await w.serviceDayCount()).toBe(2);
    });

    it('00:01 local is still the previous UTC day, but the local date counts', async () => {
      w.at('2026-03-10', '00:01');
      await w.bot.send({ as: WANG, text: '/签到' });
      await w.bot.settle();
      expect(w.bot.clock.now().toISOString().slice(0, 10)).toBe('2026-03-09');
      expect(await today('2026-03-10')).not.toBeNull();
      expect(await today('2026-03-09')).toBeNull();
    });
  });
});
