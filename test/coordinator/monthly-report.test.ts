import ExcelJS from 'exceljs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotifier } from '../../src/core/create-context.js';
import { countReportingCompleteness } from '../../src/db/queries/report-completeness.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { PHYSICIANS } from '../../src/demo/physicians.js';
import { createCalendar } from '../../src/scheduler/calendar.js';
import { monthlyReportDraft } from '../../src/scheduler/jobs/monthly-report-draft.js';
import { zonedInstant } from '../../src/time/local.js';
import { forgedClick } from '../physician/oversight-support.js';
import type { HarnessMessage } from '../support/bot-harness.js';
import { createCoordinatorWorld, DEMO_COORDINATORS, type CoordinatorWorld } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { compareRow, readWorkbook, recount } from './report-recount.js';

const TZ = 'Asia/Shanghai';
const COUNTY = DEMO_COORDINATORS.county;
const ZP = DEMO_COORDINATORS.hospital('zhangping_hospital');
const TCM = DEMO_COORDINATORS.hospital('zhangping_tcm');
const PROVINCIAL = DEMO_COORDINATORS.hospital('fj_provincial');
const CURRENT = 'DEMO-ZP-GRASSROOTS-2026';
const HISTORY = 'DEMO-ZP-GRASSROOTS-2023';

