import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { findTeamByKey, listPlanDays, listTourProgramsFrom } from '../../src/db/queries/tours.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import { demoOpenId } from '../../src/demo/people.js';
import {
  createCoordinatorWorld,
  DEMO_COORDINATORS,
  WORLD_TIME_ZONE,
  WORLD_TODAY,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { sendFile } from '../support/import-cli.js';
import { planXlsx } from '../support/sample-tour-plans.js';

/** The leader of 福建省儿童医院's team (连江县, 罗源县). */
const LEADER = demoOpenId('tour_fj_children');

describe.each(testProviders())('the tour plan filed by file (%s)', (provider) => {
  let world: CoordinatorWorld;
  const teamPlan = async () => {
    const [program] = await listTourProgramsFrom(world.bot.db, WORLD_TODAY, ['PROVINCIAL_TEAM_TOUR']);
    const hospital = await findInstitutionByCode(world.bot.db, demoInstitutionCode('fj_children'));
    const team = await findTeamByKey(world.bot.db, { programId: program?.id ?? 0, hospitalId: hospital?.id ?? 0 });
    return listPlanDays(world.bot.db, [team?.id ?? 0], { from: '2026-12-01', to: '2026-12-31' });
  };

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    await loadDemoTours(world.bot.db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE });
  }, 120_000);
  afterAll(() => world.bot.close());

  it('names every bad row by its number with /巡回安排’s own checks, and files nothing', async () => {
    const before = await teamPlan();
    const file = await planXlsx([
      ['2026-12-14', '清流东岭镇卫生院', '义诊'],
      ['12月32日', '连江东岭镇卫生院', ''],
      ['2026-12-15', '连江东岭镇卫生院', '义诊'],
      ['2026-12-15', '连江西坑镇卫生院', ''],
      ['2027-06-01', '连江西坑镇卫生院', ''],
      ['2026-12-16', '', ''],
    ]);
    const preview = await sendFile(world.bot, LEADER, '巡回安排.xlsx', file);
    expect(preview.text).toContain('巡回安排预览');
    expect(preview.text).toContain('第 3 行：本队巡回医疗县区（连江县、罗源县）中没有找到“清流东岭镇卫生院”');
    expect(preview.text).toContain('第 4 行：日期“12月32日”无法识别');
    expect(preview.text).toContain('第 6 行：2026-12-15 已在第 5 行安排');
    expect(preview.text).toMatch(/第 7 行：2027-06-01 不在巡回医疗时间内/);
    expect(preview.text).toContain('第 8 行：缺少地点');
    expect(preview.buttons.map((b) => b.text)).not.toContain('确认导入');
    expect(await teamPlan()).toEqual(before);
  });

  it('refuses a plan file from someone who leads no team', async () => {
    const file = await planXlsx([['2026-12-14', '连江东岭镇卫生院', '义诊']]);
    const reply = await sendFile(world.bot, DEMO_COORDINATORS.province, '巡回安排.xlsx', file);
    expect(reply.text).toContain('医疗队队长');
    expect(reply.buttons.map((b) => b.text)).not.toContain('确认导入');
  });

  it('takes the leader’s plan file: row-numbered dry run, then 确认导入 files the days', async () => {
    const file = await planXlsx([
      [new Date(Date.UTC(2026, 11, 14)), '连江东岭镇卫生院', '义诊'],
      ['12月15日', '连江西坑镇卫生院', '专题讲座'],
    ]);
    const preview = await sendFile(world.bot, LEADER, '巡回安排.xlsx', file);
    expect(preview.text).toContain('第 3 行 2026-12-14 连江东岭镇卫生院（义诊）');
    expect(preview.text).toContain('第 4 行 2026-12-15 连江西坑镇卫生院（专题讲座）');
    const confirm = preview.buttons.find((b) => b.text === '确认导入');
    await world.bot.press(confirm as NonNullable<typeof confirm>);
    await world.bot.settle();
    expect(world.bot.lastMessage(world.bot.p2p(LEADER))?.text).toContain('已安排 2 天');
    const days = (await teamPlan()).filter((d) => d.date === '2026-12-14' || d.date === '2026-12-15');
    expect(days.map((d) => [d.date, d.institution.name, d.activity])).toEqual([
      ['2026-12-14', '连江东岭镇卫生院', '义诊'],
      ['2026-12-15', '连江西坑镇卫生院', '专题讲座'],
    ]);
    // The card lost its button: the plan cannot be filed twice.
    expect(world.bot.lastMessage(world.bot.p2p(LEADER))?.buttons).toEqual([]);
  });

  it('reads the same plan as a CSV', async () => {
    const csv = Buffer.from('日期,地点,工作内容\n2026-12-21,罗源县总医院,教学查房\n', 'utf8');
    const preview = await sendFile(world.bot, LEADER, '巡回安排.csv', csv);
    expect(preview.text).toContain('第 2 行 2026-12-21 罗源县总医院（教学查房）');
    expect(preview.buttons.map((b) => b.text)).toContain('确认导入');
  });
});
