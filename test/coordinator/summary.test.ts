import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationOf, isCorrected, isVerified } from '../../src/records/service-day-state.js';
import type { Prisma } from '../../src/generated/sqlite/client.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { demoOpenId } from '../../src/demo/people.js';
import { ZHANGPING } from '../../src/demo/regions.js';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { monthRange } from '../../src/time/local.js';
import type { HarnessButton, HarnessMessage } from '../support/bot-harness.js';
import { createCoordinatorWorld, DEMO_COORDINATORS, type CoordinatorWorld } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { forgedClick } from '../physician/oversight-support.js';

const COUNTY = DEMO_COORDINATORS.county;
const CITY = DEMO_COORDINATORS.city;
const HOSPITAL = DEMO_COORDINATORS.hospital('zhangping_hospital');

/** The figures as the test counts them itself, straight from service_days and work_logs. */
interface Recount {
  assigned: number;
  active: number;
  clinics: number;
  days: number;
  verified: number;
  unverified: number;
  confirmed: number;
  pending: number;
  disputed: number;
  logged: number;
  patients: number;
  specialPopulation: number;
  homeVisits: number;
  lectures: number;
  training: number;
  remoteConsultations: number;
  remoteImaging: number;
  remoteEcg: number;
}

/** A field of the card as the sandbox prints it: `label：value`. */
function field(message: HarnessMessage | undefined, label: string): string {
  const line = (message?.text ?? '').split('\n').find((text) => text.startsWith(`${label}：`));
  if (line === undefined) throw new Error(`no field ${label} in:\n${message?.text ?? '(no message)'}`);
  return line.slice(label.length + 1);
}

/** The card's totals in the shape of {@link Recount}. */
function cardFigures(message: HarnessMessage | undefined): Recount {
  const number = (label: string) => Number(field(message, label));
  return {
    assigned: number('派驻支援医师'),
    active: number('到岗支援医师'),
    clinics: number('到岗受援单位'),
    days: number('到岗天数'),
    verified: number('已核验天数'),
    unverified: number('未核验天数'),
    confirmed: number('已确认天数'),
    pending: number('待确认天数'),
    disputed: number('有异议天数'),
    logged: number('已填日志天数'),
    patients: number('诊疗人次'),
    specialPopulation: number('特殊人群'),
    homeVisits: number('送医上门'),
    lectures: number('讲座'),
    training: number('培训人次'),
    remoteConsultations: number('远程会诊'),
    remoteImaging: number('远程影像'),
    remoteEcg: number('远程心电'),
  };
}

