import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sumFigures } from '../../src/coordinator/workload-figures.js';
import { findPersonByChatUser } from '../../src/db/queries/chat-identities.js';
import { listServiceDayFacts } from '../../src/db/queries/workload-facts.js';
import { demoOpenId } from '../../src/demo/people.js';
import { ManualClock } from '../../src/time/clock.js';
import { DEMO_COORDINATORS, WORLD_START } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import type { ServiceHarness } from '../support/service-harness.js';
import { startDemoSession, type FeishuSession } from './feishu-session.js';

const CHEN = demoOpenId('dr_chen_ming');
const OWN_HOSPITAL = DEMO_COORDINATORS.hospital('zhangping_hospital');
const OTHER_HOSPITAL = DEMO_COORDINATORS.hospital('fj_provincial');
const EVERYWHERE = { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} };

/** Issue #17 part 1, from outside: `/我的记录`, its export and who may read whose record. */
describe.each(testProviders())('/我的记录 through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let session: FeishuSession;
  let chenId: number;
  const clock = new ManualClock(WORLD_START);

  beforeAll(async () => {
    ({ harness, session } = await startDemoSession(provider, clock));
    const db = harness.service.database.db;
    chenId = (await findPersonByChatUser(db, 'FEISHU', CHEN))?.id ?? 0;
  }, 120_000);
  afterAll(() => harness.stop());

  const figuresOf = async (from: string, to: string) =>
    sumFigures(
      await listServiceDayFacts(harness.service.database.db, { scope: EVERYWHERE, from, to, physicianId: chenId }),
    );

  it('shows the year by evidence strength, with the catalogue figures of the raw rows', async () => {
    const figures = await figuresOf('2026-01-01', '2026-12-31');
    expect(figures.serviceDays).toBeGreaterThan(0);
    const card = await session.say(CHEN, '/我的记录');
    expect(card).toContain('服务记录');
    expect(card).toContain('2026年');
    expect(card).toContain('设备定位核验天数');
    expect(card).toContain('按受援单位');
    expect(card).toContain(`"serviceDays":${figures.serviceDays},`);
    expect(card).toContain(`"confirmedDays":${figures.confirmedDays},`);
    expect(card).toContain(`"locationMessageDays":${figures.locationMessageDays},`);
  });

  it('shows every year with 全部, and the requirement a program sets', async () => {
    const db = harness.service.database.db;
    const programs = await db.program.findMany({ where: { serviceDays: { some: { physicianId: chenId } } } });
    for (const program of programs) {
      await db.program.update({
        where: { id: program.id },
        data: { settings: { serviceRecord: { requiredDays: 180 } } },
      });
    }
    const card = await session.say(CHEN, '/我的记录 全部');
    expect(card).toContain('全部记录');
    expect(card).toContain('按年度');
    expect(card).toContain('累计基层服务');
    expect(card).toContain('要求 **180** 天');
  });

  it('exports the year as a workbook with a cover and one row per day, printable on A4', async () => {
    const figures = await figuresOf('2026-01-01', '2026-12-31');
    await session.say(CHEN, '/我的记录 导出');
    const workbook = await session.lastWorkbook(CHEN);
    const cover = workbook.getWorksheet('封面');
    const days = workbook.getWorksheet('服务日明细');
    expect(cover?.getRow(3).getCell(2).value).toBe('陈明');
    const coverText = JSON.stringify(cover?.getSheetValues());
    expect(coverText).toContain('漳平市医院');
    expect(coverText).toContain('累计基层服务');
    expect(cover?.pageSetup.paperSize).toBe(9);
    expect(days?.pageSetup.paperSize).toBe(9);
    const dates = (days?.getColumn(2).values ?? []).filter((v) => typeof v === 'string' && /^2026-\d\d-\d\d$/.test(v));
    expect(dates).toHaveLength(figures.serviceDays);
  });

  it('exports from the card button too, and audits the export', async () => {
    await session.say(CHEN, '/我的记录 2026');
    await session.press(CHEN, 'service-record-export');
    const workbook = await session.lastWorkbook(CHEN);
    expect(workbook.getWorksheet('封面')).toBeDefined();
    const audits = await harness.service.database.db.auditLog.count({ where: { action: 'export.serviceRecord' } });
    expect(audits).toBe(2);
  });

  it('lets the physician’s hospital coordinator read it, and nobody outside', async () => {
    expect(await session.say(OWN_HOSPITAL, '/我的记录 陈明 2026')).toContain('陈明');
    expect(await session.say(OTHER_HOSPITAL, '/我的记录 陈明 2026')).toContain('您无权查看 陈明 的服务记录');
    expect(await session.say(OWN_HOSPITAL, '/我的记录 没这人')).toContain('没有找到名为“没这人”');
  });

  it('answers two periods politely', async () => {
    const reply = await session.say(CHEN, '/我的记录 2025 2026');
    expect(reply).toContain('只能写一个年份');
  });

  it('opens the printable page from the card’s signed link, refuses an altered one and expires after a day', async () => {
    const card = await session.say(CHEN, '/我的记录 2026');
    const url = /http:\/\/127\.0\.0\.1:\d+\/app\/record\?t=[\w.-]+/.exec(card)?.[0] ?? '';
    expect(url).not.toBe('');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('陈明');
    expect(html).toContain('@page{size:A4');
    const figures = await figuresOf('2026-01-01', '2026-12-31');
    expect(html.split('<tr><td>').length - 1).toBe(figures.serviceDays);
    expect((await fetch(`${url.slice(0, -2)}xx`)).status).toBe(404);
    clock.advance(25 * 60 * 60 * 1000);
    expect((await fetch(url)).status).toBe(410);
  });
});
