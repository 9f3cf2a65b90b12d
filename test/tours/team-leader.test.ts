import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/context.js';
import { bindChatIdentity, findPersonByChatUser } from '../../src/db/queries/chat-identities.js';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { activeGrantsOf, grantRole } from '../../src/db/queries/role-grants.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { findTeamByKey, listTourProgramsFrom } from '../../src/db/queries/tours.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import { demoOpenId } from '../../src/demo/people.js';
import { canGrant } from '../../src/permissions/grants.js';
import { leadsTeam } from '../../src/permissions/tours.js';
import { namesLeader } from '../../src/tours/roster/dry-run.js';
import {
  createCoordinatorWorld,
  replyTo,
  DEMO_COORDINATORS,
  WORLD_TIME_ZONE,
  WORLD_TODAY,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { sendFile } from '../support/import-cli.js';
import { annex2Xlsx, type RosterFormRow } from '../support/sample-rosters.js';

const HOSPITAL = { id: 7, regionPath: '/35/3501/' };

function actor(roles: Actor['roles'], personId = 1): Actor {
  return { person: { id: personId, name: '某人', homeInstitutionId: 7, title: null }, roles, isAdmin: false };
}

describe('team leader permissions (who may act as whom)', () => {
  const leader = actor([{ role: 'TEAM_LEADER', tourTeamId: 3, institutionId: 7, regionPath: '/35/3501/' }]);

  it('lets a leader act only for the team their role is scoped to', () => {
    expect(leadsTeam(leader, 3)).toBe(true);
    expect(leadsTeam(leader, 4)).toBe(false);
  });

  it('refuses a member, a coordinator of the hospital and an administrator acting as the leader', () => {
    expect(leadsTeam(actor([{ role: 'PHYSICIAN' }]), 3)).toBe(false);
    expect(leadsTeam(actor([{ role: 'HOSPITAL_COORDINATOR', institutionId: 7, regionPath: '/35/3501/' }]), 3)).toBe(
      false,
    );
    expect(leadsTeam({ ...actor([]), isAdmin: true }, 3)).toBe(false);
  });

  it('lets whoever coordinates the team’s hospital appoint or dismiss its leader, nobody else', () => {
    const scope = { kind: 'team' as const, team: { id: 3, hospital: HOSPITAL } };
    const own = actor([{ role: 'HOSPITAL_COORDINATOR', institutionId: 7, regionPath: '/35/3501/' }]);
    const other = actor([{ role: 'HOSPITAL_COORDINATOR', institutionId: 8, regionPath: '/35/3501/' }]);
    const province = actor([{ role: 'REGION_COORDINATOR', regionId: 1, regionPath: '/35/' }]);
    expect(canGrant(own, 'TEAM_LEADER', scope)).toBe(true);
    expect(canGrant(province, 'TEAM_LEADER', scope)).toBe(true);
    expect(canGrant(other, 'TEAM_LEADER', scope)).toBe(false);
    expect(canGrant(leader, 'TEAM_LEADER', scope)).toBe(false);
    expect(canGrant(own, 'TEAM_LEADER', { kind: 'institution', institution: HOSPITAL })).toBe(false);
  });

  it('reads the leader from the roster’s 职务/职称, not a deputy', () => {
    expect(namesLeader('队长/主任医师')).toBe(true);
    expect(namesLeader('主任医师（队长）')).toBe(true);
    expect(namesLeader('副队长/副主任医师')).toBe(false);
    expect(namesLeader('科主任/主任医师')).toBe(false);
  });
});

const PROVINCIAL = DEMO_COORDINATORS.hospital('fj_provincial');
/** 医务科 of 福建省儿童医院 (not in the demo: made in the test), whose team's leader they may dismiss. */
const CHILDREN = 'ou_children_coordinator';
/** The leaders of 福建省儿童医院's team (连江县, 罗源县) and 福州大学附属省立医院's. */
const LEADER = demoOpenId('tour_fj_children');
const OTHER_LEADER = demoOpenId('tour_fj_provincial');
/** A member of 福建省儿童医院's team, not its leader, bound in the test. */
const MEMBER = 'ou_tour_member';
const BLOCK = { hospital: '福州大学附属省立医院', filer: '王五', contact: '0591-88888888' };

function rosterLedBy(leaderIndex: number): RosterFormRow[] {
  return Array.from({ length: 8 }, (_, i) => ({
    county: ['福安市', '霞浦县', '寿宁县'][i % 3] ?? '福安市',
    name: `队员${'甲乙丙丁戊己庚辛'[i] ?? ''}`,
    specialty: '内科',
    post: i === leaderIndex ? '队长/主任医师' : '主任医师',
    phone: `1390000${String(2001 + i)}`,
  }));
}

describe.each(testProviders())('the team leader role in chat (%s)', (provider) => {
  let world: CoordinatorWorld;
  const say = async (as: string, text: string) => (await replyTo(world.bot, as, text)).text;
  const teamOf = async (key: string) => {
    const [program] = await listTourProgramsFrom(world.bot.db, WORLD_TODAY, ['PROVINCIAL_TEAM_TOUR']);
    const hospital = await findInstitutionByCode(world.bot.db, demoInstitutionCode(key));
    return findTeamByKey(world.bot.db, { programId: program?.id ?? 0, hospitalId: hospital?.id ?? 0 });
  };
  const leaderGrantsOf = async (personId: number) =>
    (await activeGrantsOf(world.bot.db, personId)).filter((grant) => grant.role === 'TEAM_LEADER');

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    await loadDemoTours(world.bot.db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE });
    const team = await teamOf('fj_children');
    const member = team?.members.find((m) => m.personId !== team.leaderId);
    if (!member) throw new Error('no member');
    await bindChatIdentity(world.bot.db, {
      personId: member.personId,
      platform: 'FEISHU',
      platformUserId: MEMBER,
      method: 'SEED',
      boundById: null,
    });
    const hospital = await findInstitutionByCode(world.bot.db, demoInstitutionCode('fj_children'));
    const { person } = await upsertPersonByPhone(world.bot.db, {
      name: '儿童医院医务科',
      phone: '13900009901',
      homeInstitutionId: hospital?.id ?? null,
    });
    const at = new Date(WORLD_TODAY);
    await bindChatIdentity(world.bot.db, {
      personId: person.id,
      platform: 'FEISHU',
      platformUserId: CHILDREN,
      method: 'SEED',
      boundById: null,
    });
    await grantRole(world.bot.db, {
      personId: person.id,
      role: 'HOSPITAL_COORDINATOR',
      institutionId: hospital?.id ?? null,
      grantedById: null,
      at,
    });
  }, 120_000);
  afterAll(() => world.bot.close());

  it('lists /巡回安排 and /队日志 on /帮助 for a team leader only', async () => {
    const forLeader = await say(LEADER, '/帮助');
    expect(forLeader).toContain('/巡回安排');
    expect(forLeader).toContain('/队日志');
    for (const someone of [MEMBER, PROVINCIAL]) {
      const help = await say(someone, '/帮助');
      expect(help).not.toContain('/巡回安排');
      expect(help).not.toContain('/队日志');
    }
  });

  it('refuses a team member acting as the leader, politely', async () => {
    expect(await say(MEMBER, `/巡回安排 ${WORLD_TODAY} 连江东岭镇卫生院`)).toContain('只有医疗队队长可以使用');
    expect(await say(MEMBER, '/队日志 在岗 诊疗3')).toContain('只有医疗队队长可以使用');
  });

  it('keeps another team’s leader to their own team', async () => {
    expect(await say(OTHER_LEADER, `/巡回安排 ${WORLD_TODAY} 连江东岭镇卫生院`)).toContain(
      '本队巡回医疗县区（福安市、霞浦县、寿宁县）中没有找到“连江东岭镇卫生院”',
    );
  });

  it('grants the role to the leader a roster names, and moves it when a new roster names another', async () => {
    const before = await teamOf('fj_provincial');
    const demoLeader = before?.leaderId ?? 0;
    for (const leaderIndex of [0, 1]) {
      const preview = await sendFile(
        world.bot,
        PROVINCIAL,
        '名单.xlsx',
        await annex2Xlsx(BLOCK, rosterLedBy(leaderIndex)),
      );
      const named = rosterLedBy(leaderIndex)[leaderIndex]?.name ?? '';
      expect(preview.text).toContain(`医疗队队长：${named}（第 ${String(5 + leaderIndex)} 行`);
      const confirm = preview.buttons.find((b) => b.text === '确认导入');
      await world.bot.press(confirm as NonNullable<typeof confirm>);
      await world.bot.settle();
    }
    const team = await teamOf('fj_provincial');
    const named = team?.members.find((m) => m.person.name === '队员乙');
    expect(team?.leaderId).toBe(named?.personId);
    expect((await leaderGrantsOf(named?.personId ?? 0)).map((g) => g.scope.tourTeamId)).toEqual([team?.id]);
    const first = team?.members.find((m) => m.person.name === '队员甲');
    expect(await leaderGrantsOf(first?.personId ?? 0)).toEqual([]);
    expect(await leaderGrantsOf(demoLeader)).toEqual([]);
    expect(await say(OTHER_LEADER, `/队日志 在岗 诊疗3`)).toContain('只有医疗队队长可以使用');
  }, 90_000);

  it('lets the hospital’s coordinator dismiss its leader with /撤销: the team then has none, the leader is refused', async () => {
    const person = await findPersonByChatUser(world.bot.db, 'FEISHU', LEADER);
    const name = person?.name ?? '';
    const revoke = async (as: string) => {
      await world.bot.send({ as, text: `/撤销 @${name} 队长`, mentions: [{ userId: LEADER, name }] });
      await world.bot.settle();
      return world.bot.lastMessage(world.bot.p2p(as))?.text ?? '';
    };
    expect(await revoke(PROVINCIAL)).toContain('您不能授予或撤销“医疗队队长”');
    expect(await revoke(CHILDREN)).toBe(`已撤销 ${name} 的“医疗队队长”角色（福建省儿童医院）。`);
    const team = await teamOf('fj_children');
    expect(team?.leaderId).toBeNull();
    expect(team?.leaderGrants).toEqual([]);
    expect(await say(LEADER, `/巡回安排 ${WORLD_TODAY} 连江东岭镇卫生院`)).toContain('只有医疗队队长可以使用');
    const card = await replyTo(world.bot, CHILDREN, '/巡回');
    const open = card.buttons.find((b) => b.text === '看 福建省儿童医院');
    await world.bot.press(open as NonNullable<typeof open>);
    await world.bot.settle();
    expect(world.bot.lastMessage(world.bot.p2p(CHILDREN))?.text).not.toContain('（队长）');
  });

  it('files a hospital’s written summary: the summary obligation is submitted, a coordinator elsewhere is refused', async () => {
    expect(await say(PROVINCIAL, '/巡回 总结 福建省儿童医院')).toContain('没有“福建省儿童医院”');
    expect(await say(PROVINCIAL, '/巡回 总结')).toContain('已登记：福州大学附属省立医院 已报送');
    const team = await teamOf('fj_provincial');
    expect(team?.summaryFiledAt).not.toBeNull();
    const summaries = await world.bot.db.reportingObligation.findMany({
      where: { programId: team?.programId ?? 0, institutionId: team?.hospitalId ?? 0, kind: 'ANNUAL_SUMMARY' },
    });
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.every((obligation) => obligation.status === 'SUBMITTED')).toBe(true);
  });
});
