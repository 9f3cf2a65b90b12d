import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Institution } from '../../src/generated/sqlite/client.js';
import { listAssignmentsForPhysicianInMonth } from '../../src/db/queries/assignment-lists.js';
import { createAssignment, findAssignmentById } from '../../src/db/queries/assignments.js';
import { findPersonByChatUser } from '../../src/db/queries/chat-identities.js';
import { findInstitutionByCode, upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import type { PersonWithHome } from '../../src/db/queries/people.js';
import { ensureProgramParticipant, findProgramByCode } from '../../src/db/queries/programs.js';
import { CLINICS } from '../../src/demo/clinics.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { demoOpenId } from '../../src/demo/people.js';
import { forgedClick } from '../physician/oversight-support.js';
import { testProviders } from '../support/db.js';
import { createCoordinatorWorld, DEMO_COORDINATORS, type CoordinatorWorld } from '../support/coordinator-world.js';

const PROGRAM = 'DEMO-ZP-GRASSROOTS-2026';
const COUNTY = DEMO_COORDINATORS.county;
const ZP_HOSPITAL = DEMO_COORDINATORS.hospital('zhangping_hospital');
/** December 2026 weekends: the demo plans weekdays only, so these are free for every demo physician. */
const SAT_5 = '2026-12-05';
const SAT_12 = '2026-12-12';
const SAT_19 = '2026-12-19';

describe.each(testProviders())('/指派 and /取消指派 (%s)', (provider) => {
  let world: CoordinatorWorld;
  let outsideClinic: Institution;
  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    const db = world.bot.db;
    // A township clinic of 新罗区 (龙岩市, outside 漳平市), taking part in the same program.
    outsideClinic = await upsertInstitutionByCode(db, {
      code: 'TEST-XINLUO-THC',
      name: '新罗区测试镇卫生院',
      kind: 'TOWNSHIP_HEALTH_CENTER',
      regionCode: '350802',
    });
    const program = await findProgramByCode(db, PROGRAM);
    await ensureProgramParticipant(db, { programId: program!.id, institutionId: outsideClinic.id, side: 'RECIPIENT' });
  }, 180_000);
  afterAll(() => world.bot.close());

  const physician = async (key: string): Promise<PersonWithHome & { openId: string }> => {
    const openId = demoOpenId(`dr_${key}`);
    const person = await findPersonByChatUser(world.bot.db, 'FEISHU', openId);
    return { ...person!, openId };
  };
  const clinic = async (key: string) => (await findInstitutionByCode(world.bot.db, demoInstitutionCode(`zp_${key}`)))!;
  /** A demo clinic where the physician has no December assignment. */
  const freeClinicFor = async (physicianId: number, skip = 0) => {
    const taken = (await listAssignmentsForPhysicianInMonth(world.bot.db, physicianId, '2026-12')).map(
      (a) => a.institutionId,
    );
    const free: Institution[] = [];
    for (const c of CLINICS) {
      const found = await clinic(c.key);
      if (!taken.includes(found.id)) free.push(found);
    }
    return free[skip]!;
  };
  const say = async (as: string, text: string, mentioned?: { openId: string; name: string }) => {
    await world.bot.send({ as, text, mentions: mentioned ? [{ userId: mentioned.openId, name: mentioned.name }] : [] });
    await world.bot.settle();
    return world.bot.lastMessage(world.bot.p2p(as))!;
  };
  const texts = (openId: string) => world.bot.outbox(world.bot.p2p(openId)).map((m) => m.text);
  const auditOf = (assignmentId: number) =>
    world.bot.db.auditLog.findMany({
      where: { entity: 'Assignment', entityId: String(assignmentId) },
      orderBy: { id: 'asc' },
    });
  const activeAt = async (physicianId: number, institutionId: number) =>
    (await listAssignmentsForPhysicianInMonth(world.bot.db, physicianId, '2026-12')).filter(
      (a) => a.institutionId === institutionId,
    );
  const numberOf = (text: string) => Number(/指派编号：#(\d+)/.exec(text)?.[1]);

  it('lets the county coordinator assign a demo physician on dates: stored, told, audited', async () => {
    const wang = await physician('wang_xiuying');
    const target = await freeClinicFor(wang.id);
    const headKey = CLINICS.find((c) => demoInstitutionCode(`zp_${c.key}`) === target.code)!.key;
    const reply = await say(COUNTY, `/指派 @王秀英 ${target.name} 12-05,12-12`, wang);
    expect(reply.text).toContain('【指派成功】');
    expect(reply.text).toContain('2026-12-05、2026-12-12');
    const [stored] = await activeAt(wang.id, target.id);
    expect(stored).toMatchObject({ startDate: '2026-12-01', endDate: '2026-12-31' });
    expect(stored!.plannedDates.map((d) => d.date)).toEqual([SAT_5, SAT_12]);
    expect(numberOf(reply.text)).toBe(stored!.id);
    expect(texts(wang.openId).at(-1)).toContain('【新的指派】');
    expect(texts(DEMO_COORDINATORS.clinicHead(headKey)).at(-1)).toContain('王秀英将到贵单位支援');
    const [entry] = await auditOf(stored!.id);
    expect(entry).toMatchObject({
      action: 'assignment.create',
      regionPath: target.regionPath,
      institutionId: target.id,
    });
    expect(entry!.details).toMatchObject({ physician: '王秀英', program: PROGRAM, plannedDates: [SAT_5, SAT_12] });

    // The same physician, clinic and month again: new dates join the assignment, old ones are no news.
    const updated = await say(COUNTY, `/指派 @王秀英 ${target.name} 2026-12-19`, wang);
    expect(updated.text).toContain('【指派已更新】');
    const after = await activeAt(wang.id, target.id);
    expect(after).toHaveLength(1);
    expect(after[0]!.plannedDates.map((d) => d.date)).toEqual([SAT_5, SAT_12, SAT_19]);
    expect(texts(wang.openId).at(-1)).toContain(SAT_19);
    expect((await auditOf(stored!.id)).map((e) => e.action)).toEqual(['assignment.create', 'assignment.update']);
    const again = await say(COUNTY, `/指派 @王秀英 ${target.name} 12-12`, wang);
    expect(again.text).toContain('【已有此指派】');
    expect(await auditOf(stored!.id)).toHaveLength(2);
  });

  it('lets a hospital coordinator assign their own physician by name, for a month without dates', async () => {
    const zhang = await physician('zhang_wei');
    const target = await freeClinicFor(zhang.id);
    const reply = await say(ZP_HOSPITAL, `/指派 张伟 ${target.name} 2026-12`);
    expect(reply.text).toContain('【指派成功】');
    expect(reply.text).toContain('尚未安排具体日期');
    const [stored] = await activeAt(zhang.id, target.id);
    expect(stored!.plannedDates).toEqual([]);
    expect(stored!.createdById).not.toBeNull();
  });

  it("refuses a hospital coordinator another hospital's physician, and a county a clinic outside it", async () => {
    const chen = await physician('chen_zhiyuan');
    const target = await freeClinicFor(chen.id);
    const other = await say(ZP_HOSPITAL, `/指派 @陈志远 ${target.name} ${SAT_5}`, chen);
    expect(other.text).toContain('不能把陈志远指派到');
    expect(await say(ZP_HOSPITAL, `/指派 陈志远 ${target.name} ${SAT_5}`).then((m) => m.text)).toContain(
      '没有找到“陈志远”',
    );
    const wang = await physician('wang_xiuying');
    const outside = await say(COUNTY, `/指派 @王秀英 新罗区测试镇卫生院 ${SAT_5}`, wang);
    expect(outside.text).toContain('不能把王秀英指派到新罗区测试镇卫生院');
    expect(await activeAt(chen.id, target.id)).toEqual([]);
    expect(await activeAt(wang.id, outsideClinic.id)).toEqual([]);
  });

  it('refuses a resident with the title reason, and stores nothing', async () => {
    const lu = await physician('lu_zhenyu');
    const target = await freeClinicFor(lu.id);
    const reply = await say(COUNTY, `/指派 @卢振宇 ${target.name} ${SAT_5}`, lu);
    expect(reply.text).toContain('卢振宇的职称为住院医师，本项目要求主治医师及以上');
    expect(reply.text).toContain('未做任何更改');
    expect(await activeAt(lu.id, target.id)).toEqual([]);
  });

  it('refuses a double booking with the day and the other clinic', async () => {
    const [planned] = (await world.bot.db.assignment.findMany({
      where: { status: 'ACTIVE', startDate: '2026-12-01', plannedDates: { some: {} } },
      include: { plannedDates: true, institution: true, physician: true },
      orderBy: { id: 'asc' },
      take: 1,
    }))!;
    const day = planned!.plannedDates[0]!.date;
    const elsewhere = await freeClinicFor(planned!.physicianId);
    const reply = await say(COUNTY, `/指派 ${planned!.physician.name} ${elsewhere.name} ${day}`);
    const label = `${Number(day.slice(5, 7))}月${Number(day.slice(8))}日`;
    expect(reply.text).toContain(`${label}${planned!.physician.name}已安排在${planned!.institution.name}`);
    expect(await activeAt(planned!.physicianId, elsewhere.id)).toEqual([]);
  });

  it('refuses a clinic that is no recipient of the program', async () => {
    const wang = await physician('wang_xiuying');
    const noProgram = await say(COUNTY, `/指派 @王秀英 漳平市医院 ${SAT_5}`, wang);
    expect(noProgram.text).toContain('没有作为受援单位参加');
    const named = await say(COUNTY, `/指派 @王秀英 漳平市医院 ${SAT_5} ${PROGRAM.toLowerCase()}`, wang);
    expect(named.text).toContain('漳平市医院不是“漳平市2026年度“医师下基层”对口支援”的受援单位');
  });

  it('answers bad dates and missing words with what was wrong and the usage', async () => {
    const wang = await physician('wang_xiuying');
    const badDate = await say(COUNTY, '/指派 @王秀英 桂林 13-45', wang);
    expect(badDate.text).toContain('“13-45”不是有效的月份或日期');
    expect(badDate.text).toContain('正确用法：/指派 @医生 受援单位');
    expect((await say(COUNTY, '/指派')).text).toContain('请写明要指派的医生');
    expect((await say(COUNTY, '/指派 @王秀英 桂林', wang)).text).toContain('请写明月份');
    expect((await say(COUNTY, '/指派 @王秀英 2026-12', wang)).text).toContain('请写明把王秀英指派到哪个受援单位');
  });

  it('cancels by command, twice harmlessly, and tells the physician and the clinic head', async () => {
    const lin = await physician('lin_xiaoyan');
    const target = await freeClinicFor(lin.id);
    const made = await say(COUNTY, `/指派 @林晓燕 ${target.name} ${SAT_5}`, lin);
    const id = numberOf(made.text);
    const cancelled = await say(COUNTY, `/取消指派 #${id}`);
    expect(cancelled.text).toContain(`已取消林晓燕在${target.name}的指派（#${id}`);
    expect(texts(lin.openId).at(-1)).toContain('【指派已取消】');
    expect((await findAssignmentById(world.bot.db, id))!.status).toBe('CANCELLED');
    const twice = await say(COUNTY, `/取消指派 ${id}`);
    expect(twice.text).toContain('此前已取消');
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['assignment.create', 'assignment.cancel']);
    expect((await say(COUNTY, '/取消指派 999999')).text).toContain('没有编号为 999999 的指派');
  });

  it('cancels by physician, clinic and month, and keeps the service days already recorded', async () => {
    const day = await world.bot.db.serviceDay.findFirst({
      where: { assignmentId: { not: null }, serviceDate: { startsWith: '2026-11' } },
      include: { assignment: { include: { institution: true, physician: true } } },
      orderBy: { id: 'asc' },
    });
    const { physician: who, institution } = day!.assignment!;
    const reply = await say(COUNTY, `/取消指派 ${who.name} ${institution.name} 2026-11`);
    expect(reply.text).toContain(`已取消${who.name}在${institution.name}的指派`);
    expect(reply.text).toMatch(/已记录的 \d+ 个服务日照常保留/);
    expect(await world.bot.db.serviceDay.count({ where: { id: day!.id } })).toBe(1);
  });

  it('cancels from the receipt button, and refuses a forged button for another region', async () => {
    const huang = await physician('huang_zhiqiang');
    const target = await freeClinicFor(huang.id);
    const made = await say(ZP_HOSPITAL, `/指派 @黄志强 ${target.name} ${SAT_12}`, huang);
    const button = made.buttons.find((b) => b.action === 'assignment.cancel')!;
    expect(button.confirm?.title).toBe('确定取消指派？');
    await world.bot.press(button);
    await world.bot.settle();
    const messages = world.bot.outbox(world.bot.p2p(ZP_HOSPITAL));
    expect(messages.find((m) => m.id === button.messageId)?.text).toContain('【指派已取消】');
    expect(messages.at(-1)!.text).toContain('已取消黄志强');
    expect(await activeAt(huang.id, target.id)).toEqual([]);

    const program = await findProgramByCode(world.bot.db, PROGRAM);
    const foreign = await createAssignment(world.bot.db, {
      programId: program!.id,
      physicianId: (await physician('chen_zhiyuan')).id,
      institutionId: outsideClinic.id,
      startDate: '2026-12-01',
      endDate: '2026-12-31',
      plannedDates: [SAT_19],
      createdById: null,
      at: world.bot.clock.now(),
    });
    await world.bot.event(forgedClick(COUNTY, 'assignment.cancel', { assignmentId: foreign.id }, `forged-${provider}`));
    await world.bot.settle();
    expect(world.bot.lastMessage(world.bot.p2p(COUNTY))!.text).toContain('不在您负责的单位或地区内');
    expect(world.bot.lastMessage(world.bot.p2p(COUNTY))!.text).not.toContain('陈志远');
    expect((await findAssignmentById(world.bot.db, foreign.id))!.status).toBe('ACTIVE');
  });
});
