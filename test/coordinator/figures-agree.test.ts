import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureLabel, type FigureId } from '../../src/coordinator/workload-figures.js';
import type { Prisma } from '../../src/generated/sqlite/client.js';
import { chatIdentitiesOf } from '../../src/db/queries/chat-identities.js';
import { demoInstitutionCode, SUPPORTING_HOSPITAL_KEYS } from '../../src/demo/institutions.js';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import { demoOpenId } from '../../src/demo/people.js';
import { FUJIAN, LONGYAN, ZHANGPING } from '../../src/demo/regions.js';
import { monthRange } from '../../src/time/local.js';
import { LEADER_FIGURE_IDS } from '../../src/tours/tour-figures.js';
import type { HarnessMessage } from '../support/bot-harness.js';
import {
  createCoordinatorWorld,
  DEMO_COORDINATORS,
  replyTo,
  WORLD_TIME_ZONE,
  WORLD_TODAY,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';

/**
 * The figure catalogue's promise (ARCHITECTURE.md "Figures"): in the demo world, for every coordinator and
 * for the current and the last month, every figure is the same through every view that shows it — /汇总,
 * /逾期, /覆盖, /月报 and /本月 — and equal to a direct count of the raw rows with plain Prisma.
 */

const MONTHS = [WORLD_TODAY.slice(0, 7), '2026-10'] as const;
const label = (id: FigureId) => figureLabel('zh-CN', id);

/** Who sees what: a region path, a home hospital, or everything. */
type RawScope = { regionCode: string } | { hospitalKey: string } | { all: true };

const COORDINATORS: { name: string; openId: string; scope: RawScope }[] = [
  { name: 'admin', openId: DEMO_COORDINATORS.admin, scope: { all: true } },
  { name: 'province', openId: DEMO_COORDINATORS.province, scope: { regionCode: FUJIAN } },
  { name: 'city', openId: DEMO_COORDINATORS.city, scope: { regionCode: LONGYAN } },
  { name: 'county', openId: DEMO_COORDINATORS.county, scope: { regionCode: ZHANGPING } },
  ...SUPPORTING_HOSPITAL_KEYS.map((key) => ({
    name: key,
    openId: DEMO_COORDINATORS.hospital(key),
    scope: { hospitalKey: key },
  })),
];

/** A `label：value` field of a card as the sandbox prints it. */
function field(message: HarnessMessage, name: string): string {
  const line = message.text.split('\n').find((text) => text.startsWith(`${name}：`));
  if (line === undefined) throw new Error(`no field ${name} in:\n${message.text}`);
  return line.slice(name.length + 1);
}

/** The rows of the table whose header starts with `first`, as records by column label. */
function tableRows(message: HarnessMessage, first: string): Record<string, string>[] {
  const lines = message.text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${first} `) && line.includes('│'));
  if (start < 0) return [];
  const header = lines[start]!.split('│').map((cell) => cell.trim());
  const rows: Record<string, string>[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.includes(' │ ')) break;
    const cells = line.split('│').map((cell) => cell.trim());
    rows.push(Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
  }
  return rows;
}

describe.each(testProviders())('every view shows the same figures (%s)', (provider) => {
  let world: CoordinatorWorld;
  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
  }, 120_000);
  afterAll(() => world?.bot.close());

  const ask = async (as: string, text: string): Promise<HarnessMessage> => {
    await world.bot.send({ as, text });
    await world.bot.settle();
    const message = world.bot.lastMessage(world.bot.p2p(as));
    if (!message) throw new Error(`no answer to ${text}`);
    return message;
  };

  /** The rows of a paged breakdown, page after page through its 下一页 button. */
  async function allPages(as: string, card: HarnessMessage, first: string): Promise<Record<string, string>[]> {
    const rows = tableRows(card, first);
    let page = card;
    for (
      let next = page.buttons.find((b) => b.text === '下一页');
      next;
      next = page.buttons.find((b) => b.text === '下一页')
    ) {
      await world.bot.press(next, { as });
      await world.bot.settle();
      page = world.bot.outbox(world.bot.p2p(as)).find((message) => message.id === next!.messageId)!;
      rows.push(...tableRows(page, first));
    }
    return rows;
  }

  /** The where-clause of a raw scope, on service days and assignments alike (both have physician and institution). */
  async function placeOf(scope: RawScope): Promise<Prisma.ServiceDayWhereInput & Prisma.AssignmentWhereInput> {
    if ('all' in scope) return {};
    if ('regionCode' in scope) {
      const region = await world.bot.db.region.findUniqueOrThrow({ where: { code: scope.regionCode } });
      return { institution: { regionPath: { startsWith: region.path } } };
    }
    const hospital = await world.bot.db.institution.findUniqueOrThrow({
      where: { code: demoInstitutionCode(scope.hospitalKey) },
    });
    return { physician: { homeInstitutionId: hospital.id } };
  }

  /** The figures of a scope and month counted straight from service_days, work_logs and assignments. */
  async function recount(scope: RawScope, month: string) {
    const { first, last } = monthRange(month);
    const place = await placeOf(scope);
    const days = await world.bot.db.serviceDay.findMany({
      where: { ...place, serviceDate: { gte: first, lte: last } },
      include: { workLog: true },
    });
    const assignments = await world.bot.db.assignment.findMany({
      where: { ...place, status: 'ACTIVE', startDate: { lte: last }, endDate: { gte: first } },
    });
    type Day = (typeof days)[number];
    const count = (test: (day: Day) => boolean) => days.filter(test).length;
    // Any check point inside the fence, at check-in, check-out or later (verification only goes up).
    const verified = (d: Day) =>
      d.checkInVerification === 'VERIFIED' || d.checkOutVerification === 'VERIFIED' || d.locationVerifiedAt !== null;
    return {
      figures: {
        physiciansAssigned: new Set(assignments.map((a) => a.physicianId)).size,
        physiciansServed: new Set(days.map((d) => d.physicianId)).size,
        clinicsServed: new Set(days.map((d) => d.institutionId)).size,
        serviceDays: days.length,
        verifiedDays: count(verified),
        unverifiedDays: count((d) => !verified(d) && d.correctionId === null),
        confirmedDays: count((d) => d.correctionId === null && d.confirmationStatus === 'CONFIRMED'),
        pendingDays: count((d) => d.correctionId === null && d.confirmationStatus === 'PENDING'),
        disputedDays: count((d) => d.correctionId === null && d.confirmationStatus === 'DISPUTED'),
        correctedDays: count((d) => d.correctionId !== null),
        loggedDays: count((d) => d.workLog !== null),
        patients: days.reduce((sum, d) => sum + (d.workLog?.patients ?? 0), 0),
        // The three remote kinds apart, as the official form counts them.
        remoteConsultations: days.reduce((sum, d) => sum + (d.workLog?.remoteConsultations ?? 0), 0),
        remoteImaging: days.reduce((sum, d) => sum + (d.workLog?.remoteImaging ?? 0), 0),
        remoteEcg: days.reduce((sum, d) => sum + (d.workLog?.remoteEcg ?? 0), 0),
      } satisfies Partial<Record<FigureId, number>>,
      pairs: new Set(assignments.map((a) => `${a.programId}:${a.physicianId}:${a.institutionId}`)).size,
      pastDays: count((d) => d.serviceDate < WORLD_TODAY),
      // A 补卡 day is complete as approved: its missing log is not chased.
      pastUnlogged: count((d) => d.serviceDate < WORLD_TODAY && d.workLog === null && d.correctionId === null),
    };
  }

  for (const coordinator of COORDINATORS) {
    for (const month of MONTHS) {
      it(`${coordinator.name}, ${month}: /汇总, /逾期 and /覆盖 agree with each other and with the raw rows`, async () => {
        const raw = await recount(coordinator.scope, month);
        const summary = await ask(coordinator.openId, `/汇总 ${month}`);
        const shown = Object.fromEntries(
          Object.keys(raw.figures).map((id) => [id, Number(field(summary, label(id as FigureId)))]),
        );
        expect(shown).toEqual(raw.figures);
        const [met, pairs] = field(summary, label('minimumMet')).split('/').map(Number);
        expect(pairs).toBe(raw.pairs);
        expect(met).toBeLessThanOrEqual(raw.pairs);
        expect(summary.text).toContain(month === '2026-11' ? '统计期：2026-11（截至 2026-11-22）' : '统计期：2026-10');

        const overdue = await ask(coordinator.openId, `/逾期 ${month}`);
        const tally = (title: string) => {
          const found = new RegExp(`${title} (\\d+)/(\\d+)`).exec(overdue.text);
          if (!found) throw new Error(`no ${title} in:\n${overdue.text}`);
          return { items: Number(found[1]), total: Number(found[2]) };
        };
        const missed = tally('期限已过、到岗天数未达最低要求');
        const atRisk = tally('有风险：到岗天数可能达不到最低要求');
        // Every pair is either past its deadline or not; those past it and short are what /汇总 does not count as met.
        expect(missed.total + atRisk.total).toBe(raw.pairs);
        if (month !== '2026-11') expect(missed).toEqual({ items: raw.pairs - (met ?? 0), total: raw.pairs });
        expect(tally('未填日志的服务日')).toEqual({ items: raw.pastUnlogged, total: raw.pastDays });

        const coverage = await ask(coordinator.openId, `/覆盖 ${month}`);
        if (!coverage.text.includes('没有参加项目')) {
          const visited = Number(field(coverage, label('clinicsServed')).split('/')[0]);
          expect(visited).toBe(raw.figures.clinicsServed);
        }
      });
    }
  }

  for (const key of SUPPORTING_HOSPITAL_KEYS) {
    it(`${key}: /月报 of last month equals /汇总, and each physician's /本月 equals their line in the drill-down`, async () => {
      const coordinator = DEMO_COORDINATORS.hospital(key);
      const summary = await ask(coordinator, '/汇总 2026-10');
      const report = await ask(coordinator, '/月报 2026-10');
      const shared = ['physiciansServed', 'serviceDays', 'unverifiedDays', 'pendingDays', 'patients'] as const;
      for (const id of [...shared, 'remoteConsultations', 'remoteImaging', 'remoteEcg'] as const) {
        expect(field(report, label(id)), id).toBe(field(summary, label(id)));
      }
      const hospital = await world.bot.db.institution.findUniqueOrThrow({ where: { code: demoInstitutionCode(key) } });
      for (const month of MONTHS) {
        const drill = await ask(coordinator, `/汇总 ${month}`);
        const lines = await allPages(coordinator, drill, '支援医师');
        expect(lines.length).toBe(Number(field(drill, label('physiciansServed'))));
        for (const line of lines) {
          const physician = await world.bot.db.person.findFirstOrThrow({
            where: { name: line['支援医师'], homeInstitutionId: hospital.id },
          });
          const [identity] = await chatIdentitiesOf(world.bot.db, physician.id);
          const mine = await ask(identity!.platformUserId, `/本月 ${month}`);
          for (const id of ['serviceDays', 'verifiedDays', 'confirmedDays'] as const) {
            expect(field(mine, label(id)), `${physician.name} ${id}`).toBe(line[label(id)]);
          }
          // The work figures /本月 lists are those above zero.
          const patients = mine.text.includes(`${label('patients')}：`) ? field(mine, label('patients')) : '0';
          expect(patients).toBe(line[label('patients')]);
        }
      }
    });
  }

  it('a physician without a coordinator role is told so, not shown anyone’s figures', async () => {
    expect((await ask(demoOpenId('dr_chen_ming'), '/汇总')).text).not.toContain(label('serviceDays'));
  });
});

/**
 * The tour figures of the catalogue (`TOUR_FIGURE_IDS`, folded by `src/tours/tour-figures.ts`): for the province in the demo world, every team ×
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
    for (const id of ['tourWeeks', 'townshipsCovered', 'presentToday'] as const) expect(card.text).toContain(label(id));

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
    // Tour and leader figures carry the catalogue's labels (远程 is the three remote kinds together).
    const headers: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => headers.push(String(cell.value))));
    for (const id of ['tourDays', 'tourWeeks', 'townshipsCovered', ...LEADER_FIGURE_IDS] as const) {
      expect(headers).toContain(label(id));
    }

    const direct = await directTownships();
    for (const [key, figures] of shown) expect([key, Number(figures.townships)]).toEqual([key, direct.get(key) ?? 0]);
  });
});
