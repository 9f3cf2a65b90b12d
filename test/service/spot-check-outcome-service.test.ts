import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { findSampledVisit } from '../../src/db/queries/spot-checks.js';
import { ManualClock } from '../../src/time/clock.js';
import { DEMO_COORDINATORS, WORLD_START } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import type { ServiceHarness } from '../support/service-harness.js';
import { startDemoSession, type FeishuSession } from './feishu-session.js';

/**
 * Issue #17 part 2 (the outcomes of `/抽查`), from outside: recorded once per sampled visit, only by the
 * inspector (or a coordinator of the region); a failed check makes the day 有异议 and tells the hospital.
 */
describe.each(testProviders())('spot-check outcomes through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let session: FeishuSession;
  const clock = new ManualClock(WORLD_START);
  const inspector = DEMO_COORDINATORS.county;
  /** The draw's seed, and two of its sampled planned dates: the first with a recorded day. */
  let seed = '';
  let recorded = 0;
  let unrecorded = 0;

  const db = () => harness.service.database.db;
  const pressOutcome = (openId: string, plannedDateId: number, outcome: string, note = '') =>
    session.press(openId, 'spotCheck.record', {
      cardOf: inspector,
      pick: (value) => value.plannedDateId === plannedDateId,
      formValue: { outcome, note },
    });

  beforeAll(async () => {
    ({ harness, session } = await startDemoSession(provider, clock));
    await session.say(inspector, '/抽查 20');
    const entry = await db().auditLog.findFirst({ where: { action: 'spotCheck.draw' }, orderBy: { id: 'desc' } });
    const details = entry?.details as { seed: string; sampled: number[] };
    seed = details.seed;
    [recorded = 0, unrecorded = 0] = details.sampled;
    // The physician of the first sampled visit checked in (typed, unverified) before the inspector came.
    const visit = await findSampledVisit(db(), recorded);
    const assignment = visit?.planned.assignment;
    if (!visit || !assignment) throw new Error('the draw sampled nothing');
    await recordCheckIn(db(), {
      programId: assignment.programId,
      assignmentId: assignment.id,
      physicianId: assignment.physicianId,
      institutionId: assignment.institutionId,
      serviceDate: visit.planned.date,
      at: clock.now(),
      method: 'TEXT',
      verification: 'UNVERIFIED',
      sourceId: null,
    });
  }, 120_000);
  afterAll(() => harness.stop());

  it('refuses anyone but the inspector or the region’s coordinators, and a word it does not know', async () => {
    expect(unrecorded).toBeGreaterThan(0);
    const refused = await pressOutcome(DEMO_COORDINATORS.hospital('zhangping_hospital'), recorded, '不在岗');
    expect(refused).toContain('只有卫健部门联络员');
    expect(await pressOutcome(inspector, recorded, '迟到')).toContain('请填 在岗、不在岗、已离开 或 其他');
    expect(await db().spotCheckOutcome.count()).toBe(0);
  });

  it('records a failed check once: the day becomes 有异议, the hospital is told, the note stays text', async () => {
    const visit = await findSampledVisit(db(), recorded);
    const home = visit?.planned.assignment.physician.homeInstitutionId ?? 0;
    const hospitalCoordinators = await db().roleGrant.count({
      where: { role: 'HOSPITAL_COORDINATOR', institutionId: home, revokedAt: null },
    });
    const card = await pressOutcome(inspector, recorded, '不在岗', '门诊*无人* <b>');
    expect(card).toContain('抽查结果已记录');
    expect(card).toContain('门诊&#42;无人&#42; &#60;b&#62;');
    const day = await db().serviceDay.findUnique({ where: { id: visit?.serviceDay?.id ?? 0 } });
    expect(day?.confirmationStatus).toBe('DISPUTED');
    // Handed to the notifier for each of the physician's hospital coordinators, and to nobody else.
    const notices = () => db().outboundMessage.findMany({ where: { purpose: 'spotCheck.failed' } });
    expect(hospitalCoordinators).toBeGreaterThan(0);
    expect((await notices()).map((m) => m.receiveId)).toContain(DEMO_COORDINATORS.hospital('zhangping_hospital'));
    expect(await notices()).toHaveLength(hospitalCoordinators);

    const confirmations = await db().serviceDayConfirmation.count();
    const sentAfter = harness.emulator.state.sent.length;
    expect(await pressOutcome(inspector, recorded, '在岗')).toContain('未重复记录');
    expect(await db().serviceDayConfirmation.count()).toBe(confirmations);
    expect(harness.emulator.state.sent.length - sentAfter).toBe(1);
    expect(await notices()).toHaveLength(hospitalCoordinators);
    const stored = await db().spotCheckOutcome.findMany({ where: { seed, plannedDateId: recorded } });
    expect(stored.map((row) => [row.outcome, row.note])).toEqual([['ABSENT', '门诊*无人* <b>']]);
  });

  it('keeps one outcome of two presses at once', async () => {
    const target = unrecorded;
    await Promise.all([pressOutcome(inspector, target, '在岗'), pressOutcome(inspector, target, '其他')]);
    expect(await db().spotCheckOutcome.count({ where: { seed, plannedDateId: target } })).toBe(1);
  });

  it('sums the month per region with /抽查 结果, and answers a bad month politely', async () => {
    const card = await session.say(inspector, '/抽查 结果');
    expect(card).toContain('抽查结果');
    expect(card).toContain('"disputed":1');
    expect(card).toContain('"open":1');
    expect(await session.say(inspector, '/抽查 结果 2026-10')).toContain('2026-10 还没有记录抽查结果');
    expect(await session.say(inspector, '/抽查 结果 十月')).toContain('请写成 /抽查 结果 2026-11');
  });
});
