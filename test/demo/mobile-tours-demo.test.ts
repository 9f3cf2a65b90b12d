import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoMobileTours } from '../../src/demo/load-mobile-tours.js';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import {
  createCoordinatorWorld,
  replyTo,
  DEMO_COORDINATORS,
  WORLD_TIME_ZONE,
  WORLD_TODAY,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';

const options = { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE };

/**
 * The demo's mobile-hospital program (src/demo/mobile-tours.ts) as `npm run seed:demo` loads it: two tours
 * of one hospital, the second on the road today, so `/巡回` shows the mobile section at 2/2; loading it
 * again changes nothing.
 */
describe.each(testProviders())('demo mobile-hospital tours (%s)', (provider) => {
  let world: CoordinatorWorld;
  const counts = async () => {
    const db = world.bot.db;
    const mobile = { team: { vehicle: { not: null } } };
    return {
      tours: await db.tourTeam.count({ where: { vehicle: { not: null } } }),
      members: await db.tourTeamMember.count({ where: mobile }),
      days: await db.tourPlanDay.count({ where: mobile }),
      presences: await db.tourPresence.count({ where: { planDay: mobile } }),
      records: await db.tourDayRecord.count({ where: { planDay: mobile } }),
    };
  };

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    await loadDemoTours(world.bot.db, options);
  }, 120_000);
  afterAll(() => world.bot.close());

  it('loads two tours with their crews, plans and days on tour, and again without change', async () => {
    expect(await loadDemoMobileTours(world.bot.db, options)).toBe(2);
    const first = await counts();
    expect(first).toEqual({ tours: 2, members: 8, days: 8, presences: 24, records: 6 });
    await loadDemoMobileTours(world.bot.db, options);
    expect(await counts()).toEqual(first);
  });

  it('/巡回 shows the mobile section at 2/2 with both tours, and the second tour’s leader leads it', async () => {
    const card = await replyTo(world.bot, DEMO_COORDINATORS.province, '/巡回');
    expect(card.text).toContain('流动医院巡诊');
    expect(card.text).toContain('“移动医院”巡诊 2/2 次（每年至少 2 次）✓');
    expect(card.text).toContain('福州大学附属省立医院 第2次流动医院巡诊 · 车辆 闽A·Y0002');
    const day = await replyTo(world.bot, 'ou_demo_mobile_2', '/队日志 在岗 方远志 诊疗12');
    expect(day.text).not.toContain('只有医疗队队长');
    expect(day.text).toContain('12');
  });
});
