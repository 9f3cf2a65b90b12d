import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStaffingImportCli } from '../../src/coordinator/staffing-table/command-line.js';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { listOpenObligationsDueBetween } from '../../src/db/queries/deadline-ladder.js';
import { findTeamByKey, listTourProgramsFrom } from '../../src/db/queries/tours.js';
import { tourRules } from '../../src/tours/tour-rules.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import { demoOpenId } from '../../src/demo/people.js';
import {
  createCoordinatorWorld,
  replyTo,
  DEMO_COORDINATORS,
  WORLD_TIME_ZONE,
  WORLD_TODAY,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { importCliDeps, sendFile } from '../support/import-cli.js';
import { annex2Xlsx, type RosterFormRow } from '../support/sample-rosters.js';

const PROVINCE = DEMO_COORDINATORS.province;
const PROVINCIAL = DEMO_COORDINATORS.hospital('fj_provincial');
/** The leader of 福建省儿童医院's team (连江县, 罗源县). */
const LEADER = demoOpenId('tour_fj_children');
const BLOCK = { hospital: '福州大学附属省立医院', filer: '王五', contact: '0591-88888888' };

/** Six members, three of them 副高 or above: short of 8, and not mostly senior. */
const SIX: RosterFormRow[] = [
  { county: '福安市', name: '郑国强', specialty: '心血管内科', post: '科主任/主任医师', phone: '13900001001' },
  { county: '福安市', name: '林美华', specialty: '儿科', post: '副主任医师', phone: '13900001002' },
  { county: '霞浦县', name: '陈立新', specialty: '呼吸内科', post: '主任医师', phone: '13900001003' },
  { county: '霞浦县', name: '黄晓玲', specialty: '妇产科', post: '主治医师', phone: '13900001004' },
  { county: '寿宁', name: '吴建平', specialty: '骨科', post: '主治医师', phone: '13900001005' },
  { county: '寿宁县', name: '许文静', specialty: '', post: '医务部干事', phone: '13900001006' },
];

describe.each(testProviders())('tours in chat: /巡回 and the annex-2 roster (%s)', (provider) => {
  let world: CoordinatorWorld;
  const say = (as: string, text: string) => replyTo(world.bot, as, text);

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    await loadDemoTours(world.bot.db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE });
  }, 120_000);
  afterAll(() => world.bot.close());

  it('/巡回 shows the province every team × county with weeks, townships, presence and filings', async () => {
    const card = await say(PROVINCE, '/巡回');
    expect(card.text).toContain('巡回医疗');
    for (const county of ['连江县', '罗源县', '福安市', '寿宁县', '漳平市']) expect(card.text).toContain(county);
    expect(card.text).toMatch(/福建省儿童医院\s*│\s*连江县\s*│\s*\d\/3\s*│\s*\d+\/10/);
    expect(card.text).toContain('逾期');
    expect(card.buttons.map((b) => b.text)).toContain('看 福建省儿童医院');
  });

  it('drills into a team: figures, every rule checked with its figure, roster, the coming week', async () => {
    const card = await say(PROVINCE, '/巡回');
    const button = card.buttons.find((b) => b.text === '看 福建医大附属口腔医院');
    await world.bot.press(button as NonNullable<typeof button>);
    await world.bot.settle();
    const team = world.bot.lastMessage(world.bot.p2p(PROVINCE));
    expect(team?.text).toContain('福建医大附属口腔医院 医疗队');
    expect(team?.text).toContain('队员 7 人，少于 8 人');
    expect(team?.text).toMatch(/巡回 \d\/3 周/);
    expect(team?.text).toMatch(/覆盖乡镇 \d+\/10/);
    expect(team?.text).toContain('专业与受援县薄弱专科（漳平市）');
    expect(team?.text).toContain('（队长）');
  });

  it('shows a hospital coordinator their own team only', async () => {
    const card = await say(PROVINCIAL, '/巡回');
    expect(card.text).toContain('福州大学附属省立医院');
    expect(card.text).not.toContain('福建省儿童医院');
  });

  it('reads an annex-2 roster with merged header cells sent in chat: row-numbered dry run, rules with figures', async () => {
    const file = await annex2Xlsx(BLOCK, SIX);
    const preview = await sendFile(world.bot, PROVINCIAL, '省立医院医疗队名单.xlsx', file);
    expect(preview.text).toContain('医疗队名单预览');
    expect(preview.text).toContain('填报人 王五');
    expect(preview.text).toContain('第 5 行 郑国强 科主任/主任医师 心血管内科 福安市');
    expect(preview.text).toContain('第 9 行 吴建平 主治医师 骨科 寿宁县');
    expect(preview.text).toContain('队员 6 人，少于 8 人');
    expect(preview.text).toContain('副高及以上 3/6，未过半');
    // SIX names no 队长: the demo's sitting leader stays, and the preview says who that is.
    expect(preview.text).toMatch(/名单中没有职务\/职称写“队长”的队员，现任医疗队队长 \S+ 不变/);
    const confirm = preview.buttons.find((b) => b.text === '确认导入');
    await world.bot.press(confirm as NonNullable<typeof confirm>);
    await world.bot.settle();
    const done = world.bot.lastMessage(world.bot.p2p(PROVINCIAL));
    expect(done?.text).toContain('名单已导入：福州大学附属省立医院 6 人');
    const [program] = await listTourProgramsFrom(world.bot.db, WORLD_TODAY, ['PROVINCIAL_TEAM_TOUR']);
    const hospital = await findInstitutionByCode(world.bot.db, demoInstitutionCode('fj_provincial'));
    const team = await findTeamByKey(world.bot.db, { programId: program?.id ?? 0, hospitalId: hospital?.id ?? 0 });
    expect(team?.members.map((m) => m.person.name).sort()).toEqual(SIX.map((r) => r.name).sort());
    expect(team?.members.find((m) => m.person.name === '许文静')?.manager).toBe(true);
  });

  it('names every bad row by its number, and imports nothing', async () => {
    const bad = [
      { ...SIX[0], county: '厦门市' } as RosterFormRow,
      { ...SIX[1], phone: '电话待定' } as RosterFormRow,
      { ...SIX[2], county: '连江县' } as RosterFormRow,
    ];
    const preview = await sendFile(world.bot, PROVINCIAL, '名单.xlsx', await annex2Xlsx(BLOCK, bad));
    expect(preview.text).toContain('第 5 行：没有找到巡回医疗县区“厦门市”');
    expect(preview.text).toContain('第 6 行：联系电话“电话待定”不是有效的手机号');
    expect(preview.text).toContain('第 7 行：连江县 不是本队的巡回医疗县区（本队：福安市、霞浦县、寿宁县）');
    expect(preview.buttons.map((b) => b.text)).not.toContain('确认导入');
  });

  it('refuses a roster of another hospital', async () => {
    const other = { ...BLOCK, hospital: '福建省儿童医院' };
    const preview = await sendFile(world.bot, PROVINCIAL, '名单.xlsx', await annex2Xlsx(other, SIX));
    expect(preview.text).toContain('您不能报送“福建省儿童医院”的医疗队名单');
  });

  it('takes the same roster through `npm run import`, dry run then --apply', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'roster-'));
    try {
      const path = join(dir, 'roster.xlsx');
      const eight = [
        ...SIX,
        { county: '福安市', name: '蔡志明', specialty: '眼科', post: '副主任医师', phone: '13900001007' },
        { county: '霞浦县', name: '曾丽', specialty: '消化内科', post: '主任医师', phone: '13900001008' },
      ];
      await writeFile(path, await annex2Xlsx({ ...BLOCK, hospital: '省立医院' }, eight));
      const dry = importCliDeps(world.bot);
      expect(await runStaffingImportCli(dry, { file: path, as: PROVINCIAL, apply: false })).toBe(0);
      expect(dry.output.join('\n')).toContain('第 12 行 曾丽 主任医师 消化内科 霞浦县');
      expect(dry.output.join('\n')).toContain('队员 8 人（不少于 8 人）✓');
      expect(dry.output.join('\n')).toContain('副高及以上 5/8，已过半 ✓');
      const applied = importCliDeps(world.bot);
      expect(await runStaffingImportCli(applied, { file: path, as: PROVINCIAL, apply: true })).toBe(0);
      expect(applied.output.at(-1)).toContain('名单已导入：福州大学附属省立医院 8 人');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lets the team leader file where the team is; members then check in there and /排班 shows the tour', async () => {
    const filed = await say(LEADER, `/巡回安排 ${WORLD_TODAY} 连江东岭镇卫生院 义诊`);
    expect(filed.text).toContain(`已安排：${WORLD_TODAY.slice(5)} 在 连江东岭镇卫生院（义诊）`);
    const schedule = await say(LEADER, '/排班');
    expect(schedule.text).toContain('连江东岭镇卫生院');
    const receipt = await say(LEADER, '/签到 连江东岭镇卫生院');
    expect(receipt.text).toContain('连江东岭镇卫生院');
    const card = await say(PROVINCE, '/巡回');
    expect(card.text).toMatch(/福建省儿童医院\s*│\s*连江县\s*│\s*\d\/3\s*│\s*\d+\/10\s*│\s*1\b/);
  });

  it('refuses /巡回安排 to someone who leads no team, and a place outside the team’s counties', async () => {
    expect((await say(PROVINCIAL, '/巡回安排 12-01 连江东岭镇卫生院')).text).toContain('只有医疗队队长可以使用');
    expect((await say(LEADER, `/巡回安排 ${WORLD_TODAY} 清流东岭镇卫生院`)).text).toContain(
      '本队巡回医疗县区（连江县、罗源县）中没有找到“清流东岭镇卫生院”',
    );
  });

  it('takes the leader’s day in one message: members present and the team’s figures, on the /巡回 team card', async () => {
    const team = await findTeamByKey(world.bot.db, {
      programId: (await listTourProgramsFrom(world.bot.db, WORLD_TODAY, ['PROVINCIAL_TEAM_TOUR']))[0]?.id ?? 0,
      hospitalId: (await findInstitutionByCode(world.bot.db, demoInstitutionCode('fj_children')))?.id ?? 0,
    });
    const [second, third] = (team?.members ?? []).slice(1).map((m) => m.person.name);
    const reply = await say(LEADER, `/队日志 在岗 ${second} ${third} 诊疗30 讲座1 培训12 查房1 病例讨论1 远程2`);
    expect(reply.text).toContain(`已记录 ${WORLD_TODAY} 在 连江东岭镇卫生院：在岗 2 人，诊疗 30 人次（第 1 版）`);
    const card = await say(PROVINCE, '/巡回');
    expect(card.text).toMatch(/福建省儿童医院\s*│\s*连江县\s*│\s*\d\/3\s*│\s*\d+\/10\s*│\s*3\b/);
    expect((await say(LEADER, '/队日志 在岗 诊疗30')).text).toContain('请写出当天在岗的队员姓名');
  });

  it('exports the summary: per team and county the tour figures, a 合计 row and the sections the hospital fills in', async () => {
    await say(PROVINCE, '/巡回 导出');
    const file = world.bot.adapter.uploadedFiles().at(-1);
    expect(file?.fileName).toBe(`巡回医疗总结-${WORLD_TODAY}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file?.data as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    for (const text of ['福建省儿童医院', '连江县', '覆盖乡镇', '诊疗人次', '合计', '一、工作成效（由医院填写）']) {
      expect(cells).toContain(text);
    }
  });

  it('puts the roster, plan and summary of every team on the deadline ladder as its hospital’s obligations', async () => {
    const [program] = await listTourProgramsFrom(world.bot.db, WORLD_TODAY, ['PROVINCIAL_TEAM_TOUR']);
    const open = (await listOpenObligationsDueBetween(world.bot.db, '2000-01-01', '2100-12-31')).filter(
      (o) => o.period === program?.name,
    );
    // Every demo team filed its roster and plan; the summaries are due after the tour.
    expect(open.map((o) => o.kind)).toEqual(Array<string>(14).fill('ANNUAL_SUMMARY'));
    expect(open[0]?.dueDate).toBe(tourRules(program ?? null).summaryDue);
  });
});
