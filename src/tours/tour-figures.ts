import type { DayRecordFigures, PlanDayTally } from '../db/queries/tours.js';
import type { FigureId, TourFigureId } from '../coordinator/workload-figures.js';
import { weeksDone } from './tour-checks.js';
import type { TourRules } from './tour-rules.js';

/**
 * The fold of the tour figures: the catalogue's `TOUR_FIGURE_IDS` (`src/coordinator/workload-figures.ts`,
 * defined and labelled there as 巡回天数, 巡回周数, 覆盖乡镇, 今日在岗) and the leader's figures (诊疗, 讲座,
 * 培训, 查房, 病例讨论, 远程) summed over the days recorded. The `/巡回` card, its drill-down and the summary
 * export read this one fold, so a team's weeks and townships are the same number everywhere.
 */
export interface TourFigures extends Record<TourFigureId, number> {
  plannedDays: number;
  workload: DayRecordFigures;
}

/**
 * The leader's figures as ids of the figure catalogue (`src/coordinator/workload-figures.ts`): the card and
 * the export label them with `figureLabel`, so 远程 here is the catalogue's 远程医疗服务合计 (the three kinds).
 */
export const LEADER_FIGURE_IDS = [
  'patients',
  'lectures',
  'training',
  'teachingRounds',
  'caseDiscussions',
  'remoteServices',
] as const satisfies readonly (keyof DayRecordFigures & FigureId)[];

/** Zero of every leader figure. */
export function emptyDayFigures(): DayRecordFigures {
  return { patients: 0, lectures: 0, training: 0, teachingRounds: 0, caseDiscussions: 0, remoteServices: 0 };
}

const DAY_FIGURE_KEYS = Object.keys(emptyDayFigures()) as (keyof DayRecordFigures)[];

/** The figures of some tallied plan days (one team's, or one team's in one county). */
export function tourFigures(rules: TourRules, days: readonly PlanDayTally[], today: string): TourFigures {
  const held = days.filter((day) => day.present > 0 && day.date <= today);
  const daysOnTour = new Set(held.map((day) => day.date)).size;
  const townships = new Set(
    held.filter((day) => day.institution.kind === 'TOWNSHIP_HEALTH_CENTER').map((day) => day.institution.id),
  ).size;
  const workload = emptyDayFigures();
  for (const day of held) {
    for (const key of DAY_FIGURE_KEYS) workload[key] += day.record?.[key] ?? 0;
  }
  return {
    tourDays: daysOnTour,
    tourWeeks: weeksDone(rules, daysOnTour),
    townshipsCovered: townships,
    presentToday: days.filter((day) => day.date === today).reduce((sum, day) => sum + day.present, 0),
    plannedDays: days.length,
    workload,
  };
}
