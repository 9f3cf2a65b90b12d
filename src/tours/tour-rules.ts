import { z } from 'zod';
import { addDays } from '../time/local.js';

/**
 * The rules of a tour program as settings of the program (`settings.tour` of its JSON), with the values of
 * seed 004 (闽卫医政函〔2024〕1713号, 省级医疗队巡回医疗) and seed 000 ("移动医院"巡诊) as defaults. Nothing
 * here is hard-coded elsewhere: the checks in `tour-checks.ts` and the `/巡回` card read these.
 */

/** The rules, each named as the tests and the messages name it. */
export interface TourRules {
  /** 每支省级医疗队不少于8人. */
  minMembers: number;
  /** 若专科医院单独组建队伍则不少于5人. */
  specialtyAloneMinMembers: number;
  /** 以副高及以上职称的医务人员为主: the share of members at 副高 or above must exceed this. */
  seniorShareAbove: number;
  /** 巡回医疗时间不少于3周. */
  minWeeks: number;
  /** Working days that make a week on tour (a week done = this many days with members present). */
  daysPerWeek: number;
  /** 除在县级医院开展工作外，巡回医疗活动应覆盖不少于10个乡镇. */
  minTownships: number;
  /** 附件1: each hospital tours 2–3 counties. */
  minCounties: number;
  maxCounties: number;
  /** 组建医疗队名单（附件2）请于10月20日前报送. */
  rosterDue: string;
  /** 相关工作方案请于10月底前报送. */
  planDue: string;
  /** 书面总结材料，于2025年1月24日前报送. */
  summaryDue: string;
  /** Seed 000: "移动医院"巡诊至少两次 a year. */
  minMobileTours: number;
  /**
   * The weak specialties of each county (by county name) that the teams' specialties should match
   * (专科应尽量匹配县级医院薄弱的专科); a county not listed is not checked.
   */
  weakSpecialties: Record<string, string[]>;
}

/** Seed 004's and seed 000's values. */
export const DEFAULT_TOUR_RULES: TourRules = {
  minMembers: 8,
  specialtyAloneMinMembers: 5,
  seniorShareAbove: 0.5,
  minWeeks: 3,
  daysPerWeek: 5,
  minTownships: 10,
  minCounties: 2,
  maxCounties: 3,
  rosterDue: '2024-10-20',
  planDue: '2024-10-31',
  summaryDue: '2025-01-24',
  minMobileTours: 2,
  weakSpecialties: {},
};

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().min(0).max(1000);

const settingsSchema = z.object({
  tour: z
    .object({
      minMembers: count,
      specialtyAloneMinMembers: count,
      seniorShareAbove: z.number().min(0).max(1),
      minWeeks: count,
      daysPerWeek: z.number().int().min(1).max(7),
      minTownships: count,
      minCounties: count,
      maxCounties: count,
      rosterDue: isoDay,
      planDue: isoDay,
      summaryDue: isoDay,
      minMobileTours: count,
      weakSpecialties: z.record(z.string(), z.array(z.string())),
    })
    .partial()
    .optional(),
});

/** What the rules read of a program: its settings and, when known, its kind and window. */
export interface TourProgramSettings {
  settings: unknown;
  kind?: string;
  startDate?: string;
  endDate?: string;
}

/**
 * A program's tour rules, the defaults filling what its settings leave out (an invalid settings JSON: all
 * defaults). Deadlines the settings leave out follow the program's own window, so a program of another
 * year is never judged by seed 004's 2024 dates.
 */
export function tourRules(program: TourProgramSettings | null): TourRules {
  const parsed = settingsSchema.safeParse(program?.settings ?? {});
  const tour = parsed.success ? (parsed.data.tour ?? {}) : {};
  const defined = Object.fromEntries(Object.entries(tour).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_TOUR_RULES, ...(program ? windowDeadlines(program) : {}), ...defined };
}

/** Seed 004's window (1 Nov – 15 Jan) against its dates: 名单 12 days before it, 方案 the day before, 总结 9 days after. */
const DEADLINE_OFFSETS = { rosterDue: -12, planDue: -1, summaryDue: 9 };

/**
 * The deadlines as seed 004 places them around its window, moved to the program's window. Seed 000 gives
 * "移动医院"巡诊 no roster or plan date (the crew and plan are filed with each tour, through the year), so a
 * mobile-hospital program's are due by its last day; its summary, as seed 004's, 9 days after.
 */
function windowDeadlines(program: TourProgramSettings): Partial<TourRules> {
  const { startDate, endDate } = program;
  if (!startDate || !endDate) return {};
  const summaryDue = addDays(endDate, DEADLINE_OFFSETS.summaryDue);
  if (program.kind === 'MOBILE_HOSPITAL') return { rosterDue: endDate, planDue: endDate, summaryDue };
  return {
    rosterDue: addDays(startDate, DEADLINE_OFFSETS.rosterDue),
    planDue: addDays(startDate, DEADLINE_OFFSETS.planDue),
    summaryDue,
  };
}
