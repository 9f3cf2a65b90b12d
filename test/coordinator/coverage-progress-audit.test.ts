import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEntry } from '../../src/db/queries/audit-log.js';
import { cancelAssignment } from '../../src/db/queries/assignments.js';
import {
  listAssignmentsInRegionForMonth,
  listAssignmentsOfInstitutionInMonth,
} from '../../src/db/queries/assignment-lists.js';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { listServiceDayFacts } from '../../src/db/queries/workload-facts.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { demoOpenId } from '../../src/demo/people.js';
import type { Institution } from '../../src/generated/sqlite/client.js';
import {
  createCoordinatorWorld,
  DEMO_COORDINATORS,
  WORLD_TODAY,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';

const COUNTY = DEMO_COORDINATORS.county;
const CITY = DEMO_COORDINATORS.city;
const HOSPITAL = DEMO_COORDINATORS.hospital('zhangping_hospital');
const PHYSICIAN = demoOpenId('dr_chen_ming');
const MONTH = WORLD_TODAY.slice(0, 7);
/** A table row of the sandbox rendering, cells separated by `│`. */
const row = (...cells: string[]) => new RegExp(cells.join('\\s*│\\s*'));
/** Entries written in the county for the hospital, newest first (record #1000 is the newest). */
const HOSPITAL_ENTRIES = 22;
/** The record id of the hospital's entry `seq`, shown as `#10NN`. */
const seqId = (seq: number) => `10${String(seq).padStart(2, '0')}`;

describe.each(testProviders())('/覆盖, /进度 and /审计 (%s)', (provider) => {
  let world: CoordinatorWorld;
  let lingdi: Institution;
  let hospital: Institution;
  const say = async (as: string, text: string) => {
    await world.bot.send({ as, text });
    await world.bot.settle();
    return world.bot.lastMessage(world.bot.p2p(as));
  };
  const institution = async (key: string) => {
    const found = await findInstitutionByCode(world.bot.db, demoInstitutionCode(key));
    if (!found) throw new Error(`demo institution ${key} missing`);
    return found;
  };

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    const { db, clock } = world.bot;
    lingdi = await institution('zp_lingdi');
    hospital = await institution('zhangping_hospital');
    const xiyuan = await institution('zp_xiyuan');
    // Nobody is left assigned to 西园镇 this month (nobody has been there yet).
    for (const assignment of await listAssignmentsOfInstitutionInMonth(db, xiyuan.id, MONTH)) {
      await cancelAssignment(db, assignment.id, { actorId: null, at: clock.now(), reason: 'test' });
    }
    const minutesAgo = (minutes: number) => new Date(clock.now().getTime() - minutes * 60_000);
    for (let seq = 0; seq < HOSPITAL_ENTRIES; seq++) {
      await appendAuditEntry(db, {
        at: minutesAgo(10 + seq),
        actorId: null,
        action: 'reminder.sent',
        entity: 'ReportingObligation',
        entityId: seqId(seq),
        regionPath: hospital.regionPath,
        institutionId: hospital.id,
        details: { reason: 'reports', month: MONTH, personIds: [] },
      });
    }
    const tcm = await institution('zhangping_tcm');
    await appendAuditEntry(db, {
      at: minutesAgo(5),
      actorId: null,
      action: 'assignment.cancel',
      entity: 'Assignment',
      entityId: '900',
      regionPath: lingdi.regionPath,
      institutionId: lingdi.id,
      details: { physician: tcm.name },
    });
    const maternal = await institution('fj_maternal');
    await appendAuditEntry(db, {
      at: minutesAgo(1),
      actorId: null,
      action: 'assignment.create',
      entity: 'Assignment',
      entityId: '901',
      regionPath: maternal.regionPath,
      institutionId: maternal.id,
      details: {},
    });
  }, 120_000);
  afterAll(() => world.bot.close());

  describe('/覆盖', () => {
    it('shows a county its 16 clinics in three groups with the specialty mix', async () => {
      const text = (await say(COUNTY, '/覆盖'))?.text ?? '';
      expect(text).toContain(`【受援单位覆盖情况】 漳平市 · ${MONTH}`);
      expect(text).toContain('受援单位：16');
      expect(text).toContain('未指派：1/16');
      expect(text).toMatch(/未指派（1）\n受援单位\s*\n─+\n漳平市西园镇卫生院\n/);
      const notVisited = Number(/已指派、未到岗：(\d+)\/16/.exec(text)?.[1]);
      const visited = Number(/到岗受援单位：(\d+)\/16/.exec(text)?.[1]);
      expect(visited).toBeGreaterThan(0);
      expect(1 + notVisited + visited).toBe(16);
      expect(text).toMatch(/[^\s│]+×\d/);
    });

    it('shows a hospital the clinics of its programs, counting its own physicians only', async () => {
      const text = (await say(HOSPITAL, 'coverage'))?.text ?? '';
      const own = (await listAssignmentsInRegionForMonth(world.bot.db, hospital.regionPath, MONTH)).filter(
        (a) => a.physician.homeInstitutionId === hospital.id,
      );
      const covered = new Set(own.map((a) => a.institutionId)).size;
      expect(text).toContain('【受援单位覆盖情况】 漳平市医院');
      expect(text).toContain(`未指派：${16 - covered}/16`);
      expect(text).toContain('只统计支援单位本单位医师');
    });

    it('takes a past month and a township', async () => {
      const text = (await say(COUNTY, '/覆盖 灵地乡 上月'))?.text ?? '';
      expect(text).toContain('灵地乡 · 2026-10');
      expect(text).toContain('受援单位：1');
      expect(text).not.toContain('漳平市桂林街道社区卫生服务中心');
    });
  });

  describe('/进度', () => {
    it('shows a county each target with pace and forecast, and the actuals by township', async () => {
      const text = (await say(COUNTY, '/进度'))?.text ?? '';
      const facts = await listServiceDayFacts(world.bot.db, {
        scope: { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} },
        from: '2026-01-01',
        to: WORLD_TODAY,
      });
      const townships = new Set(facts.map((fact) => fact.institutionId)).size;
      expect(text).toContain(`【项目目标进度】 漳平市 · ${WORLD_TODAY}`);
      expect(text).toContain('漳平市2026年度“医师下基层”对口支援');
      expect(text).toMatch(row('到岗受援单位', '2026-12-31', `${townships}/16`));
      expect(text).toContain(`统计期：项目开始至今（2026-01-01 至 ${WORLD_TODAY}）`);
      expect(text).toMatch(row('讲座', '2026-08-31', '\\d+/800', '\\d+%', '\\d+', '0', '已过截止日'));
      expect(text).toContain('按下级地区');
      expect(text).toMatch(row('灵地乡', '\\d+'));
      expect(text).toContain('实际数截至 2026-11-22');
    });

    it('shows a city the counties below it', async () => {
      const text = (await say(CITY, '/进度'))?.text ?? '';
      expect(text).toContain('【项目目标进度】 龙岩市');
      expect(text).toMatch(row('漳平市', '\\d+'));
      expect(text).toMatch(row('长汀县', '0'));
    });

    it('shows a hospital its own contribution, without a region breakdown', async () => {
      const text = (await say(HOSPITAL, 'progress'))?.text ?? '';
      expect(text).toContain('【项目目标进度】 漳平市医院');
      // A hospital has no targets of its own until one is set: its actuals against the program's, no forecast.
      expect(text).toContain('本级未设目标');
      expect(text).toMatch(row('派驻支援医师', '\\d+', '项目 \\d+（截止 [-\\d]+）', '\\d+%'));
      expect(text).not.toContain('预计完成');
      expect(text).not.toContain('按下级地区');
      expect(text).toContain('只统计支援单位本单位医师');
    });

    it('names the history program by its code', async () => {
      const text = (await say(COUNTY, '/进度 DEMO-ZP-GRASSROOTS-2023'))?.text ?? '';
      expect(text).toContain('漳平市2023年度');
      expect(text).not.toContain('漳平市2026年度');
    });
  });

  describe('/审计', () => {
    it('shows a county the latest 20 entries in scope, and pages back with 更早', async () => {
      const first = await say(COUNTY, '/审计');
      const text = first?.text ?? '';
      expect(text).toContain('【审计记录】 漳平市');
      expect(text).toContain('指派 #900');
      expect(text).toContain(`${MONTH} 工作量月报未提交，发给 无人`);
      expect(text).toContain('发出催办');
      expect(text).toContain('#1000');
      expect(text).toContain('#1018');
      expect(text).not.toContain('#1019');
      expect(text).not.toContain('#901');
      const more = first?.buttons.find((button) => button.text === '更早');
      expect(more).toBeDefined();
      await world.bot.press(more!);
      await world.bot.settle();
      const older = world.bot.lastMessage(world.bot.p2p(COUNTY))?.text ?? '';
      expect(older).toContain('#1019');
      expect(older).toContain('#1021');
      expect(older).not.toContain('#1018');
      expect(older).not.toContain('#901');
    });

    it('shows a hospital its own entries only, and checks scope again on a press', async () => {
      const text = (await say(HOSPITAL, 'audit'))?.text ?? '';
      expect(text).toContain('【审计记录】 漳平市医院');
      expect(text).toContain('#1000');
      expect(text).not.toContain('#900');
      expect(text).not.toContain('#901');
      const county = await say(COUNTY, '/审计');
      const more = county?.buttons.find((button) => button.text === '更早');
      await world.bot.press(more!, { as: PHYSICIAN });
      await world.bot.settle();
      const refused = world.bot.lastMessage(world.bot.p2p(PHYSICIAN))?.text ?? '';
      expect(refused).not.toContain('#10');
    });
  });

  describe('refusals', () => {
    it('refuses a county a region outside it, for every command', async () => {
      for (const command of ['/覆盖 福州市', '/进度 福州市', '/审计 福州市']) {
        const text = (await say(COUNTY, command))?.text ?? '';
        expect(text).toContain('“福州市”不在您的管辖范围内');
      }
    });

    it('refuses a hospital another hospital', async () => {
      const text = (await say(HOSPITAL, '/覆盖 漳平市中医院'))?.text ?? '';
      expect(text).toContain('“漳平市中医院”不在您的管辖范围内');
    });

    it('refuses a physician', async () => {
      for (const command of ['/覆盖', '/进度', '/审计']) {
        const text = (await say(PHYSICIAN, command))?.text ?? '';
        expect(text).toContain('只有');
        expect(text).not.toContain('【');
      }
    });
  });
});
