import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotifier } from '../../src/core/create-context.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { findTeamByKey, listTourProgramsFrom } from '../../src/db/queries/tours.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import { demoOpenId } from '../../src/demo/people.js';
import { createCalendar } from '../../src/scheduler/calendar.js';
import { weeklyScheduleBroadcast } from '../../src/scheduler/jobs/weekly-schedule-broadcast.js';
import { zonedInstant } from '../../src/time/local.js';
import {
  createCoordinatorWorld,
  replyTo,
  DEMO_COORDINATORS,
  WORLD_TIME_ZONE,
  WORLD_TODAY,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';

const TZ = WORLD_TIME_ZONE;
/** The leader of 福建省儿童医院's team (连江县, 罗源县), a member too. */
const LEADER = demoOpenId('tour_fj_children');
/** Another member of that team, bound in the test. */
const MEMBER = 'ou_tour_member_views';
const RESIDENTS = 'oc_lianjiang_residents';
const WEEK_TITLE = '本周专家坐诊安排';
/** Wednesday of the week after the world's Sunday. */
const WEDNESDAY = '2026-11-25';

describe.each(testProviders())('a tour in a member’s views and the residents’ weekly card (%s)', (provider) => {
  let world: CoordinatorWorld;
  let memberName = '';
  const say = async (as: string, text: string) => (await replyTo(world.bot, as, text)).text;
  const weeklyCards = () => world.bot.outbox(RESIDENTS).filter((m) => m.kind === 'card' && m.text.includes(WEEK_TITLE));

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    await loadDemoTours(world.bot.db, { today: WORLD_TODAY, timeZone: TZ });
    const [program] = await listTourProgramsFrom(world.bot.db, WORLD_TODAY, ['PROVINCIAL_TEAM_TOUR']);
    const hospital = await findInstitutionByCode(world.bot.db, demoInstitutionCode('fj_children'));
    const team = await findTeamByKey(world.bot.db, { programId: program?.id ?? 0, hospitalId: hospital?.id ?? 0 });
    const member = team?.members.find((m) => m.personId !== team.leaderId);
    if (!member) throw new Error('no member');
    memberName = member.person.name;
    await bindChatIdentity(world.bot.db, {
      personId: member.personId,
      platform: 'FEISHU',
      platformUserId: MEMBER,
      method: 'SEED',
      boundById: null,
    });
  }, 120_000);
  afterAll(() => world.bot.close());

  it('shows the filed tour day in a member’s /排班 and /本月', async () => {
    expect(await say(LEADER, `/巡回安排 ${WEDNESDAY} 连江东岭镇卫生院 义诊`)).toContain('已安排');
    const schedule = await say(MEMBER, '/排班');
    expect(schedule).toContain('连江东岭镇卫生院');
    expect(schedule).toContain(WEDNESDAY.slice(5));
    const month = await say(MEMBER, '/本月');
    expect(month).toContain('连江东岭镇卫生院');
  });

  it('puts the team’s day on the residents’ weekly card once for the team, and updates a sent card', async () => {
    await world.bot.send({
      as: DEMO_COORDINATORS.province,
      chat: RESIDENTS,
      mentionBot: true,
      text: '/订阅 排班 连江县',
    });
    await world.bot.settle();
    expect(world.bot.lastMessage(RESIDENTS)?.text).toContain('已订阅');
    world.bot.clock.set(zonedInstant('2026-11-23', '08:00', TZ));
    const notifier = createNotifier(
      {
        db: world.bot.db,
        clock: world.bot.clock,
        dispatcher: { wake: () => undefined },
        config: { locale: 'zh-CN' as const, timeZone: TZ },
      },
      world.bot.adapter,
      pino({ level: 'silent' }),
    );
    await weeklyScheduleBroadcast.run({ ...notifier, calendar: createCalendar({ timeZone: TZ }), slot: '2026-11-23' });
    await world.bot.settle();
    const [card] = weeklyCards();
    expect(card?.text).toContain('巡回医疗');
    expect(card?.text).toMatch(/星期三（11月25日）福建省儿童医院 省级医疗队 在 连江东岭镇卫生院\S* 义诊/);
    // The team's members are not listed one by one.
    expect(card?.text).not.toContain(memberName);

    world.bot.clock.set(zonedInstant('2026-11-24', '10:00', TZ));
    const second = await say(LEADER, '/巡回安排 2026-11-27 连江西坑镇卫生院 专题讲座');
    expect(second).toContain('已安排');
    const [updated, ...more] = weeklyCards();
    expect(more).toHaveLength(0);
    expect(updated?.revision).toBe(1);
    expect(updated?.text).toMatch(/星期五（11月27日）福建省儿童医院 省级医疗队 在 连江西坑镇卫生院\S* 专题讲座/);
  });
});
