import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { listServiceDayConfirmations } from '../../src/db/queries/service-day-confirmations.js';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { classifyServiceDay } from '../../src/physician/day-status.js';
import { requestClinicHeadConfirmation } from '../../src/physician/confirmation-request.js';
import type { HarnessButton } from '../support/bot-harness.js';
import { testProviders } from '../support/db.js';
import { buildAttendanceWorld, HEAD, NURSE, WANG, type AttendanceWorld } from './attendance-world.js';
import { forgedClick, harnessNotifier } from './oversight-support.js';

describe.each(testProviders())('clinic-head confirmation (%s)', (provider) => {
  let w: AttendanceWorld;
  beforeEach(async () => {
    w = await buildAttendanceWorld(provider);
    await w.bot.db.person.update({
      where: { id: w.physicianId },
      data: { title: 'ASSOCIATE_CHIEF', specialty: '心血管内科' },
    });
    w.at('2026-03-02', '09:00');
  });
  afterEach(() => w.bot.close());

  const day = async () => {
    const found = await findServiceDay(w.bot.db, w.physicianId, w.clinic.id, '2026-03-02');
    if (!found) throw new Error('no service day');
    return found;
  };
  const headCard = () => w.bot.outbox(w.bot.p2p(HEAD))[0];
  const button = (text: string): HarnessButton => {
    const found = headCard()?.buttons.find((b) => b.text === text);
    if (!found) throw new Error(`no button ${text}`);
    return found;
  };
  const checkIn = async () => {
    await w.bot.location({ as: WANG, ...w.north(80) });
    await w.bot.settle();
  };
  const confirmationRows = () => w.bot.db.serviceDayConfirmation.count();

  it('sends the clinic head a card naming the physician, clinic, date, time and verification', async () => {
    await checkIn();
    const card = headCard();
    expect(w.bot.outbox(w.bot.p2p(HEAD))).toHaveLength(1);
    expect(card?.kind).toBe('card');
    for (const part of ['到岗确认', '王医生', '副主任医师', '心血管内科', '漳平市医院', '石门镇卫生院', '2026-03-02']) {
      expect(card?.text).toContain(part);
    }
    expect(card?.text).toContain('09:00');
    expect(card?.text).toContain('已核验');
    const id = (await day()).id;
    const gathering = await w.bot.db.confirmationGathering.findFirstOrThrow();
    const value = { serviceDayId: id, gatheringId: gathering.id };
    expect(card?.buttons.map((b) => [b.text, b.action, b.value])).toEqual([
      ['确认到岗', 'visit.confirm', value],
      ['有异议', 'visit.dispute', value],
    ]);
    // The other clinic's head hears nothing.
    expect(w.bot.outbox(w.bot.p2p(NURSE))).toHaveLength(0);
  });

  it('confirms: appends a confirmation, updates the card in place and tells the physician', async () => {
    await checkIn();
    const before = w.bot.outbox(w.bot.p2p(WANG)).length;
    await w.bot.press(button('确认到岗'));
    await w.bot.settle();
    expect((await day()).confirmationStatus).toBe('CONFIRMED');
    const rows = await listServiceDayConfirmations(w.bot.db, (await day()).id);
    expect(rows).toMatchObject([{ status: 'CONFIRMED', note: '' }]);
    expect(w.bot.outbox(w.bot.p2p(HEAD))).toHaveLength(1);
    expect(headCard()?.text).toContain('已确认：李院长 于 2026-03-02 09:00 确认到岗');
    const notices = w.bot.outbox(w.bot.p2p(WANG)).slice(before);
    expect(notices.map((m) => m.text)).toEqual(['石门镇卫生院的受援单位负责人李院长已确认您 2026-03-02 到岗。']);
    const audit = await w.bot.db.auditLog.findMany({ where: { action: 'visit.confirm' } });
    expect(audit).toHaveLength(1);
  });

  it('a dispute with a note after a confirmation changes the state and keeps the history', async () => {
    await checkIn();
    await w.bot.press(button('确认到岗'));
    await w.bot.settle();
    w.at('2026-03-02', '11:00');
    await w.bot.press(button('有异议'), { form: { note: '下午未见到该医师' } });
    await w.bot.settle();
    const current = await day();
    expect(current.confirmationStatus).toBe('DISPUTED');
    expect(await listServiceDayConfirmations(w.bot.db, current.id)).toMatchObject([
      { status: 'CONFIRMED', note: '' },
      { status: 'DISPUTED', note: '下午未见到该医师' },
    ]);
    const text = headCard()?.text ?? '';
    expect(text).toContain('已确认：李院长 于 2026-03-02 09:00 确认到岗');
    expect(text).toContain('有异议：李院长 于 2026-03-02 11:00 提出异议（下午未见到该医师）');
    expect(w.lastReply()).toBe(
      '石门镇卫生院的受援单位负责人李院长对您 2026-03-02 的到岗有异议（下午未见到该医师）。如有误会，请与其沟通或联系医务科联络员。',
    );
  });

  it('pressing the same verdict twice records it once', async () => {
    await checkIn();
    await w.bot.press(button('确认到岗'));
    await w.bot.settle();
    await w.bot.press(button('确认到岗'));
    await w.bot.settle();
    expect(await confirmationRows()).toBe(1);
  });

  it("refuses another clinic's head, the physician and forged ids, storing nothing", async () => {
    await checkIn();
    await w.bot.press(button('确认到岗'), { as: NURSE });
    await w.bot.settle();
    expect(w.lastReply(NURSE)).toContain('只有石门镇卫生院的受援单位负责人可以确认这次到岗');
    await w.bot.press(button('确认到岗'), { as: WANG });
    await w.bot.settle();
    expect(w.lastReply(WANG)).toContain('只有受援单位负责人可以使用');
    for (const [i, value] of [{ serviceDayId: 999_999 }, { serviceDayId: 'abc' }, {}, { serviceDayId: -1 }].entries()) {
      await w.bot.event(forgedClick(HEAD, 'visit.confirm', value, `evt_forged_${i}`));
      await w.bot.settle();
      expect(w.lastReply(HEAD)).toBe('这个按钮已经失效了，请重新发送命令获取新的卡片。');
    }
    expect(await confirmationRows()).toBe(0);
    expect((await day()).confirmationStatus).toBe('PENDING');
  });

  it('asks once per day however often it is requested', async () => {
    await checkIn();
    const checkedIn = await day();
    const clinic = { id: checkedIn.institutionId, name: '石门镇卫生院' };
    await requestClinicHeadConfirmation(harnessNotifier(w.bot), checkedIn, clinic);
    await requestClinicHeadConfirmation(harnessNotifier(w.bot), checkedIn, clinic);
    await w.bot.settle();
    expect(w.bot.outbox(w.bot.p2p(HEAD))).toHaveLength(1);
  });

  it('tells the physician the visit awaits confirmation when the clinic has no head', async () => {
    const lonely = await upsertInstitutionByCode(w.bot.db, {
      code: 'C-XQ',
      name: '新桥镇卫生院',
      kind: 'TOWNSHIP_HEALTH_CENTER',
      regionCode: w.fixture.township.code,
    });
    await createAssignment(w.bot.db, {
      programId: w.program.id,
      physicianId: w.physicianId,
      institutionId: lonely.id,
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      plannedDates: [],
      createdById: null,
      at: w.bot.clock.now(),
    });
    await w.bot.send({ as: WANG, text: '/签到 新桥镇卫生院' });
    await w.bot.settle();
    expect(w.lastReply()).toBe(
      '新桥镇卫生院尚未登记受援单位负责人，您 2026-03-02 的到岗暂为待确认。请联系医务科联络员为该单位登记负责人。',
    );
    expect(w.bot.logsAt('warn').some((l) => l.msg.includes('the clinic has no head'))).toBe(true);
  });

  it('undecided for 3 days counts as unconfirmed, never confirmed; a late decision is still recorded', async () => {
    await checkIn();
    w.at('2026-03-05', '09:00');
    const waiting = await day();
    expect(waiting.confirmationStatus).toBe('PENDING');
    expect(classifyServiceDay(waiting, '2026-03-05').flags).toContain('CONFIRMATION_OVERDUE');
    await w.bot.press(button('确认到岗'));
    await w.bot.settle();
    const late = await day();
    expect(late.confirmationStatus).toBe('CONFIRMED');
    expect(classifyServiceDay(late, '2026-03-05').flags).not.toContain('CONFIRMATION_OVERDUE');
  });
});
