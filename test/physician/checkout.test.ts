import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { testProviders } from '../support/db.js';
import { buildAttendanceWorld, HEAD, WANG, type AttendanceWorld } from './attendance-world.js';

describe.each(testProviders())('check-out (%s)', (provider) => {
  let w: AttendanceWorld;
  beforeEach(async () => {
    w = await buildAttendanceWorld(provider);
    w.at('2026-03-02', '09:00');
  });
  afterEach(() => w.bot.close());

  const today = (date = '2026-03-02') => findServiceDay(w.bot.db, w.physicianId, w.clinic.id, date);
  const checkInByText = async () => {
    await w.bot.send({ as: WANG, text: '/签到' });
    await w.bot.settle();
    w.at('2026-03-02', '17:00');
  };

  it('checks out by text: method TEXT, unverified, reply with both times', async () => {
    await checkInByText();
    const sent = await w.bot.send({ as: WANG, text: '/签退' });
    await w.bot.settle();
    expect(await today()).toMatchObject({
      checkOutMethod: 'TEXT',
      checkOutVerification: 'UNVERIFIED',
      checkOutSourceId: sent.messageId,
      checkOutDistanceM: null,
    });
    expect(w.lastReply()).toBe('已在石门镇卫生院签退：09:00–17:00，定位：未核验（未发送位置）。辛苦了！');
  });

  it('checks out by the checkout alias naming the clinic', async () => {
    await checkInByText();
    await w.bot.send({ as: WANG, text: '/checkout 石门卫生院' });
    await w.bot.settle();
    expect((await today())?.checkOutMethod).toBe('TEXT');
  });

  it('checks out by location after a location check-in, verified against the geofence', async () => {
    await w.bot.location({ as: WANG, ...w.north(30) });
    await w.bot.settle();
    w.at('2026-03-02', '17:00');
    const sent = await w.bot.location({ as: WANG, ...w.north(640), accuracyM: 40 });
    await w.bot.settle();
    expect(await today()).toMatchObject({
      checkInVerification: 'VERIFIED',
      checkOutMethod: 'LOCATION',
      checkOutVerification: 'UNVERIFIED',
      checkOutDistanceM: 640,
      checkOutAccuracyM: 40,
      checkOutSourceId: sent.messageId,
    });
    // Verification only goes up: the day stays verified by its check-in.
    expect(w.lastReply()).toContain('定位：已核验');
    expect(await w.serviceDayCount()).toBe(1);
  });

  it('checks out by the 签退 button on the receipt', async () => {
    await checkInByText();
    const receipt = w.bot.outbox(w.bot.p2p(WANG)).find((m) => m.kind === 'card');
    const button = receipt?.buttons.find((b) => b.action === 'checkout');
    if (!button) throw new Error('the receipt has no 签退 button');
    await w.bot.press(button);
    await w.bot.settle();
    expect(await today()).toMatchObject({ checkOutMethod: 'CARD_BUTTON', checkOutVerification: 'UNVERIFIED' });
    expect(w.lastReply()).toContain('已在石门镇卫生院签退');
  });

  it('refuses when not checked in today, and writes nothing', async () => {
    await w.bot.send({ as: WANG, text: '/签退' });
    await w.bot.settle();
    expect(w.lastReply()).toBe(
      '您今天还没有签到，无法签退。请先发送位置或“/签到 受援单位名称”；如果忘记签到，可以申请补卡。',
    );
    expect(await w.serviceDayCount()).toBe(0);
  });

  it('refuses a second check-out with the time of the first, keeping the first', async () => {
    await checkInByText();
    await w.bot.send({ as: WANG, text: '/签退' });
    await w.bot.settle();
    w.at('2026-03-02', '18:15');
    await w.bot.send({ as: WANG, text: '/签退' });
    await w.bot.settle();
    expect(w.lastReply()).toBe('您今天已经在石门镇卫生院签退过了（17:00），不需要重复签退。');
    const day = await today();
    expect(day?.checkOutMethod).toBe('TEXT');
    expect(day?.checkOutAt?.toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });

  it("refuses a button for someone else's day, and a receipt of a day that is over", async () => {
    await checkInByText();
    const receipt = w.bot.outbox(w.bot.p2p(WANG)).find((m) => m.kind === 'card');
    const button = receipt?.buttons.find((b) => b.action === 'checkout');
    if (!button) throw new Error('the receipt has no 签退 button');
    await w.bot.person({ name: '陈医生', openId: 'ou_chen', roles: ['PHYSICIAN'] });
    await w.bot.press(button, { as: 'ou_chen' });
    await w.bot.settle();
    expect(w.lastReply('ou_chen')).toContain('这张卡片上的服务日不是您的');
    w.at('2026-03-03', '08:00');
    await w.bot.press(button);
    await w.bot.settle();
    expect(w.lastReply()).toContain('这张回执是 2026-03-02 的，那一天已经结束');
    expect((await today())?.checkOutAt).toBeNull();
  });

  it('refuses someone who is not a physician', async () => {
    await w.bot.send({ as: HEAD, text: '/签退' });
    await w.bot.settle();
    expect(w.lastReply(HEAD)).toContain('/签退只有支援医师可以使用');
  });

  it('records a redelivered check-out once', async () => {
    await checkInByText();
    await w.bot.send({ as: WANG, text: '/签退', eventId: 'ev_out', messageId: 'om_out' });
    await w.bot.settle();
    w.at('2026-03-02', '17:30');
    await w.bot.send({ as: WANG, text: '/签退', eventId: 'ev_out_2', messageId: 'om_out' });
    await w.bot.settle();
    const day = await today();
    expect(day?.checkOutSourceId).toBe('om_out');
    expect(day?.checkOutAt?.toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect(w.lastReply()).not.toContain('不需要重复');
  });

  it('after midnight (00:01 local) yesterday is over: not checked in today, yesterday stays open', async () => {
    await w.bot.db.program.update({
      where: { id: w.program.id },
      data: { checkInWindowStart: '00:00', checkInWindowEnd: '23:59' },
    });
    w.at('2026-03-31', '23:59');
    await w.bot.send({ as: WANG, text: '/签到' });
    await w.bot.settle();
    w.at('2026-04-01', '00:01');
    await w.bot.send({ as: WANG, text: '/签退' });
    await w.bot.settle();
    expect(w.lastReply()).toContain('您今天还没有签到');
    expect((await today('2026-03-31'))?.checkOutAt).toBeNull();
  });

  it('a second location within 30 minutes of the check-in is taken as a double send, not a check-out', async () => {
    await w.bot.location({ as: WANG, ...w.north(30) });
    await w.bot.settle();
    w.at('2026-03-02', '09:10');
    await w.bot.location({ as: WANG, ...w.north(40) });
    await w.bot.settle();
    expect((await today())?.checkOutAt).toBeNull();
    expect(w.lastReply()).toBe('您今天已于 09:00 签到。如需签退，请在 20 分钟后再发送位置，或直接发送 /签退。');
  });

  it('a location without coordinates is refused and nothing changes', async () => {
    await checkInByText();
    await w.bot.location({ as: WANG });
    await w.bot.settle();
    expect(w.lastReply()).toContain('没有收到这条位置的坐标');
    expect((await today())?.checkOutAt).toBeNull();
  });
});
