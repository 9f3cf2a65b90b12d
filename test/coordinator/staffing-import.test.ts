import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStaffingImportCli } from '../../src/coordinator/staffing-table/command-line.js';
import { staffingTableWorkbook } from '../../src/coordinator/staffing-table/export.js';
import { listStaffingSchedule, type StaffingAssignment } from '../../src/db/queries/staffing-table.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { baseViewScope, type ViewScope } from '../../src/permissions/view-scope.js';
import { testProviders } from '../support/db.js';
import { createCoordinatorWorld, DEMO_COORDINATORS, type CoordinatorWorld } from '../support/coordinator-world.js';
import { importCliDeps, sendFile } from '../support/import-cli.js';

const MONTH = '2026-12';
const HEADER = ['序号', '支援单位', '医师姓名', '职务/职称', '手机号', '派驻单位', '月份', '服务日期'];
const ALL: ViewScope = { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} };

type Row = (string | number)[];

/** A staffing table as coordinators send it: two title rows above the header, so data starts on row 4. */
async function xlsx(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表1');
  sheet.addRow(['附件1 支援人员安排情况表']);
  sheet.addRow(['填报单位：', '', '填报人：']);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The row of an assignment, optionally with other dates or at another clinic. */
function rowOf(a: StaffingAssignment, change: { dates?: string[]; clinic?: string; phone?: boolean } = {}): Row {
  const dates = change.dates ?? a.plannedDates.map((d) => d.date);
  return [
    0,
    a.physician.homeInstitution?.name ?? '',
    a.physician.name,
    '',
    change.phone ? (a.physician.phone ?? '') : '',
    change.clinic ?? a.institution.name,
    MONTH,
    dates.join('、'),
  ];
}

describe.each(testProviders())('staffing-table import (%s)', (provider) => {
  let world: CoordinatorWorld;
  let hospitalId: number;
  /** 漳平市医院's December assignments before any import. */
  let before: StaffingAssignment[];
  const county = DEMO_COORDINATORS.county;
  const countyChat = () => world.bot.p2p(county);

  const send = (as: string, fileName: string, content: Buffer) => sendFile(world.bot, as, fileName, content);
  const december = (hospital: number) =>
    listStaffingSchedule(world.bot.db, { scope: ALL, months: [MONTH], hospitalIds: [hospital] });
  const openIdOf = async (personId: number) =>
    (await world.bot.db.chatIdentity.findFirstOrThrow({ where: { personId } })).platformUserId;

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    hospitalId = (
      await world.bot.db.institution.findUniqueOrThrow({ where: { code: demoInstitutionCode('zhangping_hospital') } })
    ).id;
    before = await december(hospitalId);
    expect(before.length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  afterAll(async () => {
    await world?.bot.close();
  });

  /** The corrected table: [0] unchanged, [1] without dates, [2]'s physician moved to another clinic, the rest dropped. */
  const correctedRows = (): Row[] => {
    const [same, changed, moved] = before as [StaffingAssignment, StaffingAssignment, StaffingAssignment];
    const guilin = '漳平市桂林街道社区卫生服务中心';
    const clinic = moved.institution.name === guilin ? '漳平市菁城街道社区卫生服务中心' : guilin;
    return [
      rowOf(same, { phone: true }),
      rowOf(changed, { dates: [] }),
      rowOf(moved, { clinic, dates: [`${MONTH}-09`, `${MONTH}-23`] }),
    ];
  };

  it('rejects a table with 3 bad rows whole, naming each row and why', async () => {
    const resident = await world.bot.db.person.findFirstOrThrow({ where: { name: '卢振宇' } });
    const rows = [
      ...correctedRows(),
      [4, '漳平市医院', (before[0] as StaffingAssignment).physician.name, '', '', '石门卫生院', MONTH, ''],
      [5, '漳平市医院', resident.name, '住院医师', '', '漳平市桂林街道社区卫生服务中心', MONTH, `${MONTH}-10`],
      [
        6,
        '漳平市医院',
        (before[1] as StaffingAssignment).physician.name,
        '',
        '',
        '漳平市桂林街道社区卫生服务中心',
        '十二月',
        '',
      ],
    ];
    const card = await send(county, '人员表.xlsx', await xlsx(rows));
    expect(card.text).toContain('第7行：找不到受援单位“石门卫生院”');
    expect(card.text).toMatch(/第8行：卢振宇的职称低于项目要求/);
    expect(card.text).toContain('第9行：支援月份“十二月”看不懂');
    expect(card.text).toContain('全部未导入，请修改后重新发送');
    expect(card.text).not.toMatch(/第[4-6]行/);
    expect(card.buttons).toEqual([]);
    expect(await world.bot.db.stagedImport.count()).toBe(0);
    expect((await december(hospitalId)).map((a) => a.id)).toEqual(before.map((a) => a.id));
  });

  it('applies the corrected table on confirm: adds, changes, removals, notices, audit; only once', async () => {
    const card = await send(county, '人员表（修改）.xlsx', await xlsx(correctedRows()));
    expect(card.text).toContain('导入预览');
    const confirm = card.buttons.find((b) => b.text === '确认导入');
    expect(confirm).toBeDefined();
    expect(card.buttons.map((b) => b.text)).toContain('放弃');

    // Two presses in quick succession (a double click): one applies, the other is told it is done.
    await world.bot.press(confirm as NonNullable<typeof confirm>);
    await world.bot.press(confirm as NonNullable<typeof confirm>);
    await world.bot.settle();
    const after = await december(hospitalId);
    const [same, changed, moved] = before as [StaffingAssignment, StaffingAssignment, StaffingAssignment];
    expect(after).toHaveLength(3);
    expect(after.find((a) => a.id === same.id)?.plannedDates.map((d) => d.date)).toEqual(
      same.plannedDates.map((d) => d.date),
    );
    expect(after.find((a) => a.id === changed.id)?.plannedDates).toEqual([]);
    const added = after.find((a) => a.physicianId === moved.physicianId);
    expect(added?.id).not.toBe(moved.id);
    expect(added?.plannedDates.map((d) => d.date)).toEqual([`${MONTH}-09`, `${MONTH}-23`]);
    const cancelled = await world.bot.db.assignment.findMany({
      where: { id: { in: before.slice(2).map((a) => a.id) } },
    });
    expect(cancelled.every((a) => a.status === 'CANCELLED')).toBe(true);

    const updated = world.bot.outbox(countyChat()).find((m) => m.id === card.id);
    expect(updated?.text).toContain('已导入');
    expect(updated?.buttons).toEqual([]);

    const physicianChat = world.bot.p2p(await openIdOf(moved.physicianId));
    expect(world.bot.outbox(physicianChat).some((m) => m.text.includes(added?.institution.name ?? '?'))).toBe(true);
    const head = await world.bot.db.roleGrant.findFirstOrThrow({
      where: { role: 'CLINIC_HEAD', institutionId: added?.institutionId ?? 0, revokedAt: null },
    });
    expect(
      world.bot.outbox(world.bot.p2p(await openIdOf(head.personId))).some((m) => m.text.includes(moved.physician.name)),
    ).toBe(true);
    const audit = await world.bot.db.auditLog.findMany({ where: { action: 'import.apply' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ added: 1, changed: 1, removed: before.length - 2, unchanged: 1 });

    expect(world.bot.outbox(countyChat()).some((m) => m.text.includes('已经处理过'))).toBe(true);
    expect(await world.bot.db.auditLog.count({ where: { action: 'import.apply' } })).toBe(1);
  });

  it('an exported table sent back unchanged is a plan with nothing to do (hospital coordinator)', async () => {
    const tcmCoordinator = DEMO_COORDINATORS.hospital('zhangping_tcm');
    const person = await world.bot.db.chatIdentity.findFirstOrThrow({ where: { platformUserId: tcmCoordinator } });
    const roles = await world.bot.db.roleGrant.findMany({ where: { personId: person.personId, revokedAt: null } });
    const scope = baseViewScope({
      person: { id: person.personId, name: '', homeInstitutionId: null, title: null },
      roles: roles.map((r) => ({ role: r.role, ...(r.institutionId ? { institutionId: r.institutionId } : {}) })),
      isAdmin: false,
    });
    const header = { unit: '漳平市中医院', filer: '', filerPhone: '', date: '2026-11-22' };
    const exported = await staffingTableWorkbook(
      world.bot.db,
      'zh-CN',
      { scope, month: MONTH, phones: 'full' },
      header,
    );
    const card = await send(tcmCoordinator, '导出.xlsx', exported.bytes);
    expect(card.text).toContain('无需导入');
    expect(card.buttons).toEqual([]);
  });

  it('refuses a hospital coordinator the rows of another hospital', async () => {
    const tcmCoordinator = DEMO_COORDINATORS.hospital('zhangping_tcm');
    const [same] = (await december(hospitalId)) as [StaffingAssignment];
    const card = await send(tcmCoordinator, '别院.xlsx', await xlsx([rowOf(same)]));
    expect(card.text).toContain('第4行：漳平市医院派往');
    expect(card.text).toContain('不在您的管辖范围内');
    expect(card.buttons).toEqual([]);
  });

  it('takes a UTF-8 CSV with a BOM, and discards on 放弃', async () => {
    const [same] = (await december(hospitalId)) as [StaffingAssignment];
    const lines = [
      '支援单位,医师姓名,受援单位,支援月份,服务日期',
      ...(await december(hospitalId)).map((a) =>
        [
          '漳平市医院',
          a.physician.name,
          a.institution.name,
          MONTH,
          `"${(a.id === same.id ? [`${MONTH}-30`] : a.plannedDates.map((d) => d.date)).join(',')}"`,
        ].join(','),
      ),
    ];
    const card = await send(county, '人员表.csv', Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'));
    expect(card.text).toContain('导入预览');
    const discard = card.buttons.find((b) => b.text === '放弃');
    await world.bot.press(discard as NonNullable<typeof discard>);
    await world.bot.settle();
    expect(world.bot.outbox(countyChat()).find((m) => m.id === card.id)?.text).toContain('已放弃');
    expect(await world.bot.db.auditLog.count({ where: { action: 'import.discard' } })).toBe(1);
    expect((await december(hospitalId)).find((a) => a.id === same.id)?.plannedDates.map((d) => d.date)).not.toEqual([
      `${MONTH}-30`,
    ]);
  });

  it('tells about the check first for a large table, and lists the bad rows it can', async () => {
    const rows = Array.from({ length: 201 }, (_, i): Row => [
      i + 1,
      '漳平市医院',
      `无此人${i}`,
      '',
      '',
      '漳平市桂林街道社区卫生服务中心',
      MONTH,
      '',
    ]);
    const seen = world.bot.outbox(countyChat()).length;
    const card = await send(county, '大表.xlsx', await xlsx(rows));
    const replies = world.bot.outbox(countyChat()).slice(seen);
    expect(replies[0]?.text).toContain('正在校验支援人员安排情况表“大表.xlsx”，共 201 行');
    expect(card.text).toContain('第4行：漳平市医院没有名为“无此人0”的医师');
    expect(card.text).toContain('另有 141 行未列出');
    expect(card.text).toContain('有 201 行有问题，全部未导入');
  });

  it('answers others politely and sends the template on /模板', async () => {
    const physician = await openIdOf((before[0] as StaffingAssignment).physicianId);
    const reply = await send(physician, '表.xlsx', await xlsx([]));
    expect(reply.text).toContain('只接收医务科和卫健部门联络员');
    const bad = await send(county, '说明.docx', Buffer.from('x'));
    expect(bad.text).toContain('请发送 .xlsx 或 .csv');

    await world.bot.send({ as: county, text: '/模板' });
    await world.bot.settle();
    const messages = world.bot.outbox(countyChat());
    expect(messages.some((m) => m.kind === 'file' && m.text.includes('支援人员安排情况表-模板.xlsx'))).toBe(true);
  });

  it('npm run import: dry run prints the reasons (exit 1), --apply applies a clean table (exit 0)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'staffing-cli-'));
    try {
      const deps = importCliDeps(world.bot);
      const { output } = deps;
      const badFile = path.join(dir, 'bad.xlsx');
      writeFileSync(badFile, await xlsx([[1, '漳平市医院', '陈明', '', '', '石门卫生院', MONTH, '']]));
      expect(await runStaffingImportCli(deps, { file: badFile, as: county, apply: true })).toBe(1);
      expect(output.join('\n')).toContain('第4行：找不到受援单位“石门卫生院”');

      const current = await december(hospitalId);
      const [first] = current as [StaffingAssignment];
      const goodFile = path.join(dir, 'good.xlsx');
      writeFileSync(
        goodFile,
        await xlsx(current.map((a) => (a.id === first.id ? rowOf(a, { dates: [`${MONTH}-30`] }) : rowOf(a)))),
      );
      output.length = 0;
      expect(await runStaffingImportCli(deps, { file: goodFile, as: county, apply: false })).toBe(0);
      expect(output.join('\n')).toContain('变更 1');
      expect((await december(hospitalId)).find((a) => a.id === first.id)?.plannedDates.map((d) => d.date)).not.toEqual([
        `${MONTH}-30`,
      ]);
      expect(await runStaffingImportCli(deps, { file: goodFile, as: county, apply: true })).toBe(0);
      expect((await december(hospitalId)).find((a) => a.id === first.id)?.plannedDates.map((d) => d.date)).toEqual([
        `${MONTH}-30`,
      ]);
      expect(await runStaffingImportCli(deps, { file: goodFile, as: 'ou_nobody', apply: true })).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
