import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSurveyContact, createSurveySample } from '../../src/db/queries/survey.js';
import { drawStratifiedSample, type Stratum } from '../../src/survey/stratified-sample.js';
import { ManualClock } from '../../src/time/clock.js';
import { DEMO_COORDINATORS, WORLD_START } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import type { ServiceHarness } from '../support/service-harness.js';
import { startDemoSession, type FeishuSession } from './feishu-session.js';

/** A mainland mobile number anywhere in a text: what a resident's contact would look like. */
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/**
 * Issue #17 part 3 (the satisfaction survey, `/满意度`), from outside: the bureau's stratified, reproducible
 * draw, once per year and scope; the clinic heads' 已提供联系方式 / 当日无登记; the calls' results appended
 * (the latest counts); progress and rates; the export — and no resident's data anywhere.
 */
describe.each(testProviders())('/满意度 through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let session: FeishuSession;
  const clock = new ManualClock(WORLD_START);
  const bureau = DEMO_COORDINATORS.county;
  const db = () => harness.service.database.db;
  /** The first sampled day and the open_id of its clinic's head. */
  let first = { itemId: 0, position: 0, headOpenId: '', headId: 0 };
  /** The open_ids of the county's clinic heads with the institution each heads. */
  let heads: { openId: string; institutionId: number }[] = [];
  /** The bureau's region path. */
  let countyPath = '';

  const sample = () =>
    db().surveySample.findFirstOrThrow({
      where: { year: '2026' },
      include: { items: { orderBy: { position: 'asc' } } },
    });
  const pressCall = (openId: string, itemId: number, result: string, note = '') =>
    session.press(openId, 'survey.call', {
      cardOf: bureau,
      pick: (value) => value.itemId === itemId,
      formValue: { result, note },
    });

  beforeAll(async () => {
    ({ harness, session } = await startDemoSession(provider, clock));
    // Feishu lets a bot write only to users who have met it: every clinic head of the county says hello.
    const own = await db().chatIdentity.findFirstOrThrow({ where: { platformUserId: bureau } });
    const county = await db().roleGrant.findFirstOrThrow({
      where: { personId: own.personId, role: 'REGION_COORDINATOR' },
      include: { region: true },
    });
    countyPath = county.region?.path ?? '';
    const grants = await db().roleGrant.findMany({
      where: { role: 'CLINIC_HEAD', revokedAt: null, institution: { regionPath: { startsWith: countyPath } } },
      include: { person: { include: { identities: true } } },
    });
    heads = grants.flatMap((grant) =>
      grant.person.identities.map((identity) => ({
        openId: identity.platformUserId,
        institutionId: grant.institutionId ?? 0,
      })),
    );
    for (const head of heads) await session.say(head.openId, '/我是谁');
  }, 120_000);
  afterAll(() => harness.stop());

  it('is for the bureau: a hospital coordinator is refused politely', async () => {
    const refused = await session.say(DEMO_COORDINATORS.hospital('zhangping_hospital'), '/满意度 抽样');
    expect(refused).not.toContain('满意度调查抽样');
    expect(await session.say(bureau, '/满意度 抽样 80 2030')).toContain('2030 年还没开始');
    expect(await session.say(bureau, '/满意度 抽样 八十')).toContain('没看懂“八十”');
    expect(await db().surveySample.count()).toBe(0);
    expect(await session.say(bureau, '/帮助')).toContain('/满意度');
  });

  it('draws a stratified sample redrawable from its audit entry, and asks each sampled clinic’s heads', async () => {
    const card = await session.say(bureau, '/满意度 抽样 80 2026');
    expect(card).toContain('满意度调查抽样 · 2026');
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: 'survey.draw' } });
    const details = entry.details as unknown as {
      seed: string;
      size: number;
      strata: Stratum[];
      allocation: number[];
      sampled: number[];
    };
    expect(card).toContain(details.seed);
    const redrawn = drawStratifiedSample(details.strata, details.size, details.seed);
    expect(redrawn).toEqual({ allocation: details.allocation, days: details.sampled });
    const stored = await sample();
    expect(stored.items.map((item) => item.serviceDayId)).toEqual(details.sampled);
    const frame = details.strata.reduce((sum, stratum) => sum + stratum.days.length, 0);
    expect(stored.items).toHaveLength(Math.min(80, frame));
    if (details.strata.length <= 80) expect(details.allocation.every((n) => n >= 1)).toBe(true);

    const item = stored.items[0];
    const grant = await db().roleGrant.findFirstOrThrow({
      where: { role: 'CLINIC_HEAD', institutionId: item?.institutionId ?? 0, revokedAt: null },
    });
    const identity = await db().chatIdentity.findFirstOrThrow({ where: { personId: grant.personId } });
    first = {
      itemId: item?.id ?? 0,
      position: item?.position ?? 0,
      headOpenId: identity.platformUserId,
      headId: grant.personId,
    };
    const requests = await db().outboundMessage.findMany({ where: { purpose: 'survey.contact' } });
    expect(requests.map((message) => message.receiveId)).toContain(first.headOpenId);
  });

  it('does not draw the same year and scope twice, also when two draws race', async () => {
    const again = await session.say(bureau, '/满意度 抽样');
    expect(again).toContain('不再重复抽样');
    expect(again).toContain('满意度调查 · 2026');
    const race = () =>
      createSurveySample(
        db(),
        { year: '2025', scopeKey: 'race', seed: 's', size: 1, drawnById: null, at: clock.now(), days: [] },
        async () => {},
      );
    const ids = await Promise.all([race(), race(), race()]);
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
    expect(await db().surveySample.count({ where: { year: '2026' } })).toBe(1);
  });

  it('takes the clinic head’s answer once, and only from that clinic’s heads', async () => {
    const pick = (reply: string) => (value: Record<string, unknown>) =>
      value.itemId === first.itemId && value.reply === reply;
    const item = await db().surveySampleItem.findUniqueOrThrow({ where: { id: first.itemId } });
    const otherHead = heads.find((head) => head.institutionId !== item.institutionId);
    const refused = await session.press(otherHead?.openId ?? '', 'survey.contact', {
      cardOf: first.headOpenId,
      pick: pick('PROVIDED'),
    });
    expect(refused).toContain('受援单位负责人可以答复这条请求');
    const answered = await session.press(first.headOpenId, 'survey.contact', { pick: pick('PROVIDED') });
    expect(answered).toContain('已记录');
    const again = await session.press(first.headOpenId, 'survey.contact', { pick: pick('NO_REGISTER') });
    expect(again).toContain('已有答复（已提供）');
    const answer = await db().surveySampleItem.findUniqueOrThrow({ where: { id: first.itemId } });
    expect([answer.contactReply, answer.contactById]).toEqual(['PROVIDED', first.headId]);
    expect(answer.contactAt).not.toBeNull();
    // Two heads pressing at once: one answer is kept.
    const second = (await sample()).items[1];
    const press = (reply: string, byId: number) =>
      answerSurveyContact(db(), second?.id ?? 0, { reply, byId, at: clock.now() }, async () => {});
    const stored = await Promise.all([press('PROVIDED', first.headId), press('NO_REGISTER', first.headId)]);
    expect(stored.filter(Boolean)).toHaveLength(1);
  });

  it('records call results by appending: the latest counts, the history stays, the note is text', async () => {
    const forms = await session.say(bureau, '/满意度 记录');
    expect(forms).toContain('记录回访结果 · 2026');
    expect(await pressCall(bureau, first.itemId, '很好')).toContain('请填 满意、基本满意、不满意 或 未接通');
    const recorded = await pressCall(bureau, first.itemId, '满意', '态度*好* <b>');
    expect(recorded).toContain('回访结果已记录');
    expect(recorded).toContain('态度&#42;好&#42; &#60;b&#62;');
    await session.say(bureau, `/满意度 记录 ${first.position}`);
    expect(await pressCall(bureau, first.itemId, '不满意')).toContain('回访结果已更正');
    const calls = await db().surveyCallResult.findMany({
      where: { itemId: first.itemId },
      orderBy: { revision: 'asc' },
    });
    expect(calls.map((call) => [call.revision, call.result])).toEqual([
      [1, 'SATISFIED'],
      [2, 'DISSATISFIED'],
    ]);
    const refused = await pressCall(DEMO_COORDINATORS.hospital('zhangping_hospital'), first.itemId, '满意');
    expect(refused).not.toContain('回访结果已');
    expect(await db().surveyCallResult.count({ where: { itemId: first.itemId } })).toBe(2);
  });

  it('shows progress n/size and the rates with numerator and denominator', async () => {
    const size = (await sample()).items.length;
    const card = await session.say(bureau, '/满意度 2026');
    expect(card).toContain(`已拨打 1/${size}`);
    expect(card).toContain('100%（1/1）');
    expect(card).toContain('0%（0/1）');
    expect(card).toContain('满意率 =（满意 + 基本满意）/ 接通');
    expect(card).toContain('尚未答复');
    expect(await session.say(bureau, '/满意度 2024')).toContain('2024 年还没有满意度抽样');
  });

  it('exports the survey sheet, and no card or sheet carries a resident’s contact', async () => {
    await session.say(bureau, '/满意度 导出');
    const workbook = await session.lastWorkbook(bureau);
    const sheet = workbook.getWorksheet('满意度调查');
    expect(sheet).toBeDefined();
    const cells: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.join('\n')).toContain('满意率 0%（0/1）');
    expect(cells.some((cell) => MOBILE.test(cell))).toBe(false);
    const surveyCards = (await db().outboundMessage.findMany({ where: { purpose: 'survey.contact' } })).map(
      (m) => m.content,
    );
    const replies = harness.emulator.state.sent.map((message) => message.rawContent);
    // The survey's cards and replies (not /帮助, whose /绑定 example shows a made-up mobile number).
    const surveyReplies = replies.filter((raw) => raw.includes('满意度') && !raw.includes('/绑定'));
    for (const text of [...surveyCards, ...surveyReplies]) {
      expect(text).not.toMatch(MOBILE);
    }
  });

  it('puts the survey sheet into the year-end (December) report workbook', async () => {
    const earlier = await db().reportingObligation.findFirstOrThrow({
      where: { period: { startsWith: '2026-' }, institution: { regionPath: { startsWith: countyPath } } },
    });
    const { programId, institutionId, kind } = earlier;
    await db().reportingObligation.create({
      data: { programId, institutionId, kind, period: '2026-12', dueDate: '2027-01-02' },
    });
    clock.set('2027-01-05T02:00:00Z');
    await session.say(bureau, '/导出 月报 2026-12');
    const workbook = await session.lastWorkbook(bureau);
    const sheet = workbook.getWorksheet('满意度调查');
    expect(sheet?.getCell('A1').value).toBe('2026 年满意度电话回访');
  });
});
