import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages/index.js';
import {
  checkCounties,
  checkFilings,
  checkMembers,
  checkMobileTours,
  checkRoster,
  checkSeniorShare,
  checkTownships,
  checkWeakSpecialties,
  checkWeeks,
  checkWindow,
  type RosterForCheck,
  type RuleCheck,
  type TitleLevel,
} from '../../src/tours/tour-checks.js';
import { DEFAULT_TOUR_RULES, tourRules } from '../../src/tours/tour-rules.js';

/** Seed 004's rules, one test each, named after the rule (src/tours/tour-rules.ts). */
const rules = DEFAULT_TOUR_RULES;
const words = (check: RuleCheck) => t('zh-CN', check.key, check.params);

function roster(titles: (TitleLevel | null)[], extra: Partial<RosterForCheck> = {}): RosterForCheck {
  const members = titles.map((title) => ({ title, specialty: '', county: null }));
  return { specialtyAlone: false, members, counties: ['连江县', '罗源县'], ...extra };
}

describe('seed 004 rules', () => {
  it('minMembers: 每支省级医疗队不少于8人', () => {
    const six = checkMembers(rules, roster(Array<TitleLevel>(6).fill('CHIEF')));
    expect(six.rule).toBe('minMembers');
    expect(six.ok).toBe(false);
    expect(words(six)).toBe('队员 6 人，少于 8 人');
    expect(checkMembers(rules, roster(Array<TitleLevel>(8).fill('CHIEF'))).ok).toBe(true);
  });

  it('specialtyAloneMinMembers: 专科医院单独组建队伍则不少于5人', () => {
    const five = checkMembers(rules, roster(Array<TitleLevel>(5).fill('CHIEF'), { specialtyAlone: true }));
    expect(five).toMatchObject({ rule: 'specialtyAloneMinMembers', ok: true });
    const four = checkMembers(rules, roster(Array<TitleLevel>(4).fill('CHIEF'), { specialtyAlone: true }));
    expect(words(four)).toBe('队员 4 人，少于 5 人');
  });

  it('seniorShare: 以副高及以上职称的医务人员为主 (more than half)', () => {
    const three = checkSeniorShare(
      rules,
      roster(['CHIEF', 'ASSOCIATE_CHIEF', 'CHIEF', ...Array<TitleLevel>(5).fill('ATTENDING')]),
    );
    expect(three).toMatchObject({ rule: 'seniorShare', ok: false });
    expect(words(three)).toBe('副高及以上 3/8，未过半');
    const half = checkSeniorShare(
      rules,
      roster([...Array<TitleLevel>(4).fill('CHIEF'), ...Array<TitleLevel>(4).fill('ATTENDING')]),
    );
    expect(half.ok).toBe(false);
    const five = checkSeniorShare(
      rules,
      roster([...Array<TitleLevel>(5).fill('ASSOCIATE_CHIEF'), 'ATTENDING', null, 'RESIDENT']),
    );
    expect(five.ok).toBe(true);
  });

  it('counties: 附件1 each hospital tours 2–3 counties', () => {
    expect(checkCounties(rules, ['福安市', '霞浦县', '寿宁县']).ok).toBe(true);
    expect(checkCounties(rules, ['连江县']).ok).toBe(false);
    expect(words(checkCounties(rules, ['a', 'b', 'c', 'd']))).toBe('巡回医疗县区 4 个，应为 2–3 个');
  });

  it('weakSpecialties: 专科应尽量匹配县级医院薄弱的专科, only for counties that list theirs', () => {
    const withWeak = { ...rules, weakSpecialties: { 连江县: ['心血管内科', '儿科'] } };
    const team = roster([], {
      members: [
        { title: 'CHIEF', specialty: '心血管内科', county: '连江县' },
        { title: 'CHIEF', specialty: '儿科', county: '罗源县' },
      ],
    });
    const [check, ...others] = checkWeakSpecialties(withWeak, team);
    expect(others).toEqual([]);
    expect(check).toMatchObject({ rule: 'weakSpecialties', ok: false });
    expect(words(check as RuleCheck)).toBe('专业与受援县薄弱专科（连江县）：心血管内科 ✓ 儿科 ✗');
    expect(checkWeakSpecialties(rules, team)).toEqual([]);
  });

  it('checkRoster runs the size, senior share, counties and specialty rules together', () => {
    const rules2 = { ...rules, weakSpecialties: { 罗源县: ['眼科'] } };
    expect(checkRoster(rules2, roster(['CHIEF'])).map((c) => c.rule)).toEqual([
      'minMembers',
      'seniorShare',
      'counties',
      'weakSpecialties',
    ]);
  });

  it('minWeeks: 巡回医疗时间不少于3周 (a week = 5 days with members present)', () => {
    expect(words(checkWeeks(rules, 12))).toBe('巡回 2/3 周（12 天），不足 3 周');
    expect(checkWeeks(rules, 15)).toMatchObject({ rule: 'minWeeks', ok: true });
  });

  it('minTownships: 覆盖不少于10个乡镇', () => {
    expect(words(checkTownships(rules, 7))).toBe('覆盖乡镇 7/10，不足 10 个');
    expect(checkTownships(rules, 10)).toMatchObject({ rule: 'minTownships', ok: true });
  });

  it('window: 2024年11月—2025年1月中旬', () => {
    const window = { startDate: '2024-11-01', endDate: '2025-01-15' };
    expect(checkWindow(window, ['2024-11-04', '2025-01-15']).ok).toBe(true);
    const outside = checkWindow(window, ['2025-01-20', '2024-10-30', '2024-12-01']);
    expect(words(outside)).toBe('2 天不在 2024-11-01 至 2025-01-15 之间（最早 2024-10-30）');
  });

  it('rosterDue, planDue, summaryDue: 名单10月20日前, 方案10月底前, 总结2025年1月24日前', () => {
    const before = checkFilings(rules, { roster: null, plan: null, summary: null }, '2024-10-19');
    expect(before).toEqual([]);
    const november = checkFilings(rules, { roster: '2024-10-22', plan: null, summary: null }, '2024-11-02');
    expect(november.map(words)).toEqual(['名单 2024-10-22 才报，晚于 2024-10-20', '方案未报（应于 2024-10-31 前）']);
    const done = checkFilings(rules, { roster: '2024-10-18', plan: '2024-10-31', summary: '2025-01-24' }, '2025-02-01');
    expect(done.map((c) => [c.rule, c.ok])).toEqual([
      ['rosterDue', true],
      ['planDue', true],
      ['summaryDue', true],
    ]);
  });

  it('minMobileTours (seed 000): "移动医院"巡诊至少两次', () => {
    expect(words(checkMobileTours(rules, 1))).toBe('“移动医院”巡诊 1/2 次，每年至少 2 次');
    expect(checkMobileTours(rules, 2)).toMatchObject({ rule: 'minMobileTours', ok: true });
    expect(words(checkMobileTours(rules, 2))).toBe('“移动医院”巡诊 2/2 次（每年至少 2 次）✓');
  });

  it('takes every rule from the program settings, the seed values filling the rest', () => {
    const program = { settings: { records: {}, tour: { minMembers: 10, rosterDue: '2025-10-20' } } };
    expect(tourRules(program)).toEqual({ ...DEFAULT_TOUR_RULES, minMembers: 10, rosterDue: '2025-10-20' });
    expect(tourRules({ settings: { tour: { minMembers: 'eight' } } })).toEqual(DEFAULT_TOUR_RULES);
    expect(tourRules(null)).toEqual(DEFAULT_TOUR_RULES);
  });

  it('deadlines the settings leave out follow the program window, as seed 004 places them around its own', () => {
    const seedWindow = { settings: {}, kind: 'PROVINCIAL_TEAM_TOUR', startDate: '2024-11-01', endDate: '2025-01-15' };
    expect(tourRules(seedWindow)).toMatchObject({
      rosterDue: '2024-10-20',
      planDue: '2024-10-31',
      summaryDue: '2025-01-24',
    });
    const nextYear = { ...seedWindow, startDate: '2026-11-01', endDate: '2027-01-15' };
    expect(tourRules(nextYear)).toMatchObject({
      rosterDue: '2026-10-20',
      planDue: '2026-10-31',
      summaryDue: '2027-01-24',
    });
    const mobileYear = { settings: {}, kind: 'MOBILE_HOSPITAL', startDate: '2026-01-01', endDate: '2026-12-31' };
    expect(tourRules(mobileYear)).toMatchObject({
      rosterDue: '2026-12-31',
      planDue: '2026-12-31',
      summaryDue: '2027-01-09',
    });
    const settled = { ...nextYear, settings: { tour: { planDue: '2026-10-25' } } };
    expect(tourRules(settled)).toMatchObject({ rosterDue: '2026-10-20', planDue: '2026-10-25' });
  });
});
