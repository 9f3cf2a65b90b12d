import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { findSampledVisit } from '../../src/db/queries/spot-checks.js';
import { ManualClock } from '../../src/time/clock.js';
import { APP } from '../feishu/support.js';
import { DEMO_COORDINATORS, WORLD_START } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import type { ServiceHarness } from '../support/service-harness.js';
import { startDemoSession, type FeishuSession } from './feishu-session.js';

/**
 * Issue #17 part 2 (the outcomes of `/抽查`), from outside: recorded once per sampled visit on the draw
 * card (updated in place), only by the inspector (or a coordinator of the region); a failed check makes
 * the day 有异议 and tells the hospital, and shows as 抽查不符 on /本月, the drill-down, /逾期 and the
 * monthly report; nobody else hears of the draw.
 */
describe.each(testProviders())('spot-check outcomes through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let session: FeishuSession;
  const clock = new ManualClock(WORLD_START);
  const inspector = DEMO_COORDINATORS.county;
  const zhangpingHospital = DEMO_COORDINATORS.hospital('zhangping_hospital');
  /** The draw's seed, its card, and three of its sampled planned dates: the first and third with a recorded day. */
  let seed = '';
  let drawCardId = '';
  let recorded = 0;
  let unrecorded = 0;
  let passed = 0;
  /** Emulator messages before the draw. */
  let sentBeforeDraw = 0;

  const db = () => harness.service.database.db;
  const chatOf = (openId: string) => harness.emulator.state.p2pChat(APP.appId, openId).chat_id;
  const drawCard = () => JSON.stringify(harness.emulator.state.currentCard(drawCardId));
  const pressOutcome = (openId: string, plannedDateId: number, outcome: string, note = '') =>
    session.press(openId, 'spotCheck.record', {
      cardOf: inspector,
      pick: (value) => value.plannedDateId === plannedDateId,
      formValue: { outcome, note },
    });
  const checkIn = async (plannedDateId: number) => {
    const visit = await findSampledVisit(db(), plannedDateId);
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
    return visit;
  };
  const workbookText = (workbook: ExcelJS.Workbook) => {
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => texts.push(JSON.stringify(row.values))));
    return texts.join('\n');
  };
  const openIdOf = async (personId: number) =>
    (await db().chatIdentity.findFirst({ where: { personId, platform: 'FEISHU' } }))?.platformUserId ?? '';

  beforeAll(async () => {
    ({ harness, session } = await startDemoSession(provider, clock));
    sentBeforeDraw = harness.emulator.state.sent.length;
    await session.say(inspector, '/抽查 20');
    drawCardId = harness.emulator.state.sent.at(-1)?.messageId ?? '';
    const entry = await db().auditLog.findFirst({ where: { action: 'spotCheck.draw' }, orderBy: { id: 'desc' } });
    const details = entry?.details as { seed: string; sampled: number[] };
    seed = details.seed;
    [recorded = 0, unrecorded = 0, passed = 0] = details.sampled;
    // The physicians of the first and third sampled visits checked in (typed, unverified) before the inspector came.
    await checkIn(recorded);
    await checkIn(passed);
  }, 120_000);
  afterAll(() => harness.stop());

  it('refuses anyone but the inspector or the region’s coordinators, and a word it does not know', async () => {
    expect(unrecorded).toBeGreaterThan(0);
    expect(passed).toBeGreaterThan(0);
    const refused = await pressOutcome(zhangpingHospital, recorded, '不在岗');
    expect(refused).toContain('只有卫健部门联络员');
    expect(await pressOutcome(inspector, recorded, '迟到')).toContain('请填 在岗、不在岗、已离开 或 其他');
    expect(await db().spotCheckOutcome.count()).toBe(0);
  });

  it('records a failed check once on the draw card, updated in place: the day becomes 有异议, the hospital is told', async () => {
    const visit = await findSampledVisit(db(), recorded);
    const home = visit?.planned.assignment.physician.homeInstitutionId ?? 0;
    const hospitalCoordinators = await db().roleGrant.count({
      where: { role: 'HOSPITAL_COORDINATOR', institutionId: home, revokedAt: null },
    });
    const sentBefore = harness.emulator.state.sent.filter((m) => m.chatId === chatOf(inspector)).length;
    await pressOutcome(inspector, recorded, '不在岗', '门诊*无人* <b>');
    // No new card for the inspector: the draw card itself now shows the outcome instead of the form.
    expect(harness.emulator.state.sent.filter((m) => m.chatId === chatOf(inspector))).toHaveLength(sentBefore);
    expect(drawCard()).toContain('已记录');
    expect(drawCard()).toContain('门诊&#42;无人&#42; &#60;b&#62;');
    expect(drawCard()).toContain('抽查不符');
    const values = JSON.stringify(harness.emulator.state.currentCard(drawCardId));
    expect(values).not.toContain(`"plannedDateId":${recorded}`);
    const day = await db().serviceDay.findUnique({ where: { id: visit?.serviceDay?.id ?? 0 } });
    expect(day?.confirmationStatus).toBe('DISPUTED');
    // Handed to the notifier for each of the physician's hospital coordinators, and to nobody else.
    const notices = () => db().outboundMessage.findMany({ where: { purpose: 'spotCheck.failed' } });
    expect(hospitalCoordinators).toBeGreaterThan(0);
    expect((await notices()).map((m) => m.receiveId)).toContain(zhangpingHospital);
    expect(await notices()).toHaveLength(hospitalCoordinators);

    const confirmations = await db().serviceDayConfirmation.count();
    await session.press(inspector, 'spotCheck.record', {
      pick: (value) => value.plannedDateId === unrecorded,
      formValue: { outcome: '在岗' },
    });
    expect(drawCard()).toContain('已记录');
    expect(await db().serviceDayConfirmation.count()).toBe(confirmations);
    expect(await notices()).toHaveLength(hospitalCoordinators);
    const stored = await db().spotCheckOutcome.findMany({ where: { seed, plannedDateId: recorded } });
    expect(stored.map((row) => [row.outcome, row.note])).toEqual([['ABSENT', '门诊*无人* <b>']]);
  });

  it('keeps one outcome of two presses at once, and says so on the card', async () => {
    await Promise.all([pressOutcome(inspector, passed, '在岗'), pressOutcome(inspector, passed, '其他')]);
    expect(await db().spotCheckOutcome.count({ where: { seed, plannedDateId: passed } })).toBe(1);
    expect(await db().spotCheckOutcome.findMany({ where: { seed, plannedDateId: passed } })).toEqual([
      expect.objectContaining({ plannedDateId: passed }),
    ]);
    expect(drawCard()).toContain('未重复记录');
  });

  it('shows both outcomes when two visits of one draw are recorded at once', async () => {
    await session.say(inspector, '/抽查 20 本周');
    const weekCardId = harness.emulator.state.sent.at(-1)?.messageId ?? '';
    const entry = await db().auditLog.findFirst({ where: { action: 'spotCheck.draw' }, orderBy: { id: 'desc' } });
    const { seed: weekSeed, sampled } = entry?.details as { seed: string; sampled: number[] };
    const together = sampled.slice(0, 2);
    expect(together).toHaveLength(2);
    await Promise.all(together.map((plannedDateId) => pressOutcome(inspector, plannedDateId, '在岗')));
    expect(await db().spotCheckOutcome.count({ where: { seed: weekSeed } })).toBe(2);
    // Each recorded visit's form gives way to its outcome: neither form is left on the card.
    const weekCard = JSON.stringify(harness.emulator.state.currentCard(weekCardId));
    for (const plannedDateId of together) expect(weekCard).not.toContain(`"plannedDateId":${plannedDateId}`);
  });

  it('told no physician and no clinic: every message since the draw went to the inspector or a hospital coordinator', async () => {
    const told = new Set(
      (await db().outboundMessage.findMany({ where: { purpose: 'spotCheck.failed' } })).flatMap((m) =>
        m.receiveId === null ? [] : [m.receiveId],
      ),
    );
    const allowed = new Set([chatOf(inspector), ...[...told].map(chatOf)]);
    const since = harness.emulator.state.sent.slice(sentBeforeDraw);
    expect(since.length).toBeGreaterThan(0);
    expect(since.filter((m) => !allowed.has(m.chatId))).toEqual([]);
    expect(told.has(zhangpingHospital)).toBe(true);
  });

  it('shows 抽查不符 / 已抽查 on the physician’s /本月 and in the drill-down, and the follow-up on /逾期', async () => {
    const failedVisit = await findSampledVisit(db(), recorded);
    const physician = failedVisit?.planned.assignment.physician;
    const physicianOpenId = await openIdOf(physician?.id ?? 0);
    const month = await session.say(physicianOpenId, '/本月');
    expect(month).toContain('抽查（四不两直）');
    expect(month).toContain('抽查不符');
    // The filed service record (/我的记录 导出) carries it on the day's row too.
    await session.say(physicianOpenId, '/我的记录 导出');
    const record = workbookText(await session.lastWorkbook(physicianOpenId));
    expect(record).toContain('"抽查"');
    expect(record).toMatch(new RegExp(`"${failedVisit?.planned.date ?? '?'}".*"抽查不符"`));
    const passedVisit = await findSampledVisit(db(), passed);
    const hospitalOf = async (id: number | null | undefined) =>
      (await db().institution.findUnique({ where: { id: id ?? 0 } }))?.name ?? '';
    const drill = await session.say(
      inspector,
      `/汇总 ${await hospitalOf(passedVisit?.planned.assignment.physician.homeInstitutionId)}`,
    );
    const passedWord = passedVisit?.planned.assignment.physicianId === physician?.id ? '抽查不符' : '已抽查';
    expect(drill).toContain(`"spotCheck":"${passedWord}"`);
    const overdue = await session.say(inspector, '/逾期');
    expect(overdue).toContain('抽查不符待跟进** 1/1');
    expect(overdue).toContain(failedVisit?.planned.date.slice(5) ?? '?');
  });

  it('sums the month per region with /抽查 结果, and answers a bad month politely', async () => {
    const card = await session.say(inspector, '/抽查 结果');
    expect(card).toContain('抽查结果');
    expect(card).toContain('"disputed":1');
    expect(card).toContain('"open":1');
    expect(await session.say(inspector, '/抽查 结果 2026-10')).toContain('2026-10 还没有记录抽查结果');
    expect(await session.say(inspector, '/抽查 结果 十月')).toContain('请写成 /抽查 结果 2026-11');
  });

  it('shows the failed check on the hospital’s monthly report card and export once the month is over', async () => {
    clock.set('2026-12-03T02:00:00Z');
    const failedVisit = await findSampledVisit(db(), recorded);
    const home = failedVisit?.planned.assignment.physician.homeInstitutionId ?? 0;
    const coordinator = await db().roleGrant.findFirst({
      where: { role: 'HOSPITAL_COORDINATOR', institutionId: home, revokedAt: null },
    });
    const openId = await openIdOf(coordinator?.personId ?? 0);
    // The draft card says it, and the export prints it.
    const draft = await session.say(openId, '/月报 2026-11');
    expect(draft).toContain('抽查（四不两直）');
    expect(draft).toContain('有异议，待跟进');
    await session.say(openId, '/导出 月报 2026-11');
    const all = workbookText(await session.lastWorkbook(openId));
    expect(all).toContain('附：抽查情况（四不两直）');
    expect(all).toContain('有异议，待跟进');
    expect(all).toContain(failedVisit?.planned.assignment.physician.name ?? '?');
  });
});
