import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStaffingImportCli } from '../../src/coordinator/staffing-table/command-line.js';
import { listStaffingSchedule, type StaffingAssignment } from '../../src/db/queries/staffing-table.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import type { ViewScope } from '../../src/permissions/view-scope.js';
import { createCoordinatorWorld, DEMO_COORDINATORS, type CoordinatorWorld } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { importCliDeps, sendFile } from '../support/import-cli.js';
import { gbkCsv, officialFormXlsx, type FormRow } from '../support/sample-tables.js';

const MONTH = '2026-12';
const ALL: ViewScope = { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} };
const GUILIN = '漳平市桂林街道社区卫生服务中心';
const JINGCHENG = '漳平市菁城街道社区卫生服务中心';

/** The row of an assignment as the form writes it, optionally with other dates. */
function formRow(a: StaffingAssignment, dates?: string, clinic?: string): FormRow {
  return {
    hospital: a.physician.homeInstitution?.name ?? '',
    physician: a.physician.name,
    clinic: clinic ?? a.institution.name,
    month: MONTH,
    dates: dates ?? a.plannedDates.map((d) => d.date).join('、'),
  };
}

describe.each(testProviders())('staffing tables as offices make them (%s)', (provider) => {
  let world: CoordinatorWorld;
  let hospitalId: number;
  let before: StaffingAssignment[];
  const county = DEMO_COORDINATORS.county;
  const hospitalCoordinator = DEMO_COORDINATORS.hospital('zhangping_hospital');

  const send = (as: string, fileName: string, content: Buffer) => sendFile(world.bot, as, fileName, content);
  const december = () => listStaffingSchedule(world.bot.db, { scope: ALL, months: [MONTH], hospitalIds: [hospitalId] });
  const cli = async (file: string, content: Buffer, options: { apply?: boolean; additionsOnly?: boolean } = {}) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'staffing-forms-'));
    try {
      const deps = importCliDeps(world.bot);
      writeFileSync(path.join(dir, file), content);
      const code = await runStaffingImportCli(deps, {
        file: path.join(dir, file),
        as: county,
        apply: options.apply ?? false,
        ...options,
      });
      return { code, text: deps.output.join('\n') };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    hospitalId = (
      await world.bot.db.institution.findUniqueOrThrow({ where: { code: demoInstitutionCode('zhangping_hospital') } })
    ).id;
    before = await december();
    expect(before.length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  afterAll(async () => {
    await world?.bot.close();
  });

  it('the official form with a merged two-row header: every bad cell a line with Excel row numbers, chat and CLI alike', async () => {
    const [a, b] = before as [StaffingAssignment, StaffingAssignment];
    const resident = await world.bot.db.person.findFirstOrThrow({ where: { name: '卢振宇' } });
    const rows: FormRow[] = [
      formRow(a, '2027-01-32'),
      formRow(b, `${MONTH}-08`),
      { ...formRow(b, `${MONTH}-08`), clinic: b.institution.name === GUILIN ? JINGCHENG : GUILIN },
      { hospital: '漳平市医院', physician: '查无此人', clinic: GUILIN, month: MONTH },
      { hospital: '漳平市医院', physician: resident.name, clinic: GUILIN, month: MONTH, dates: `${MONTH}-10` },
    ];
    const file = await officialFormXlsx(rows, { unit: '漳平市医院' });
    const card = await send(county, '附件1.xlsx', file);
    expect(card.text).toContain('第6行：服务日期“2027-01-32”不是有效日期');
    expect(card.text).toMatch(/第8行：.*2026-12-08 已在第7行安排到别处/);
    expect(card.text).toContain('第9行：漳平市医院没有名为“查无此人”的医师');
    expect(card.text).toMatch(/第10行：卢振宇的职称低于项目要求/);
    expect(card.text).not.toContain('月份”看不懂');
    expect(card.buttons).toEqual([]);

    const run = await cli('附件1.xlsx', file);
    expect(run.code).toBe(1);
    expect(run.text).toContain('第6行：服务日期“2027-01-32”不是有效日期');
    expect(run.text).toContain('第9行：漳平市医院没有名为“查无此人”的医师');
  });

  it('a cell holding an invalid date neither crashes the chat nor npm run import', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表');
    sheet.addRow(['支援单位', '医师姓名', '受援单位', '支援月份', '服务日期']);
    const [a] = before as [StaffingAssignment];
    sheet.addRow(['漳平市医院', a.physician.name, a.institution.name, MONTH, new Date('2027-01-32')]);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const card = await send(county, '坏日期.xlsx', data);
    expect(card.text).toContain('第2行');
    expect(card.text).not.toContain('出了点问题');
    const run = await cli('坏日期.xlsx', data);
    expect(run.code).toBe(1);
    expect(run.text).toContain('第2行');
    expect(run.text).not.toMatch(/RangeError|at .*\.ts/);
  });

  it('reads the dates as people type them: Excel serials, 2026/12/3, 2026年12月3日, 12月3日, 12.3', async () => {
    const [a, b, c, d] = before as [StaffingAssignment, StaffingAssignment, StaffingAssignment, StaffingAssignment];
    const rows = [
      formRow(a, '2026/12/3'),
      formRow(b, '2026年12月4日'),
      formRow(c, '12月5日'),
      formRow(d, '12.7'),
      ...before.slice(4).map((x) => formRow(x)),
    ];
    rows[0] = { ...(rows[0] as FormRow), month: 46357 };
    const run = await cli('日期.xlsx', await officialFormXlsx(rows));
    expect(run.code).toBe(0);
    expect(run.text).toMatch(/2026-12-03/);
    expect(run.text).toMatch(/2026-12-04/);
    expect(run.text).toMatch(/2026-12-05/);
    expect(run.text).toMatch(/2026-12-07/);
  });

  it('says in words what is cancelled and why, and imports as additions only when asked', async () => {
    const [kept, ...dropped] = before as [StaffingAssignment, ...StaffingAssignment[]];
    const card = await send(county, '只有一行.xlsx', await officialFormXlsx([formRow(kept)]));
    expect(card.text).toContain(`以下 ${dropped.length} 项安排不在本表中，确认后将取消`);
    const additionsOnly = card.buttons.find((button) => button.text === '只新增不取消');
    expect(additionsOnly).toBeDefined();
    await world.bot.press(additionsOnly as NonNullable<typeof additionsOnly>);
    await world.bot.settle();
    expect((await december()).map((x) => x.id).sort()).toEqual(before.map((x) => x.id).sort());
  });

  it('a double booking against the records: additions only is not offered, and the CLI names the row', async () => {
    const current = await december();
    const booked = current.find((a) => a.plannedDates.length > 0);
    if (!booked) throw new Error('no assignment with dates');
    const date = booked.plannedDates[0]?.date ?? '';
    const elsewhere = booked.institution.name === GUILIN ? JINGCHENG : GUILIN;
    const file = await officialFormXlsx([formRow(booked, date, elsewhere)]);
    const card = await send(county, '冲突.xlsx', file);
    expect(card.text).toContain('不能“只新增不取消”');
    expect(card.text).toMatch(new RegExp(`第6行：${booked.physician.name} ${date} 已安排在`));
    expect(card.buttons.map((b) => b.text)).not.toContain('只新增不取消');
    const run = await cli('冲突.xlsx', file, { apply: true, additionsOnly: true });
    expect(run.code).toBe(1);
    expect(run.text).toMatch(new RegExp(`第6行：${booked.physician.name} ${date} 已安排在`));
    expect((await december()).map((x) => x.id).sort()).toEqual(current.map((x) => x.id).sort());
  });

  it('reads a GBK CSV as Excel saves it and says which encoding it used', async () => {
    const lines = [
      ['支援单位', '医师姓名', '受援单位', '支援月份', '服务日期'],
      ...before.map((x) => [
        '漳平市医院',
        x.physician.name,
        x.institution.name,
        MONTH,
        x.plannedDates.map((d) => d.date).join('、'),
      ]),
    ];
    const card = await send(county, '人员表.csv', gbkCsv(lines));
    expect(card.text).toContain('按 GB18030 编码读取');
    expect(card.text).toContain('无需导入');
  });

  it('takes the 支援单位 from the header block, or the sender’s own hospital', async () => {
    const rows = before.map((x) => ({ ...formRow(x), hospital: undefined }));
    const fromBlock = await cli(
      '无单位列.xlsx',
      await officialFormXlsx(rows, { hospitalColumn: false, unit: '漳平市医院' }),
    );
    expect(fromBlock.text).toContain('按表头“填报单位”：漳平市医院');
    expect(fromBlock.code).toBe(0);
    const card = await send(
      hospitalCoordinator,
      '无单位列.xlsx',
      await officialFormXlsx(rows, { hospitalColumn: false }),
    );
    expect(card.text).toContain('按您负责的单位：漳平市医院');
    expect(card.text).toContain('无需导入');
  });

  it('asks for .xlsx when sent an old .xls or WPS .et', async () => {
    const reply = await send(county, '人员表.xls', Buffer.from('old'));
    expect(reply.text).toContain('另存为” .xlsx');
    const run = await cli('人员表.et', Buffer.from('old'));
    expect(run.code).toBe(1);
    expect(run.text).toContain('另存为” .xlsx');
  });
});
