import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { gatherArrival } from '../../src/db/queries/confirmation-gatherings.js';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import type { HarnessButton } from '../support/bot-harness.js';
import { testProviders } from '../support/db.js';
import { buildAttendanceWorld, HEAD, NURSE, WANG, type AttendanceWorld } from './attendance-world.js';
import { forgedClick } from './oversight-support.js';

const ZHAO = 'ou_zhao';

/**
 * Issue 18 item 2: a clinic head gets one confirmation card for the arrivals of a few minutes, updated
 * in place as more arrive, each arrival still confirmable on its own; a card from before still works.
 */
describe.each(testProviders())('gathered clinic-head confirmation (%s)', (provider) => {
  let w: AttendanceWorld;
  let zhaoId: number;
  beforeEach(async () => {
    w = await buildAttendanceWorld(provider);
    zhaoId = await w.bot.person({
      name: '赵医生',
      openId: ZHAO,
      homeInstitutionId: w.fixture.hospital.id,
      roles: ['PHYSICIAN'],
    });
    await createAssignment(w.bot.db, {
      programId: w.program.id,
      physicianId: zhaoId,
      institutionId: w.clinic.id,
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      plannedDates: ['2026-03-02'],
      createdById: null,
      at: w.bot.clock.now(),
    });
  });
  afterEach(() => w.bot.close());

  const headCards = () => w.bot.outbox(w.bot.p2p(HEAD));
  const arrive = async (openId: string, time: string) => {
    w.at('2026-03-02', time);
    await w.bot.location({ as: openId, ...w.north(80) });
    await w.bot.settle();
  };
  const button = (index: number, text: string): HarnessButton => {
    const found = headCards()[index]?.buttons.find((b) => b.text === text);
    if (!found) throw new Error(`no button ${text} on card ${index}`);
    return found;
  };
  const statusOf = async (physicianId: number) =>
    (await findServiceDay(w.bot.db, physicianId, w.clinic.id, '2026-03-02'))?.confirmationStatus;

  it('lists the arrivals of the last minutes on one card, updated in place, each confirmable on its own', async () => {
    await arrive(WANG, '08:30');
    await arrive(ZHAO, '08:33');
    expect(headCards()).toHaveLength(1);
    const card = headCards()[0];
    expect(card?.text).toContain('2 位医师到岗');
    for (const part of ['王医生', '赵医生', '08:30', '08:33']) expect(card?.text).toContain(part);
    expect(card?.buttons.map((b) => b.text)).toEqual([
      '确认到岗（王医生）',
      '有异议（王医生）',
      '确认到岗（赵医生）',
      '有异议（赵医生）',
    ]);

    await w.bot.press(button(0, '确认到岗（赵医生）'));
    await w.bot.settle();
    expect(await statusOf(zhaoId)).toBe('CONFIRMED');
    expect(await statusOf(w.physicianId)).toBe('PENDING');
    expect(headCards()).toHaveLength(1);
    expect(headCards()[0]?.text).toContain('已确认：李院长 于 2026-03-02 08:33 确认到岗');
    expect(w.lastReply(ZHAO)).toBe('石门镇卫生院的受援单位负责人李院长已确认您 2026-03-02 到岗。');

    await w.bot.press(button(0, '有异议（王医生）'), { form: { note: '未见到' } });
    await w.bot.settle();
    expect(await statusOf(w.physicianId)).toBe('DISPUTED');
    expect(await statusOf(zhaoId)).toBe('CONFIRMED');
    expect(headCards()[0]?.text).toContain('提出异议（未见到）');
  });

  it('opens a new card for an arrival after the gathering minutes', async () => {
    await arrive(WANG, '08:30');
    await arrive(ZHAO, '08:36');
    expect(headCards()).toHaveLength(2);
    expect(headCards()[0]?.text).not.toContain('赵医生');
    expect(headCards()[1]?.text).toContain('赵医生');
    expect(await w.bot.db.confirmationGathering.count()).toBe(2);
  });

  it('a verdict from a card sent before gathering still works and updates the gathered card', async () => {
    await arrive(WANG, '08:30');
    const day = await findServiceDay(w.bot.db, w.physicianId, w.clinic.id, '2026-03-02');
    await w.bot.event(forgedClick(HEAD, 'visit.confirm', { serviceDayId: day?.id ?? 0 }, 'evt_old_card'));
    await w.bot.settle();
    expect(await statusOf(w.physicianId)).toBe('CONFIRMED');
    expect(headCards()[0]?.text).toContain('已确认：李院长 于 2026-03-02 08:30 确认到岗');
    // A gathering id that is not the day's is an old card too: the day is decided, nothing else shown.
    await w.bot.event(
      forgedClick(HEAD, 'visit.dispute', { serviceDayId: day?.id ?? 0, gatheringId: 999 }, 'evt_forged_g'),
    );
    await w.bot.settle();
    expect(await statusOf(w.physicianId)).toBe('DISPUTED');
  });

  it('two arrivals for one head at once join one gathering, decided by the database', async () => {
    await arrive(WANG, '08:30');
    await arrive(ZHAO, '08:30');
    const days = await w.bot.db.serviceDay.findMany({ orderBy: { id: 'asc' } });
    const other = await w.bot.db.chatIdentity.findFirstOrThrow({ where: { platformUserId: NURSE } });
    const arrival = (serviceDayId: number) =>
      gatherArrival(w.bot.db, {
        headId: other.personId,
        serviceDayId,
        at: w.bot.clock.now(),
        gatherMs: 300_000,
        maxItems: 8,
      });
    const ids = await Promise.all(days.map((d) => arrival(d.id)));
    expect(new Set(ids).size).toBe(1);
    expect(await w.bot.db.confirmationGathering.count({ where: { headId: other.personId } })).toBe(1);
    expect(await Promise.all(days.map((d) => arrival(d.id)))).toEqual([null, null]);
  });
});
