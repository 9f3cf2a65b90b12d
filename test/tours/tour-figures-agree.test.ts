import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureLabel } from '../../src/coordinator/workload-figures.js';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import { LEADER_FIGURE_IDS } from '../../src/tours/tour-figures.js';
import {
  createCoordinatorWorld,
  replyTo,
  DEMO_COORDINATORS,
  WORLD_TIME_ZONE,
  WORLD_TODAY,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';

/**
 * The tour figures agree (`src/tours/tour-figures.ts`): for the province in the demo world, every team ×
 * county shows the same weeks and townships covered on `/巡回` and in the summary export (`/巡回 导出`),
 * and the townships equal a direct count of the raw rows: township health centers planned up to today where
 * a member was present (named by the leader, or checked in there that day).
 */
describe.each(testProviders())('tour figures agree: /巡回, the summary export, the raw rows (%s)', (provider) => {
  let world: CoordinatorWorld;

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    await loadDemoTours(world.bot.db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE });
  }, 120_000);
  afterAll(() => world.bot.close());

  /** Townships covered per `hospital│county`, counted with plain Prisma. */
  async function directTownships(): Promise<Map<string, number>> {
    const db = world.bot.db;
    const days = await db.tourPlanDay.findMany({
      where: { date: { lte: WORLD_TODAY }, institution: { kind: 'TOWNSHIP_HEALTH_CENTER' } },
      include: {
        institution: true,
        presences: true,
        team: { include: { hospital: true, counties: { include: { region: true } }, members: true } },
      },
    });
    const covered = new Map<string, Set<number>>();
    for (const day of days) {
      const members = day.team.members.filter((m) => m.removedAt === null).map((m) => m.personId);
      const checkedIn = await db.serviceDay.count({
        where: { physicianId: { in: members }, institutionId: day.institutionId, serviceDate: day.date },
      });
      if (day.presences.length === 0 && checkedIn === 0) continue;
      const county = day.team.counties.find((c) => day.institution.regionPath.startsWith(c.region.path));
      const key = `${day.team.hospital.name}│${county?.region.name ?? ''}`;
      covered.set(key, (covered.get(key) ?? new Set()).add(day.institutionId));
    }
    return new Map([...covered].map(([key, set]) => [key, set.size]));
  }

  it('shows each team × county’s weeks and townships the same on /巡回 and in the export, as counted directly', async () => {
    const card = await replyTo(world.bot, DEMO_COORDINATORS.province, '/巡回');
    const shown = new Map<string, { weeks: string; townships: string }>();
    // A team's second county leaves the team cell blank: it is the row above's team.
    let hospital = '';
    for (const line of card.text.split('\n').filter((text) => /\d+\/3\s*│\s*\d+\/10/.test(text))) {
      const [team = '', county = '', weeks = '', townships = ''] = line.split('│').map((cell) => cell.trim());
      hospital = team || hospital;
      shown.set(`${hospital}│${county}`, {
        weeks: weeks.split('/')[0] ?? '',
        townships: townships.split('/')[0] ?? '',
      });
    }
    expect(shown.size).toBeGreaterThan(20);

    await replyTo(world.bot, DEMO_COORDINATORS.province, '/巡回 导出');
    const file = world.bot.adapter.uploadedFiles().at(-1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file?.data as unknown as ArrayBuffer);
    const exported = new Map<string, { weeks: string; townships: string }>();
    workbook.worksheets[0]?.eachRow((row) => {
      const [, , hospital, county, , weeks, townships] = row.values as unknown[];
      if (typeof weeks === 'number' && typeof county === 'string' && county !== '') {
        exported.set(`${String(hospital)}│${county}`, { weeks: String(weeks), townships: String(townships) });
      }
    });
    expect(exported).toEqual(shown);
    // The leader's figures carry the catalogue's labels (远程 is the three remote kinds together).
    const headers: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => headers.push(String(cell.value))));
    for (const id of LEADER_FIGURE_IDS) expect(headers).toContain(figureLabel('zh-CN', id));

    const direct = await directTownships();
    for (const [key, figures] of shown) expect([key, Number(figures.townships)]).toEqual([key, direct.get(key) ?? 0]);
  });
});
