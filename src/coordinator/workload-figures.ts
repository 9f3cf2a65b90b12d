import type { ServiceDayFact } from '../db/queries/workload-facts.js';
import { WORK_LOG_METRICS, type WorkLogMetric } from '../db/queries/work-logs.js';
import { isAnsweredCall, isSatisfiedCall } from '../domain/survey-result.js';
import { term, type Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import {
  confirmationOf,
  countsTowardMinimum,
  isCorrected,
  isVerified,
  owesConfirmation,
  owesWorkLog,
} from '../records/service-day-state.js';

/**
 * THE catalogue of figures (ARCHITECTURE.md "Figures"): every number a card, a reminder or an export shows
 * about the work done has one id here, one label and one definition (`src/i18n/messages/figures.ts`), and
 * is computed by the one fold below from the same raw rows (`listServiceDayFacts`, the assignments of the
 * scope). `/汇总`, `/月报`, `/本月`, `/逾期`, `/进度`, `/覆盖`, `/巡回` and the xlsx exports all read it, so the
 * same rows always give the same numbers under the same words.
 */

/** What became of the days themselves: how many, verified or not, and the clinic head's decision. */
export const DAY_STATE_FIGURE_IDS = [
  'serviceDays',
  'verifiedDays',
  'unverifiedDays',
  'confirmedDays',
  'pendingDays',
  'disputedDays',
  'correctedDays',
  // How strong the verified days' evidence is (src/physician/evidence.ts).
  'deviceVerifiedDays',
  'locationMessageDays',
] as const;

/** The counts of people, clinics and days. */
export const DAY_COUNT_FIGURE_IDS = [
  'physiciansServed',
  'clinicsServed',
  ...DAY_STATE_FIGURE_IDS,
  'loggedDays',
] as const;

/** The three remote kinds a log records apart (远程会诊, 远程影像, 远程心电). */
export const REMOTE_KINDS = [
  'remoteConsultations',
  'remoteImaging',
  'remoteEcg',
] as const satisfies readonly WorkLogMetric[];

/**
 * Figures counted from service days and their work logs; `remoteServices` is the three remote kinds
 * together (the program's one remote target is set on it), never a column of its own in a log.
 */
export const DAY_FIGURE_IDS = [...DAY_COUNT_FIGURE_IDS, ...WORK_LOG_METRICS, 'remoteServices'] as const;

/** Figures counted from assignments (alone, or against the service days). */
export const ASSIGNMENT_FIGURE_IDS = ['physiciansAssigned', 'personTimes', 'minimumMet'] as const;

/**
 * Figures of the year-end satisfaction survey (满意度调查), counted from the latest result of each sampled
 * day's call: calls made, calls answered (接通), satisfied answers (满意 + 基本满意), and the two rates
 * read from them — 接通率 = 接通 / 已拨打, 满意率 = (满意 + 基本满意) / 接通.
 */
export const SURVEY_FIGURE_IDS = [
  'surveyCalls',
  'surveyAnswered',
  'surveySatisfied',
  'answerRate',
  'satisfactionRate',
] as const;

/**
 * Figures of a tour (巡回医疗, seed 004/000), counted from a team's plan days and the presence on them
 * (`tourFigures` in src/tours/tour-figures.ts is their fold): 巡回天数, 巡回周数, 覆盖乡镇, 今日在岗.
 */
export const TOUR_FIGURE_IDS = ['tourDays', 'tourWeeks', 'townshipsCovered', 'presentToday'] as const;

/** A figure of a tour. */
export type TourFigureId = (typeof TOUR_FIGURE_IDS)[number];

/** A figure of the satisfaction survey. */
export type SurveyFigureId = (typeof SURVEY_FIGURE_IDS)[number];

/** A figure counted from service days. */
export type DayFigureId = (typeof DAY_FIGURE_IDS)[number];
/** Any figure of the catalogue. */
export type FigureId = DayFigureId | (typeof ASSIGNMENT_FIGURE_IDS)[number] | SurveyFigureId | TourFigureId;

/** One entry of the catalogue. */
export interface FigureDefinition {
  id: FigureId;
  /** What it is counted from. */
  source: 'serviceDays' | 'workLogs' | 'assignments' | 'surveyCalls' | 'tourPlanDays';
}

const isWorkLogMetric = (id: FigureId): id is WorkLogMetric => (WORK_LOG_METRICS as readonly string[]).includes(id);

/** Every figure, in display order. */
export const FIGURES: readonly FigureDefinition[] = [
  { id: 'physiciansAssigned', source: 'assignments' },
  { id: 'personTimes', source: 'assignments' },
  ...DAY_FIGURE_IDS.map((id) => ({
    id,
    source: isWorkLogMetric(id) || id === 'remoteServices' ? ('workLogs' as const) : ('serviceDays' as const),
  })),
  { id: 'minimumMet', source: 'assignments' },
  ...SURVEY_FIGURE_IDS.map((id) => ({ id, source: 'surveyCalls' as const })),
  ...TOUR_FIGURE_IDS.map((id) => ({ id, source: 'tourPlanDays' as const })),
];

/** A figure's one label in a locale (work-log figures use their glossary word). */
export function figureLabel(locale: Locale, id: FigureId): string {
  return isWorkLogMetric(id) ? term(locale, id) : t(locale, `figure.${id}`);
}

/** A figure's one definition in a locale (`params` fill a definition's own figures, e.g. a tour's `days` a week). */
export function figureDefinition(locale: Locale, id: FigureId, params: Record<string, string | number> = {}): string {
  return t(locale, isWorkLogMetric(id) ? 'figure.workLog.definition' : `figure.${id}.definition`, params);
}

// ── The state words of a service day, each defined once: by the service-day state model
// (src/records/service-day-state.ts). Every figure and list below goes through these and nothing else.

type DayFact = Pick<ServiceDayFact, 'record'>;

/** A day whose location was verified at check-in, check-out or later (`isVerified`; only goes up). */
export function isVerifiedDay(fact: DayFact): boolean {
  return isVerified(fact.record);
}

/** A recorded day without a verified location; a 补卡 day neither has nor owes one, so is not one. */
export function isUnverifiedDay(fact: DayFact): boolean {
  return !isVerified(fact.record) && !isCorrected(fact.record);
}

/** A day the clinic head confirmed (a 补卡 day owes no confirmation, so is never one). */
export function isConfirmedDay(fact: DayFact): boolean {
  return confirmationOf(fact.record) === 'CONFIRMED';
}

/** A day the clinic head disputed. */
export function isDisputedDay(fact: DayFact): boolean {
  return confirmationOf(fact.record) === 'DISPUTED';
}

/** A day still awaiting the clinic head (`owesConfirmation`: neither confirmed nor disputed, not 补卡). */
export function isPendingDay(fact: DayFact): boolean {
  return owesConfirmation(fact.record);
}

/** A day made by an approved correction (补卡): complete, owing neither confirmation nor a chased log. */
export function isCorrectedDay(fact: DayFact): boolean {
  return isCorrected(fact.record);
}

/**
 * A day counted toward the program's monthly minimum at its clinic (`countsTowardMinimum`): the clinic
 * head confirmed it, or an approved correction made it. A day awaiting confirmation is not counted yet.
 */
export function isCountedDay(fact: DayFact): boolean {
  return countsTowardMinimum(fact.record);
}

/** A past day whose missing work log is chased (`owesWorkLog`; a 补卡 day is complete as approved). */
export function owesWorkLogDay(fact: DayFact & Pick<ServiceDayFact, 'hasLog'>, today: string): boolean {
  return owesWorkLog({ ...fact.record, hasLog: fact.hasLog }, today);
}

// ── The fold.

/** The service-day figures over a set of days. */
export type WorkloadFigures = Record<DayFigureId, number>;

/** Figures of no days at all. */
export function emptyFigures(): WorkloadFigures {
  return Object.fromEntries(DAY_FIGURE_IDS.map((id) => [id, 0])) as WorkloadFigures;
}

/** Folds facts into figures. */
export function sumFigures(facts: readonly ServiceDayFact[]): WorkloadFigures {
  const figures = emptyFigures();
  const physicians = new Set<number>();
  const clinics = new Set<number>();
  for (const fact of facts) {
    physicians.add(fact.physicianId);
    clinics.add(fact.institutionId);
    figures.serviceDays += 1;
    if (isVerifiedDay(fact)) figures.verifiedDays += 1;
    if (fact.evidence === 'DEVICE') figures.deviceVerifiedDays += 1;
    else if (fact.evidence === 'LOCATION_MESSAGE') figures.locationMessageDays += 1;
    if (isUnverifiedDay(fact)) figures.unverifiedDays += 1;
    if (isConfirmedDay(fact)) figures.confirmedDays += 1;
    if (isDisputedDay(fact)) figures.disputedDays += 1;
    if (isPendingDay(fact)) figures.pendingDays += 1;
    if (isCorrectedDay(fact)) figures.correctedDays += 1;
    if (fact.hasLog) figures.loggedDays += 1;
    for (const metric of WORK_LOG_METRICS) figures[metric] += fact.values[metric];
  }
  figures.remoteServices = remoteServicesOf(figures);
  figures.physiciansServed = physicians.size;
  figures.clinicsServed = clinics.size;
  return figures;
}

/** A rate shown with what it divides: `numerator / denominator`. */
export interface Rate {
  numerator: number;
  denominator: number;
}

/** The survey's figures (see {@link SURVEY_FIGURE_IDS}). */
export interface SurveyFigures {
  surveyCalls: number;
  surveyAnswered: number;
  surveySatisfied: number;
  answerRate: Rate;
  satisfactionRate: Rate;
}

/** Folds the latest result of each called sampled day (one per day) into the survey's figures. */
export function sumSurveyFigures(latestResults: readonly string[]): SurveyFigures {
  const surveyCalls = latestResults.length;
  const surveyAnswered = latestResults.filter(isAnsweredCall).length;
  const surveySatisfied = latestResults.filter((result) => isAnsweredCall(result) && isSatisfiedCall(result)).length;
  return {
    surveyCalls,
    surveyAnswered,
    surveySatisfied,
    answerRate: { numerator: surveyAnswered, denominator: surveyCalls },
    satisfactionRate: { numerator: surveySatisfied, denominator: surveyAnswered },
  };
}

/** A rate in words: `92%（46/50）`, or `—（0/0）` when nothing divides. */
export function rateText(rate: Rate): string {
  const percent = rate.denominator === 0 ? '—' : `${Math.round((100 * rate.numerator) / rate.denominator)}%`;
  return `${percent}（${rate.numerator}/${rate.denominator}）`;
}

/** The assignment figures: what the assignments of a period count. */
export interface AssignmentFigures {
  physiciansAssigned: number;
  personTimes: number;
}

/** Folds the active assignments of a period into figures. */
export function assignmentFigures(assignments: readonly { physicianId: number }[]): AssignmentFigures {
  return {
    physiciansAssigned: new Set(assignments.map((assignment) => assignment.physicianId)).size,
    personTimes: assignments.length,
  };
}

/** An assignment as the monthly minimum sees it: who, where, in which program, until when. */
export interface MinimumAssignment {
  programId: number;
  physicianId: number;
  institutionId: number;
  endDate: string;
  minServiceDaysPerMonth: number;
}

/** One physician–clinic pair of a month against the minimum (two assignments there are one pair). */
export interface MinimumStanding<A extends MinimumAssignment> {
  /** The pair's assignments in the month, first one first. */
  assignments: [A, ...A[]];
  served: number;
  required: number;
  /** The last day the pair can still serve in the month: the month's end or the last assignment's end. */
  deadline: string;
}

/**
 * The monthly minimum of a month (`last` is its last day): every assigned physician–clinic pair with the
 * days there that count toward it (`isCountedDay`). `minimumMet` is the pairs with served ≥ required.
 */
export function minimumStandings<A extends MinimumAssignment>(
  assignments: readonly A[],
  facts: readonly ServiceDayFact[],
  last: string,
): MinimumStanding<A>[] {
  const keyOf = (row: { programId: number; physicianId: number; institutionId: number }) =>
    `${row.programId}:${row.physicianId}:${row.institutionId}`;
  const served = new Map<string, number>();
  for (const fact of facts.filter(isCountedDay)) served.set(keyOf(fact), (served.get(keyOf(fact)) ?? 0) + 1);
  const pairs = new Map<string, [A, ...A[]]>();
  for (const assignment of assignments) {
    const group = pairs.get(keyOf(assignment));
    if (group) group.push(assignment);
    else pairs.set(keyOf(assignment), [assignment]);
  }
  return [...pairs.entries()].map(([key, group]) => {
    const lastEnd = group.reduce((end, a) => (a.endDate > end ? a.endDate : end), group[0].endDate);
    return {
      assignments: group,
      served: served.get(key) ?? 0,
      required: group[0].minServiceDaysPerMonth,
      deadline: lastEnd < last ? lastEnd : last,
    };
  });
}

/** The pairs meeting the minimum, out of all. */
export function minimumMet(standings: readonly MinimumStanding<MinimumAssignment>[]): { met: number; pairs: number } {
  return { met: standings.filter((s) => s.served >= s.required).length, pairs: standings.length };
}

/** One group of a breakdown: its key, a display label and its figures. */
export interface FigureGroup<K> {
  key: K;
  label: string;
  figures: WorkloadFigures;
}

/**
 * Folds facts into groups by a key (a hospital, a sub-region, a physician …), largest by service days
 * first, then by label. Facts whose key is undefined are left out.
 */
export function groupFigures<K>(
  facts: readonly ServiceDayFact[],
  keyOf: (fact: ServiceDayFact) => { key: K; label: string } | undefined,
): FigureGroup<K>[] {
  const groups = new Map<K, { label: string; facts: ServiceDayFact[] }>();
  for (const fact of facts) {
    const group = keyOf(fact);
    if (group === undefined) continue;
    const entry = groups.get(group.key) ?? { label: group.label, facts: [] };
    entry.facts.push(fact);
    groups.set(group.key, entry);
  }
  return [...groups.entries()]
    .map(([key, entry]) => ({ key, label: entry.label, figures: sumFigures(entry.facts) }))
    .sort((a, b) => b.figures.serviceDays - a.figures.serviceDays || a.label.localeCompare(b.label, 'zh-CN'));
}

/** 远程医疗服务合计: THE sum of the three remote kinds, of a day's log values or of folded figures. */
export function remoteServicesOf(values: Partial<Record<(typeof REMOTE_KINDS)[number], number>>): number {
  return REMOTE_KINDS.reduce((sum, kind) => sum + (values[kind] ?? 0), 0);
}
