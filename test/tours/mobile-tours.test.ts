import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { inTransaction } from '../../src/db/queries/transaction.js';
import { createMobileTour, findCountiesByName, removeTourTeamMembers } from '../../src/db/queries/tours.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import { addDays } from '../../src/time/local.js';
import { syncPlanAssignments } from '../../src/tours/plan-assignments.js';
import {
  createCoordinatorWorld,
  replyTo,
  DEMO_COORDINATORS,
  WORLD_TIME_ZONE,
  WORLD_TODAY,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { upsertMobileProgram } from '../support/mobile-program.js';

const PROVINCE = DEMO_COORDINATORS.province;
const PROVINCIAL = DEMO_COORDINATORS.hospital('fj_provincial');
const HOSPITAL = '福州大学附属省立医院';
/** Two leaders of the hospital's mobile hospital, one a tour. */
const LEADERS = [
  { name: '车队长甲', phone: '13900007701', openId: 'ou_test_mobile_leader_1', vehicle: '闽A·Y0001' },
  { name: '车队长乙', phone: '13900007702', openId: 'ou_test_mobile_leader_2', vehicle: '闽A·Y0002' },
] as const;
const PLACE = '连江东岭镇卫生院';
/** Registered people of the hospital the first tour's leader adds to the crew. */
const CREW = [
  { name: '车队员甲', phone: '13900007711' },
  { name: '车队员乙', phone: '13900007712' },
] as const;

/**
 * Mobile-hospital tours (seed 000: "移动医院"巡诊至少两次) from outside, through the service: a hospital
 * coordinator sets one up with `/巡回 流动医院`, its leader files the plan with `/巡回安排` and the day with
 * `/队日志`, and `/巡回` and its export show it with the rule's status.
 */
describe.each(testProviders())('mobile-hospital tours through the service (%s)', (provider) => {
  let world: CoordinatorWorld;
  const say = async (as: string, text: string) => (await replyTo(world.bot, as, text)).text;
  const teams = () => world.bot.db.tourTeam.findMany({ where: { vehicle: { not: null } }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    await loadDemoTours(world.bot.db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE });
    const year = WORLD_TODAY.slice(0, 4);
    await upsertMobileProgram(world.bot.db, year);
    const hospital = await findInstitutionByCode(world.bot.db, demoInstitutionCode('fj_provincial'));
    for (const member of CREW) {
      await upsertPersonByPhone(world.bot.db, { ...member, homeInstitutionId: hospital?.id ?? null });
    }
    for (const leader of LEADERS) {
      const { person } = await upsertPersonByPhone(world.bot.db, {
        name: leader.name,
        phone: leader.phone,
        homeInstitutionId: hospital?.id ?? null,
      });
      await bindChatIdentity(world.bot.db, {
        personId: person.id,
        platform: 'FEISHU',
        platformUserId: leader.openId,
        method: 'SEED',
        boundById: null,
      });
    }
  }, 120_000);
  afterAll(() => world.bot.close());

  it('refuses bad input politely and writes nothing', async () => {
    expect(await say(PROVINCIAL, '/巡回 流动医院 闽A·Y0001')).toContain('请写车辆、县区和队长');
    expect(await say(PROVINCIAL, '/巡回 流动医院 闽A·Y0001 连江县 无此人')).toContain('没有登记“无此人”');
    expect(await say(PROVINCIAL, '/巡回 流动医院 闽A·Y0001 火星县 车队长甲')).toContain('没有找到县区“火星县”');
    expect(await say(PROVINCE, '/巡回 流动医院 闽A·Y0001 连江县 车队长甲')).toContain('请在最后写派出医院');
    // 漳平's bureau is not above the hospital (Fuzhou).
    expect(await say(DEMO_COORDINATORS.county, `/巡回 流动医院 闽A·Y0001 连江县 车队长甲 ${HOSPITAL}`)).toContain(
      `不能为“${HOSPITAL}”安排流动医院巡诊`,
    );
    expect(await teams()).toEqual([]);
  });

  it('sets up a tour; its leader plans and records the day; /巡回 shows it with "至少两次" at 1/2', async () => {
    const [first] = LEADERS;
    const created = await say(PROVINCIAL, `/巡回 流动医院 ${first.vehicle} 连江 ${first.name}`);
    expect(created).toContain(
      `已安排：${HOSPITAL} 第1次流动医院巡诊，车辆 ${first.vehicle}，连江县，队长 ${first.name}`,
    );
    expect(await say(first.openId, `/巡回安排 ${WORLD_TODAY} ${PLACE} 义诊`)).toContain(PLACE);
    expect(await say(first.openId, `/队日志 在岗 ${first.name} 诊疗30`)).not.toContain('只有医疗队队长可以使用');

    const card = await say(PROVINCE, '/巡回');
    expect(card).toContain('流动医院巡诊');
    expect(card).toContain('“移动医院”巡诊 1/2 次，每年至少 2 次');
    expect(card).toContain(`${HOSPITAL} 第1次流动医院巡诊 · 车辆 ${first.vehicle} · 连江县 · 巡回天数 1 · 覆盖乡镇 1`);
    // The provincial teams are still there.
    expect(card).toMatch(/福建省儿童医院\s*│\s*连江县/);
  });

  it('its leader adds registered people of the hospital to the crew with /队员; they get the plan; audited', async () => {
    const [first] = LEADERS;
    const crewOf = async () => {
      const [team] = await teams();
      const members = await world.bot.db.tourTeamMember.findMany({
        where: { teamId: team?.id ?? 0, removedAt: null },
        include: { person: true },
        orderBy: { id: 'asc' },
      });
      return members.map((member) => member.person.name);
    };
    expect(await say(first.openId, '/队员')).toContain('/队员 <姓名…>');
    expect(await say(first.openId, `/队员 ${CREW[0].name} 无此人`)).toContain(`${HOSPITAL}没有登记：无此人`);
    expect(await say(PROVINCIAL, `/队员 ${CREW[0].name}`)).not.toContain('已更新');
    // A provincial team's members are its annex-2 roster.
    expect(await say('ou_demo_tour_fj_children', `/队员 ${CREW[0].name}`)).toContain('省级医疗队的队员以附件2名单为准');
    expect(await crewOf()).toEqual([first.name]);

    const added = await say(first.openId, `/队员 ${CREW[0].name} ${CREW[1].name}`);
    expect(added).toContain(`现有：${first.name}、${CREW[0].name}、${CREW[1].name}`);
    expect(await crewOf()).toEqual([first.name, CREW[0].name, CREW[1].name]);
    expect(await say(first.openId, `/队员 ${CREW[0].name}`)).toContain(
      `${CREW[0].name} 已是第1次流动医院巡诊的队员，没有新增`,
    );

    const member = await world.bot.db.person.findFirstOrThrow({ where: { name: CREW[0].name } });
    const planned = await world.bot.db.assignment.findMany({ where: { physicianId: member.id, status: 'ACTIVE' } });
    expect(planned).toHaveLength(1);
    const audit = await world.bot.db.auditLog.findMany({ where: { action: 'tour.mobile.crew' } });
    expect(audit).toHaveLength(1);
  });

  it('its leader takes a crew member off with /队员 移除: kept on the record, plan withdrawn; the leader stays', async () => {
    const [first] = LEADERS;
    expect(await say(first.openId, '/队员 移除')).toContain('请写出要移出的队员姓名');
    expect(await say(first.openId, `/队员 移除 ${CREW[1].name} 无此人`)).toContain(
      `无此人 不是第1次流动医院巡诊的队员，未作改动。现有队员：${first.name}、${CREW[0].name}、${CREW[1].name}`,
    );
    expect(await say(first.openId, `/队员 移除 ${first.name}`)).toContain('队长不能把自己移出队员');
    expect(await say('ou_demo_tour_fj_children', `/队员 移除 ${CREW[1].name}`)).toContain(
      '省级医疗队的队员以附件2名单为准',
    );

    const removed = await say(first.openId, `/队员 移除 ${CREW[1].name}`);
    expect(removed).toContain(`已将 ${CREW[1].name} 移出第1次流动医院巡诊`);
    expect(removed).toContain(`现有队员：${first.name}、${CREW[0].name}`);
    const [team] = await teams();
    const member = await world.bot.db.person.findFirstOrThrow({ where: { name: CREW[1].name } });
    const row = await world.bot.db.tourTeamMember.findFirstOrThrow({
      where: { teamId: team?.id ?? 0, personId: member.id },
    });
    expect(row.removedAt).not.toBeNull();
    const planned = await world.bot.db.assignment.findMany({ where: { physicianId: member.id, status: 'ACTIVE' } });
    expect(planned).toHaveLength(0);
    const audit = await world.bot.db.auditLog.findMany({ where: { action: 'tour.mobile.crewRemoved' } });
    expect(audit.map((entry) => entry.details)).toEqual([{ removed: [{ id: member.id, name: CREW[1].name }] }]);
    // Sent again (a double press): nothing more is written.
    expect(await say(first.openId, `/队员 移除 ${CREW[1].name}`)).toContain('不是第1次流动医院巡诊的队员');
    // Brought back with /队员, the plan is theirs again.
    await say(first.openId, `/队员 ${CREW[1].name}`);
    const back = await world.bot.db.assignment.findMany({ where: { physicianId: member.id, status: 'ACTIVE' } });
    expect(back).toHaveLength(1);
    // Two removals at once (on PostgreSQL concurrently): one takes the member off and writes one entry.
    await Promise.all([
      say(first.openId, `/队员 移除 ${CREW[1].name}`),
      say(first.openId, `/队员 移除 ${CREW[1].name}`),
    ]);
    const entries = await world.bot.db.auditLog.count({ where: { action: 'tour.mobile.crewRemoved' } });
    expect(entries).toBe(2);
    const gone = await world.bot.db.assignment.findMany({ where: { physicianId: member.id, status: 'ACTIVE' } });
    expect(gone).toHaveLength(0);
  });

  it('a second tour held meets the rule (2/2 ✓); the export has a row per tour', async () => {
    const [, second] = LEADERS;
    await say(PROVINCIAL, `/巡回 流动医院 ${second.vehicle} 连江县 ${second.name}`);
    await say(second.openId, `/巡回安排 ${WORLD_TODAY} ${PLACE} 健康讲座`);
    await say(second.openId, `/队日志 在岗 ${second.name} 讲座1`);
    const card = await replyTo(world.bot, PROVINCE, '/巡回');
    expect(card.text).toContain('“移动医院”巡诊 2/2 次（每年至少 2 次）✓');
    expect(card.buttons.map((b) => b.text)).toContain(`看 ${HOSPITAL} 第2次流动医院巡诊`);

    await say(PROVINCE, '/巡回 导出');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(world.bot.adapter.uploadedFiles().at(-1)?.data as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]?.eachRow((row) => rows.push(row.values as unknown[]));
    for (const label of ['第1次流动医院巡诊', '第2次流动医院巡诊']) {
      const row = rows.find((values) => values[2] === `${HOSPITAL} ${label}`);
      expect(row?.slice(3, 6), label).toEqual(['连江县', 1, 0]);
    }
  });

  it('opens a mobile tour from the card: its vehicle-crew roster is not checked against annex 2', async () => {
    const card = await replyTo(world.bot, PROVINCIAL, '/巡回');
    const button = card.buttons.find((b) => b.text === `看 ${HOSPITAL} 第1次流动医院巡诊`);
    await world.bot.press(button as NonNullable<typeof button>);
    await world.bot.settle();
    const team = world.bot.lastMessage(world.bot.p2p(PROVINCIAL))?.text ?? '';
    expect(team).toContain(`${HOSPITAL} 第1次流动医院巡诊 医疗队`);
    expect(team).toContain('车队长甲');
    expect(team).not.toContain('少于 8 人');
  });

  it('two creations of the same 第N次 at once: the unique key lets one through (the command then takes the next number)', async () => {
    const hospital = await findInstitutionByCode(world.bot.db, demoInstitutionCode('fj_provincial'));
    const [county] = await findCountiesByName(world.bot.db, ['罗源县']);
    const program = await world.bot.db.program.findFirstOrThrow({ where: { kind: 'MOBILE_HOSPITAL' } });
    const tour = {
      programId: program.id,
      hospitalId: hospital?.id ?? 0,
      label: '第9次流动医院巡诊',
      vehicle: '闽A·Y0009',
      countyId: county?.id ?? 0,
    };
    const results = await Promise.all(
      [0, 1].map(() => inTransaction(world.bot.db, (tx) => createMobileTour(tx, tour)).catch(() => null)),
    );
    expect(results.filter((result) => result !== null)).toHaveLength(1);
    expect(await world.bot.db.tourTeam.count({ where: { label: tour.label } })).toBe(1);
  });

  it('a member taken off keeps the planned days already past; a sync with nothing changed rewrites nothing', async () => {
    const [team] = await teams();
    const member = await world.bot.db.person.findFirstOrThrow({ where: { name: CREW[0].name } });
    const active = () =>
      world.bot.db.assignment.findMany({
        where: { physicianId: member.id, status: 'ACTIVE' },
        include: { plannedDates: true },
      });
    expect((await active()).flatMap((a) => a.plannedDates.map((d) => d.date))).toEqual([WORLD_TODAY]);
    const changes = () => world.bot.db.assignmentChange.count({ where: { assignment: { physicianId: member.id } } });
    const before = await changes();
    const tomorrow = addDays(WORLD_TODAY, 1);
    const teamKey = { id: team!.id, programId: team!.programId };
    await syncPlanAssignments(world.bot.db, teamKey, { actorId: null, at: new Date(), today: tomorrow });
    expect(await changes()).toBe(before);

    // Taken off the day after: the day they were planned for (and served) stays planned for them.
    await removeTourTeamMembers(world.bot.db, team!.id, [member.id], new Date());
    await syncPlanAssignments(world.bot.db, teamKey, { actorId: null, at: new Date(), today: tomorrow });
    expect((await active()).flatMap((a) => a.plannedDates.map((d) => d.date))).toEqual([WORLD_TODAY]);
    expect(await changes()).toBe(before);
    // Taken off the same day, the day is withdrawn.
    await syncPlanAssignments(world.bot.db, teamKey, { actorId: null, at: new Date(), today: WORLD_TODAY });
    expect(await active()).toEqual([]);
  });
});
