import type { TourRules } from './tour-rules.js';

/**
 * The rule checks of a tour program (seed 004, seed 000), pure functions over plain data: the import's dry
 * run, the `/巡回` card and the summary export all call these, so a rule is worded and decided in one place.
 * Each result names its rule, whether it holds, and the message (key and figures) that says so.
 */

/** The rules that are checked, by the name tests and messages use. */
export type TourRuleId =
  | 'minMembers'
  | 'specialtyAloneMinMembers'
  | 'seniorShare'
  | 'weakSpecialties'
  | 'counties'
  | 'minWeeks'
  | 'minTownships'
  | 'window'
  | 'rosterDue'
  | 'planDue'
  | 'summaryDue'
  | 'minMobileTours';

/** One rule checked: its verdict and the words with the figure (`队员 6 人，少于 8 人`). */
export interface RuleCheck {
  rule: TourRuleId;
  ok: boolean;
  key: string;
  params: Record<string, string | number>;
}

/** A title as far as the senior share is concerned (副高 = ASSOCIATE_CHIEF, 正高 = CHIEF). */
export type TitleLevel = 'RESIDENT' | 'ATTENDING' | 'ASSOCIATE_CHIEF' | 'CHIEF';

/** A roster as the checks see it. */
export interface RosterForCheck {
  /** A specialty hospital forming its team alone: the smaller minimum applies. */
  specialtyAlone: boolean;
  members: readonly { title: TitleLevel | null; specialty: string; county: string | null }[];
  /** The team's counties by name (annex 1). */
  counties: readonly string[];
}

/** Whether a title is 副高 or above. */
export function isSenior(title: TitleLevel | null): boolean {
  return title === 'ASSOCIATE_CHIEF' || title === 'CHIEF';
}

/** The team's size against the minimum (8, or 5 for a specialty hospital alone). */
export function checkMembers(rules: TourRules, roster: RosterForCheck): RuleCheck {
  const rule = roster.specialtyAlone ? 'specialtyAloneMinMembers' : 'minMembers';
  const min = roster.specialtyAlone ? rules.specialtyAloneMinMembers : rules.minMembers;
  const members = roster.members.length;
  const ok = members >= min;
  return { rule, ok, key: ok ? 'tours.rule.membersOk' : 'tours.rule.membersShort', params: { members, min } };
}

/** 以副高及以上职称的医务人员为主: more than the share (half) at 副高 or above. */
export function checkSeniorShare(rules: TourRules, roster: RosterForCheck): RuleCheck {
  const members = roster.members.length;
  const senior = roster.members.filter((member) => isSenior(member.title)).length;
  const ok = members > 0 && senior > rules.seniorShareAbove * members;
  const params = { senior, members };
  return { rule: 'seniorShare', ok, key: ok ? 'tours.rule.seniorOk' : 'tours.rule.seniorShort', params };
}

/** 附件1: 2–3 counties a team. */
export function checkCounties(rules: TourRules, counties: readonly string[]): RuleCheck {
  const n = counties.length;
  const ok = n >= rules.minCounties && n <= rules.maxCounties;
  const params = { counties: n, min: rules.minCounties, max: rules.maxCounties };
  return { rule: 'counties', ok, key: ok ? 'tours.rule.countiesOk' : 'tours.rule.countiesOff', params };
}

/**
 * 专科应尽量匹配县级医院薄弱的专科: for each county that lists its weak specialties, which of them a member
 * going there (or, when the roster names no county for anyone, any member) practises. Counties without a
 * list are not checked; the line reads `连江县：心血管内科 ✓ 儿科 ✗`.
 */
export function checkWeakSpecialties(rules: TourRules, roster: RosterForCheck): RuleCheck[] {
  return roster.counties.flatMap((county) => {
    const weak = rules.weakSpecialties[county];
    if (!weak || weak.length === 0) return [];
    const going = roster.members.filter((member) => member.county === null || member.county === county);
    const covered = weak.map((specialty) => ({
      specialty,
      ok: going.some((member) => member.specialty !== '' && sameSpecialty(member.specialty, specialty)),
    }));
    const marks = covered.map((c) => `${c.specialty} ${c.ok ? '✓' : '✗'}`).join(' ');
    const ok = covered.every((c) => c.ok);
    return [{ rule: 'weakSpecialties', ok, key: 'tours.rule.weakSpecialties', params: { county, marks } }];
  });
}

