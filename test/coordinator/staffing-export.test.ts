import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listStaffingSchedule } from '../../src/db/queries/staffing-table.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import type { ViewScope } from '../../src/permissions/view-scope.js';
import { createCoordinatorWorld, DEMO_COORDINATORS, type CoordinatorWorld } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';

const MONTH = '2026-12';
const ALL: ViewScope = { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} };

/**
 * The staffing table as it goes to the bureau and the printer: the official form's title, header block,
 * merged cells, print setup and numbers, read back with exceljs; full phones in the filing export (audited);
 * and the round trip — the exported file sent back unchanged changes nothing.
 */
describe.each(testProviders())('the staffing table export as filed (%s)', (provider) => {
  let world: CoordinatorWorld;
  const coordinator = DEMO_COORDINATORS.hospital('zhangping_hospital');

  const say = async (text: string) => {
    await world.bot.send({ as: coordinator, text });
    await world.bot.settle();
  };
  const lastFile = () => {
    const file = world.bot.adapter.uploadedFiles().at(-1);
    if (!file) throw new Error('no file uploaded');
    return file;
  };

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
  }, 120_000);
  afterAll(async () => {
    await world?.bot.close();
  });

  it('/导出 人员表 is the official form, its rows the assignments on record, phones in full and audited', async () => {
    await say(`/导出 人员表 ${MONTH}`);
    const file = lastFile();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('支援人员安排情况表');
    if (!sheet) throw new Error('no sheet');
    expect(String(sheet.getCell('A1').value)).toBe('漳平市医院 2026年12月 支援人员安排情况表');
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(sheet.getCell('J1').master.address).toBe('A1');
    const block = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => String(sheet.getRow(2).getCell(c).value ?? ''));
    expect(block.join('|')).toMatch(/填报单位：漳平市医院.*填报人：.+联系电话：1\d{10}.*填报日期：2026-11-22/);
    const header = sheet.getRow(3).values as unknown[];
    expect(header.slice(1, 4)).toEqual(['序号', '支援单位', '医师姓名']);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getCell('B4').border.top?.style).toBe('thin');

    const hospitalId = (
      await world.bot.db.institution.findUniqueOrThrow({ where: { code: demoInstitutionCode('zhangping_hospital') } })
    ).id;
    const onRecord = await listStaffingSchedule(world.bot.db, {
      scope: ALL,
      months: [MONTH],
      hospitalIds: [hospitalId],
    });
    const dataRows = onRecord.map((_, i) => sheet.getRow(4 + i));
    expect(dataRows.map((row) => row.getCell(1).value)).toEqual(onRecord.map((_, i) => i + 1));
    expect(dataRows.map((row) => row.getCell(3).value).sort()).toEqual(onRecord.map((a) => a.physician.name).sort());
    expect(dataRows.map((row) => row.getCell(6).value).sort()).toEqual(onRecord.map((a) => a.physician.phone).sort());
    const total = sheet.getRow(4 + onRecord.length);
    const days = onRecord.reduce((sum, a) => sum + a.plannedDates.length, 0);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.getCell(9).value).toBe(`共${days}天`);
    expect(total.getCell(3).value).toBe(`${new Set(onRecord.map((a) => a.physicianId)).size}人`);
    const footer = sheet.getRow(6 + onRecord.length);
    expect(String(footer.getCell(1).value)).toMatch(/^单位负责人：\s+填报人：$/);
    expect(footer.getCell(10).master.address).toBe(`A${footer.number}`);

    const audit = await world.bot.db.auditLog.findFirstOrThrow({ where: { action: 'export.staffing' } });
    expect(audit.details).toMatchObject({ month: MONTH, rows: onRecord.length, fullPhones: onRecord.length });
    expect(audit.institutionId).toBe(hospitalId);
  });

  it('the exported file sent back unchanged changes nothing, matching by phone', async () => {
    const exported = lastFile();
    const before = await world.bot.db.assignmentChange.count();
    await world.bot.file({ as: coordinator, fileName: exported.fileName, content: exported.data });
    await world.bot.settle();
    const card = world.bot.lastMessage(world.bot.p2p(coordinator));
    expect(card?.text).toContain('无需导入');
    expect(card?.text).toMatch(/医师按联系电话找到 \d+ 行，按姓名和支援单位找到 0 行/);
    expect(await world.bot.db.assignmentChange.count()).toBe(before);
  });

  it('the template is the same form, and reads back as its example row', async () => {
    await say('/模板');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(lastFile().data as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(String(sheet?.getCell('A1').value)).toContain('支援人员安排情况表');
    expect(sheet?.getRow(3).getCell(1).value).toBe('序号');
    expect(sheet?.getRow(4).getCell(3).value).toBe('张三');
    expect(sheet?.pageSetup.orientation).toBe('landscape');
  });
});