describe.each(testProviders())('monthly workload report (%s)', (provider) => {
  let world: CoordinatorWorld;
  let eventSerial = 0;
  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
  }, 120_000);
  afterAll(async () => {
    await world?.bot.close();
  });

  const db = () => world.bot.db;
  const inbox = (openId: string) => world.bot.outbox(world.bot.p2p(openId));
  const last = (openId: string) => world.bot.lastMessage(world.bot.p2p(openId));
  const at = (date: string, time: string) => world.bot.clock.set(zonedInstant(date, time, TZ));
  async function say(openId: string, text: string): Promise<HarnessMessage | undefined> {
    await world.bot.send({ as: openId, text });
    await world.bot.settle();
    return last(openId);
  }
  async function click(openId: string, action: string, value: Record<string, unknown>, form?: Record<string, unknown>) {
    await world.bot.event(forgedClick(openId, action, value, `forged-${++eventSerial}`, form));
    await world.bot.settle();
    return last(openId);
  }
  const program = (code: string) => db().program.findUniqueOrThrow({ where: { code } });
  const hospital = (key: string) => db().institution.findUniqueOrThrow({ where: { code: demoInstitutionCode(key) } });
  async function obligation(code: string, key: string, period: string) {
    const [p, h] = await Promise.all([program(code), hospital(key)]);
    return db().reportingObligation.findUniqueOrThrow({
      where: {
        programId_institutionId_kind_period: { programId: p.id, institutionId: h.id, kind: 'MONTHLY_WORKLOAD', period },
      },
    });
  }
  /**
   * The report sheet read back with the library as the office would print it: the title merged across
   * the table, each text section in one merged box under its heading, the signature line merged, A4
   * landscape fitted to the width with the title and header lines repeated, margins, the header frozen.
   */
  async function expectPrintedForm(data: Buffer, sections: readonly string[]): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    const [ws] = workbook.worksheets;
    if (!ws) throw new Error('no sheet');
    const width = ws.getRow(1).cellCount;
    expect(String(ws.getCell('A1').value)).toBe('对口支援工作量月报表');
    expect(ws.getCell(1, width).master.address).toBe('A1');
    expect(ws.getRow(2).getCell(1).value).toBe('支援单位：漳平市医院');
    const rowOf = (text: string) => {
      let found = 0;
      ws.eachRow((row, number) => {
        if (!found && row.getCell(1).value === text) found = number;
      });
      if (!found) throw new Error(`no row ${text}`);
      return found;
    };
    for (const heading of sections) {
      const box = ws.getCell(rowOf(heading) + 1, width);
      expect(box.isMerged, heading).toBe(true);
      expect(box.master.address).toBe(`A${rowOf(heading) + 1}`);
      expect(box.master.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    }
    expect(ws.getCell(ws.rowCount, width).master.address).toBe(`A${ws.rowCount}`);
    expect(String(ws.getCell(ws.rowCount, 1).value)).toContain('单位负责人：');
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  }

  /** The counts of the existing SQL completeness query, to check the card against. */
  async function completeness(code: string, period: string, today: string) {
    const p = await program(code);
    return countReportingCompleteness(db(), period, { programId: p.id }, { today, timeZone: TZ });
  }
  const lastFile = () => {
    const file = world.bot.adapter.uploadedFiles().at(-1);
    if (!file) throw new Error('no file uploaded');
    return file;
  };

  it('a physician and a clinic head are refused; unknown export kinds get the usage', async () => {
    for (const openId of [PHYSICIANS[0]?.openId ?? '', DEMO_COORDINATORS.clinicHead('guilin')]) {
      expect((await say(openId, '/月报'))?.text).toMatch(/医务科|卫健/);
      expect((await say(openId, '/导出 月报 2023-09'))?.text).toMatch(/医务科|卫健/);
    }
    expect(world.bot.adapter.uploadedFiles()).toHaveLength(0);
    expect((await say(COUNTY, '/导出 周报 2023-09'))?.text).toContain('不能导出“周报”');
    expect((await say(COUNTY, '/导出'))?.text).toContain('月报 或 人员表');
  });

  it('/导出 月报 2023-09 by a hospital coordinator: its sheet matches a recount of the records', async () => {
    const [p, h] = await Promise.all([program(HISTORY), hospital('zhangping_hospital')]);
    const counted = await recount(db(), p.id, h.id, '2023-09');
    expect(counted.total.days).toBeGreaterThan(0);
    const reply = await say(ZP, '/导出 月报 2023-09');
    expect(reply?.text).toContain('对口支援工作量月报表-2023-09-漳平市医院.xlsx');
    const file = lastFile();
    expect(file.fileName).toBe('对口支援工作量月报表-2023-09-漳平市医院.xlsx');
    const sheets = await readWorkbook(file.data);
    // The hospital's report, then its physicians' record chain heads (issue #17).
    expect(sheets.map((s) => s.name)).toEqual(['漳平市医院', '记录链']);
    const [sheet] = sheets;
    expect(sheet?.text).toContain('对口支援工作量月报表');
    expect(sheet?.text).toContain('报告月份：2023-09');
    expect(sheet?.text).toContain('已提交');
    expect(sheet?.clinics.map((row) => row['受援单位']).sort()).toEqual([...counted.clinics.keys()].sort());
    for (const row of sheet?.clinics ?? []) {
      const clinic = counted.clinics.get(String(row['受援单位']));
      const { shown, expected } = compareRow(row, clinic);
      expect(shown).toEqual(expected);
      expect(row['到岗支援医师']).toBe(clinic?.physicians.size);
    }
    const total = compareRow(sheet?.total, counted.total);
    expect(total.shown).toEqual(total.expected);
    expect(sheet?.total?.['到岗支援医师']).toBe(counted.total.physicians.size);
    expect(sheet?.physicians).toHaveLength(counted.physicians.size);
    for (const row of sheet?.physicians ?? []) {
      const person = counted.physicians.get(`${row['姓名']}|${row['受援单位']}`);
      const { shown, expected } = compareRow(row, person);
      expect(shown).toEqual(expected);
      expect([row['未核验天数'], row['待确认天数']]).toEqual([person?.unverified, person?.pending]);
      expect(String(row['达到每月最低天数'])).toMatch(/^(是|否)（\d+天）$/);
    }
  });

  it('/导出 月报 2023-09 by the county: a 汇总 sheet and a sheet per hospital, every figure recounted', async () => {
    await say(COUNTY, '/导出 月报 2023-09');
    const sheets = await readWorkbook(lastFile().data);
    const p = await program(HISTORY);
    const hospitals = await db().programParticipant.findMany({
      where: { programId: p.id, side: 'SUPPORTING' },
      include: { institution: true },
    });
    expect(sheets[0]?.name).toBe('汇总');
    expect(sheets[1]?.name).toBe('报送情况');
    for (const { institution } of hospitals) expect(sheets[1]?.text).toMatch(new RegExp(`${institution.name} 已提交`));
    expect(
      sheets
        .slice(2, -1)
        .map((s) => s.name)
        .sort(),
    ).toEqual(hospitals.map((h) => h.institution.name).sort());
    expect(sheets.at(-1)?.name).toBe('记录链');
    const summary = sheets[0];
    let days = 0;
    for (const { institution } of hospitals) {
      const counted = await recount(db(), p.id, institution.id, '2023-09');
      days += counted.total.days;
      const row = summary?.clinics.find((r) => r['支援单位'] === institution.name);
      expect(String(row?.['报送状态'])).toContain('已提交');
      const { shown, expected } = compareRow(row, counted.total);
      expect(shown).toEqual(expected);
      const sheet = sheets.find((s) => s.name === institution.name);
      const total = compareRow(sheet?.total, counted.total);
      expect(total.shown).toEqual(total.expected);
    }
    expect(summary?.total?.['到岗天数']).toBe(days);
  });

  it('refusals outside the scope: another hospital, another region, a forged report id', async () => {
    expect((await say(ZP, '/导出 月报 2023-09 福州大学附属省立医院'))?.text).toContain('不在您的管辖范围内');
    expect((await say(COUNTY, '/月报 2023-09 福州市'))?.text).toContain('不在您的管辖范围内');
    const theirs = await obligation(HISTORY, 'fj_provincial', '2023-09');
    const files = world.bot.adapter.uploadedFiles().length;
    expect((await click(ZP, 'report.export', { obligationId: theirs.id }))?.text).toContain(
      '您不是福州大学附属省立医院的',
    );
    expect((await click(ZP, 'report.submit', { obligationId: theirs.id }, { note: 'x' }))?.text).toContain(
      '您不是福州大学附属省立医院的',
    );
    expect(world.bot.adapter.uploadedFiles()).toHaveLength(files);
    expect((await click(ZP, 'report.submit', { obligationId: 'abc' }))?.text).toContain('按钮已经失效');
  });

  it('/月报 2023-09 for the county: every report in, on time as the due date says', async () => {
    const card = await say(COUNTY, '/月报 2023-09');
    const counts = await completeness(HISTORY, '2023-09', '2026-11-22');
    expect(counts.submitted).toBe(counts.total);
    expect(card?.text).toContain('工作量月报报送情况 · 2023-09');
    expect(card?.text).toContain(`报送率：${counts.total}/${counts.total}（100.0%）`);
    const pct = ((counts.onTime / counts.total) * 100).toFixed(1);
    expect(card?.text).toContain(`按时率：${counts.onTime}/${counts.total}（${pct}%）`);
    expect(card?.text).toContain(`逾期报送：${counts.late}`);
  });

  it('/月报 for a hospital coordinator: last month drafted on demand, with the form and 导出Excel', async () => {
    const before = await obligation(CURRENT, 'zhangping_tcm', '2026-10');
    expect(before.status).toBe('PENDING'); // the demo's overdue report
    const card = await say(TCM, '/月报');
    expect(card?.text).toContain('工作量月报 · 2026-10');
    expect(card?.text).toContain('未提交（已逾期');
    expect(card?.buttons.map((b) => b.action)).toEqual(['report.submit', 'report.export']);
    expect((await obligation(CURRENT, 'zhangping_tcm', '2026-10')).status).toBe('DRAFTED');
    expect((await say(TCM, '/月报 2026-11'))?.text).toContain('还没有结束');
  });

  it('the drafting job on 2026-12-01 09:00: each hospital coordinator gets the draft card, once', async () => {
    at('2026-12-01', '09:00');
    const notifier = createNotifier(
      {
        db: db(),
        clock: world.bot.clock,
        dispatcher: { wake: () => undefined },
        config: { locale: 'zh-CN', timeZone: TZ },
      },
      world.bot.adapter,
      pino({ level: 'silent' }),
    );
    const context = { ...notifier, calendar: createCalendar({ timeZone: TZ }), slot: '2026-12-01' };
    await monthlyReportDraft.run(context);
    await world.bot.settle();
    const p = await program(CURRENT);
    const obligations = await db().reportingObligation.findMany({ where: { programId: p.id, period: '2026-11' } });
    expect(obligations).toHaveLength(6);
    expect(obligations.every((o) => o.status === 'DRAFTED' && o.dueDate === '2026-12-02')).toBe(true);
    const h = await hospital('zhangping_hospital');
    const counted = await recount(db(), p.id, h.id, '2026-11');
    const card = last(ZP);
    expect(card?.text).toContain('工作量月报 · 2026-11');
    expect(card?.text).toContain(`到岗天数：${counted.total.days}`);
    expect(card?.text).toContain(`诊疗人次：${counted.total.metrics.patients}`);
    expect(card?.buttons.map((b) => [b.text, b.action])).toEqual([
      ['提交', 'report.submit'],
      ['导出Excel', 'report.export'],
    ]);
    expect(last(PROVINCIAL)?.text).toContain('工作量月报 · 2026-11');
    const count = inbox(ZP).length;
    await monthlyReportDraft.run(context);
    await world.bot.settle();
    expect(inbox(ZP)).toHaveLength(count);
    expect(await db().reportSubmission.count({ where: { obligationId: { in: obligations.map((o) => o.id) } } })).toBe(
      6,
    );
  });

  it('submitted on the 2nd at 23:59 is on time; the card turns, the audit has it; no second submission', async () => {
    // A section written by text (DingTalk, sandbox) is kept with the draft and prefilled in the form.
    at('2026-12-02', '10:00');
    await say(ZP, '/月报 2026-11 工作完成情况 派驻医师完成门诊和<b>查房</b>');
    expect(inbox(ZP).at(-2)?.text).toContain('已保存漳平市医院 2026-11 工作量月报的“工作完成情况”');
    const draft = await db().reportSubmission.findFirstOrThrow({
      where: { obligation: { period: '2026-11', institution: { name: '漳平市医院' } }, status: 'DRAFT' },
      orderBy: { id: 'desc' },
    });
    expect(draft.workDone).toBe('派驻医师完成门诊和<b>查房</b>');
    const card = last(ZP);
    const submit = card?.buttons.find((b) => b.action === 'report.submit');
    if (!submit) throw new Error('no submit button');
    at('2026-12-02', '23:59');
    await world.bot.press(submit, { form: { problems: '桂林卫生院缺少心电图机', plans: '下月增派儿科医师' } });
    await world.bot.settle();
    const submitted = await obligation(CURRENT, 'zhangping_hospital', '2026-11');
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.submittedAt?.toISOString()).toBe(zonedInstant('2026-12-02', '23:59', TZ).toISOString());
    const updated = inbox(ZP).find((m) => m.id === card?.id);
    expect(updated?.text).toContain('已提交（按时）2026-12-02 23:59');
    expect(updated?.text).toContain('存在问题：桂林卫生院缺少心电图机');
    expect(updated?.text).toContain('工作完成情况：派驻医师完成门诊和');
    expect(updated?.buttons.map((b) => b.action)).toEqual(['report.export']);
    const audit = await db().auditLog.findMany({ where: { action: 'report.submit', entityId: String(submitted.id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.institutionId).toBe(submitted.institutionId);
    const stored = await db().reportSubmission.findFirstOrThrow({
      where: { obligationId: submitted.id, status: 'SUBMITTED' },
    });
    expect(stored).toMatchObject({
      workDone: '派驻医师完成门诊和<b>查房</b>',
      problems: '桂林卫生院缺少心电图机',
      plans: '下月增派儿科医师',
    });
    const counted = await recount(db(), (await program(CURRENT)).id, submitted.institutionId, '2026-11');
    expect((stored.figures as { totals: { serviceDays: number } }).totals.serviceDays).toBe(counted.total.days);

    const exportButton = updated?.buttons[0];
    if (!exportButton) throw new Error('no export button');
    await world.bot.press(exportButton);
    await world.bot.settle();
    expect(lastFile().fileName).toBe('对口支援工作量月报表-2026-11-漳平市医院.xlsx');
    const [sheet] = await readWorkbook(lastFile().data);
    expect(sheet?.text).toContain('报送状态：已提交（按时）2026-12-02 23:59');
    // The three sections under their headings, in the official order.
    const text = sheet?.text ?? '';
    const order = ['三、工作完成情况', '派驻医师完成门诊和<b>查房</b>', '四、存在问题', '桂林卫生院缺少心电图机'];
    const positions = [...order, '五、下一步工作计划和建议', '下月增派儿科医师'].map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    await expectPrintedForm(lastFile().data, ['三、工作完成情况', '四、存在问题', '五、下一步工作计划和建议']);

    // After submission a section cannot change by text either.
    const refused = await say(ZP, '/月报 2026-11 存在问题 改一下');
    expect(refused?.text).toContain('已提交，不能再修改“存在问题”');
    expect(sheet?.total?.['到岗天数']).toBe(counted.total.days);

    const again = await click(ZP, 'report.submit', { obligationId: submitted.id }, { note: '再交一次' });
    expect(again?.text).toContain('已于 2026-12-02 23:59 提交');
    expect(await db().reportSubmission.count({ where: { obligationId: submitted.id, status: 'SUBMITTED' } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: 'report.submit', entityId: String(submitted.id) } })).toBe(1);
  });

  it('submitted on the 3rd at 00:01 is late by a day; completeness per region with numerators', async () => {
    const late = await obligation(CURRENT, 'zhangping_tcm', '2026-11');
    at('2026-12-03', '00:01');
    const card = await click(TCM, 'report.submit', { obligationId: late.id }, { note: '' });
    expect(card?.text).toContain('已提交（逾期 1 天）2026-12-03 00:01');
    at('2026-12-03', '10:00');
    const view = await say(COUNTY, '/月报 2026-11');
    const counts = await completeness(CURRENT, '2026-11', '2026-12-03');
    expect([counts.total, counts.submitted, counts.onTime, counts.late, counts.overdue]).toEqual([6, 2, 1, 1, 4]);
    expect(view?.text).toContain('报送率：2/6（33.3%）');
    expect(view?.text).toContain('按时率：1/6（16.7%）');
    expect(view?.text).toContain('逾期报送：1');
    expect(view?.text).toContain('逾期未报：4');
    // Per region: the county's own hospitals, and those outside it reporting to its program.
    expect(view?.text).toMatch(/漳平市（本级）[\s│]+2\/2（100\.0%）[\s│]+1\/2（50\.0%）[\s│]+1[\s│]+0[\s│]+0/);
    expect(view?.text).toMatch(/辖区外单位[\s│]+0\/4（0\.0%）[\s│]+0\/4（0\.0%）[\s│]+0[\s│]+4[\s│]+0/);
    expect(view?.text).toContain('已提交（按时）2026-12-02 23:59');
    expect(view?.text).toContain('未提交（已逾期 1 天）');
  });

  it('the 人员表 export goes out as a file', async () => {
    await say(COUNTY, '/导出 人员表 2026-11');
    expect(lastFile().fileName).toBe('支援人员安排情况表-2026-11-漳平市.xlsx');
  });
});