/** `心内科` matches `心血管内科` only by a shared stem; `儿科` matches `小儿内科`: one contains the other's core. */
function sameSpecialty(written: string, weak: string): boolean {
  const core = (text: string) => text.replace(/(科|专业)$/u, '');
  return written.includes(core(weak)) || weak.includes(core(written));
}

/** Every roster rule: size, senior share, counties, weak specialties. */
export function checkRoster(rules: TourRules, roster: RosterForCheck): RuleCheck[] {
  return [
    checkMembers(rules, roster),
    checkSeniorShare(rules, roster),
    checkCounties(rules, roster.counties),
    ...checkWeakSpecialties(rules, roster),
  ];
}

/** Weeks on tour so far: days with members present, in whole weeks of `daysPerWeek`. */
export function weeksDone(rules: TourRules, daysOnTour: number): number {
  return Math.floor(daysOnTour / rules.daysPerWeek);
}

/** 巡回医疗时间不少于3周. */
export function checkWeeks(rules: TourRules, daysOnTour: number): RuleCheck {
  const weeks = weeksDone(rules, daysOnTour);
  const ok = weeks >= rules.minWeeks;
  const params = { weeks, min: rules.minWeeks, days: daysOnTour };
  return { rule: 'minWeeks', ok, key: ok ? 'tours.rule.weeksOk' : 'tours.rule.weeksShort', params };
}

/** 覆盖不少于10个乡镇 (townships with a tour day at their health center, besides the county hospital). */
export function checkTownships(rules: TourRules, townships: number): RuleCheck {
  const ok = townships >= rules.minTownships;
  const params = { townships, min: rules.minTownships };
  return { rule: 'minTownships', ok, key: ok ? 'tours.rule.townshipsOk' : 'tours.rule.townshipsShort', params };
}

/** 2024年11月—2025年1月中旬: planned days outside the program's window. */
export function checkWindow(window: { startDate: string; endDate: string }, dates: readonly string[]): RuleCheck {
  const outside = dates.filter((date) => date < window.startDate || date > window.endDate).sort();
  const ok = outside.length === 0;
  const params = { start: window.startDate, end: window.endDate, outside: outside.length, first: outside[0] ?? '' };
  return { rule: 'window', ok, key: ok ? 'tours.rule.windowOk' : 'tours.rule.windowOutside', params };
}

/** What a team files, with the local day it was filed (null: not yet). */
export interface TeamFilings {
  roster: string | null;
  plan: string | null;
  summary: string | null;
}

/** The filings with their due dates, in the order they fall due. */
export const FILINGS = [
  { item: 'roster', rule: 'rosterDue' },
  { item: 'plan', rule: 'planDue' },
  { item: 'summary', rule: 'summaryDue' },
] as const satisfies readonly { item: keyof TeamFilings; rule: keyof TourRules & TourRuleId }[];

/**
 * The deadlines (名单 20 Oct, 方案 end of October, 总结 24 Jan): each is late when filed after its day, or
 * not filed and its day is past. A filing not yet due is not checked.
 */
export function checkFilings(rules: TourRules, filed: TeamFilings, today: string): RuleCheck[] {
  return FILINGS.flatMap(({ item, rule }) => {
    const due = rules[rule];
    const day = filed[item];
    if (day === null && today <= due) return [];
    const ok = day !== null && day <= due;
    const state = ok ? 'inTime' : day === null ? 'missing' : 'late';
    return [{ rule, ok, key: `tours.rule.${rule}.${state}`, params: { due, filed: day ?? '' } }];
  });
}

/** Seed 000: "移动医院"巡诊至少两次 — tours held (with a day on tour) in the program. */
export function checkMobileTours(rules: TourRules, toursHeld: number): RuleCheck {
  const ok = toursHeld >= rules.minMobileTours;
  const params = { tours: toursHeld, min: rules.minMobileTours };
  return { rule: 'minMobileTours', ok, key: ok ? 'tours.rule.mobileOk' : 'tours.rule.mobileShort', params };
}