describe.each(testProviders())('/汇总 workload summary (%s)', (provider) => {
  let world: CoordinatorWorld;
  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
  }, 120_000);
  afterAll(() => world?.bot.close());
  let ZHANGPING_PATH = '';
  beforeAll(async () => {
    ZHANGPING_PATH = (await world.bot.db.region.findUniqueOrThrow({ where: { code: ZHANGPING } })).path;
  });

  const ask = async (as: string, text: string): Promise<HarnessMessage | undefined> => {
    await world.bot.send({ as, text });
    await world.bot.settle();
    return world.bot.lastMessage(world.bot.p2p(as));
  };
  const press = async (as: string, button: HarnessButton | undefined): Promise<HarnessMessage | undefined> => {
    if (!button) throw new Error('no such button');
    await world.bot.press(button, { as });
    await world.bot.settle();
    return world.bot.outbox(world.bot.p2p(as)).find((message) => message.id === button.messageId);
  };
  const buttonOf = (message: HarnessMessage | undefined, text: string) => message?.buttons.find((b) => b.text === text);
  const hospitalId = async (key: string): Promise<number> =>
    (await world.bot.db.institution.findUniqueOrThrow({ where: { code: demoInstitutionCode(key) } })).id;

  /** Counts service days, logs and assignments of a month with plain Prisma, not the summary's code. */
  async function recount(
    month: string,
    where: { regionPath?: string; homeInstitutionId?: number; programCode?: string },
  ): Promise<Recount> {
    const { first, last } = monthRange(month);
    const place = {
      ...(where.regionPath ? { institution: { regionPath: { startsWith: where.regionPath } } } : {}),
      ...(where.homeInstitutionId ? { physician: { homeInstitutionId: where.homeInstitutionId } } : {}),
      ...(where.programCode ? { program: { code: where.programCode } } : {}),
    };
    const days = await world.bot.db.serviceDay.findMany({
      where: { ...place, serviceDate: { gte: first, lte: last } } as Prisma.ServiceDayWhereInput,
      include: { workLog: true },
    });
    const assignments = await world.bot.db.assignment.findMany({
      where: { ...place, status: 'ACTIVE', startDate: { lte: last }, endDate: { gte: first } },
    });
    const count = (test: (day: (typeof days)[number]) => boolean) => days.filter(test).length;
    const sum = (pick: (log: NonNullable<(typeof days)[number]['workLog']>) => number) =>
      days.reduce((total, day) => total + (day.workLog ? pick(day.workLog) : 0), 0);
    return {
      assigned: new Set(assignments.map((a) => a.physicianId)).size,
      active: new Set(days.map((d) => d.physicianId)).size,
      clinics: new Set(days.map((d) => d.institutionId)).size,
      days: days.length,
      // By the state model's definitions (src/records/service-day-state.ts); a 补卡 day is neither unverified
      // nor owes confirmation.
      verified: count((d) => isVerified(d)),
      unverified: count((d) => !isVerified(d) && !isCorrected(d)),
      confirmed: count((d) => confirmationOf(d) === 'CONFIRMED'),
      pending: count((d) => confirmationOf(d) === 'PENDING'),
      disputed: count((d) => confirmationOf(d) === 'DISPUTED'),
      logged: count((d) => d.workLog !== null),
      patients: sum((l) => l.patients),
      specialPopulation: sum((l) => l.specialPopulation),
      homeVisits: sum((l) => l.homeVisits),
      lectures: sum((l) => l.lectures),
      training: sum((l) => l.training),
      remoteConsultations: sum((l) => l.remoteConsultations),
      remoteImaging: sum((l) => l.remoteImaging),
      remoteEcg: sum((l) => l.remoteEcg),
    };
  }

  it('county coordinator, history month: totals equal a recount of service days, split by hospital', async () => {
    const card = await ask(COUNTY, '/汇总 2023-09');
    const expected = await recount('2023-09', { regionPath: ZHANGPING_PATH });
    expect(expected.days).toBeGreaterThan(0);
    expect(cardFigures(card)).toEqual(expected);
    expect(card?.text).toContain('【工作量汇总】 漳平市 · 2023-09');
    expect(card?.text).toContain('按支援单位');
    expect(card?.text).toContain(`由 ${expected.days} 个服务日的原始记录`);
    expect(buttonOf(card, '看 漳平市医院')?.action).toBe('summary.drill');
  });

  it('county coordinator, current month (default) and one program', async () => {
    const card = await ask(COUNTY, '/summary');
    expect(cardFigures(card)).toEqual(await recount('2026-11', { regionPath: ZHANGPING_PATH }));
    const program = await ask(COUNTY, '/汇总 DEMO-ZP-GRASSROOTS-2026 本月');
    expect(program?.text).toContain('漳平市 · 2026-11 · ');
    expect(cardFigures(program)).toEqual(
      await recount('2026-11', { regionPath: ZHANGPING_PATH, programCode: 'DEMO-ZP-GRASSROOTS-2026' }),
    );
  });

  it('hospital coordinator: their physicians, wherever they served, split by physician', async () => {
    const card = await ask(HOSPITAL, '/汇总 2023-10');
    const expected = await recount('2023-10', { homeInstitutionId: await hospitalId('zhangping_hospital') });
    expect(expected.days).toBeGreaterThan(0);
    expect(cardFigures(card)).toEqual(expected);
    expect(card?.text).toContain('按支援医师');
    expect(card?.buttons.filter((b) => b.action === 'summary.drill')).toEqual([]);
  });

  it('city coordinator: by county with drill-down to 漳平市, then to a hospital, and back', async () => {
    const city = await ask(CITY, '/汇总 2023-09');
    expect(city?.text).toContain('按下级地区');
    expect(city?.text).toContain('漳平市');
    const narrowed = await ask(CITY, '/汇总 2023-09 漳平市');
    const county = await recount('2023-09', { regionPath: ZHANGPING_PATH });
    expect(cardFigures(narrowed)).toEqual(county);

    const drilled = await press(CITY, buttonOf(city, '看 漳平市'));
    expect(drilled?.id).toBe(city?.id);
    expect(drilled?.revision).toBe(1);
    expect(cardFigures(drilled)).toEqual(county);
    expect(drilled?.text).toContain('按支援单位');

    const hospital = await press(CITY, buttonOf(drilled, '看 漳平市医院'));
    expect(hospital?.text).toContain('漳平市 · 漳平市医院 · 2023-09');
    expect(cardFigures(hospital)).toEqual(
      await recount('2023-09', {
        regionPath: ZHANGPING_PATH,
        homeInstitutionId: await hospitalId('zhangping_hospital'),
      }),
    );
    const back = await press(CITY, buttonOf(hospital, '返回上一级'));
    expect(cardFigures(back)).toEqual(county);
  });

  it('pages through a long breakdown in place', async () => {
    const hospital = await hospitalId('zhangping_hospital');
    const program = await world.bot.db.program.findUniqueOrThrow({ where: { code: 'DEMO-ZP-GRASSROOTS-2026' } });
    const clinic = await world.bot.db.institution.findFirstOrThrow({
      where: { kind: 'TOWNSHIP_HEALTH_CENTER', regionPath: { startsWith: ZHANGPING_PATH } },
    });
    // The demo has at most 10 serving physicians per hospital a month: add days for the idle ones.
    const idle = await world.bot.db.person.findMany({
      where: { homeInstitutionId: hospital, serviceDays: { none: { serviceDate: { gte: '2026-11-01' } } } },
      take: 3,
    });
    for (const physician of idle) {
      await recordCheckIn(world.bot.db, {
        at: new Date('2026-11-02T01:00:00Z'),
        method: 'TEXT',
        verification: 'UNVERIFIED',
        sourceId: null,
        programId: program.id,
        assignmentId: null,
        physicianId: physician.id,
        institutionId: clinic.id,
        serviceDate: '2026-11-02',
      });
    }
    const first = await ask(HOSPITAL, '/汇总');
    expect(first?.text).toContain('第 1/2 页');
    expect(buttonOf(first, '上一页')).toBeUndefined();
    const second = await press(HOSPITAL, buttonOf(first, '下一页'));
    expect(second?.text).toContain('第 2/2 页');
    expect(buttonOf(second, '下一页')).toBeUndefined();
    expect(cardFigures(second)).toEqual(await recount('2026-11', { homeInstitutionId: hospital }));
    const again = await press(HOSPITAL, buttonOf(second, '上一页'));
    expect(again?.text).toContain('第 1/2 页');
    expect(again?.revision).toBe(2);
  });

  it('refuses a region outside the scope, a physician, and tampered buttons', async () => {
    expect((await ask(COUNTY, '/汇总 福州市'))?.text).toContain('“福州市”不在您的管辖范围内');
    expect((await ask(HOSPITAL, '/汇总 2023-09 省立医院'))?.text).toContain('不在您的管辖范围内');
    const physician = demoOpenId('dr_chen_ming');
    expect((await ask(physician, '/汇总'))?.text).toContain('只有');

    const forged: [string, Record<string, unknown>, string][] = [
      [COUNTY, { month: '2023-09', scope: '福州市', page: 1 }, '“福州市”不在您的管辖范围内'],
      [COUNTY, { month: '2023-09', scope: '漳平市|鼓楼区', page: 2 }, '“鼓楼区”不在您的管辖范围内'],
      // Both inside the city, but 新罗区 is not inside 漳平市: the drill chain must only narrow.
      [CITY, { month: '2023-09', scope: '漳平市|新罗区', page: 1 }, '“新罗区”不在您的管辖范围内'],
      [HOSPITAL, { month: '2023-09', scope: '漳平市|省立医院', page: 1 }, '“福州大学附属省立医院”不在您的管辖范围内'],
      [COUNTY, { month: '2023-09', scope: 'a|b|c|d|e', page: 1 }, '范围层级太多'],
      [physician, { month: '2023-09', scope: '漳平市', page: 1 }, '只有'],
    ];
    for (const [i, [as, value, refusal]] of forged.entries()) {
      const action = i % 2 === 0 ? 'summary.page' : 'summary.drill';
      await world.bot.event(forgedClick(as, action, value, `evt_summary_forged_${i}`));
      await world.bot.settle();
      const reply = world.bot.lastMessage(world.bot.p2p(as))?.text ?? '';
      expect(reply).toContain(refusal);
      expect(reply).not.toContain('工作量汇总');
    }
  });
});
