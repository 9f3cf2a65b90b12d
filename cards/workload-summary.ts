import type { Card, CardButton, CardElement } from '../src/core/card.js';
import type { BreakdownKind, SummaryBreakdown, SummaryGroup } from '../src/coordinator/summary-breakdown.js';
import { summaryButtonValue, type SummaryState } from '../src/coordinator/summary-state.js';
import { periodText, type FigurePeriod } from '../src/coordinator/figure-period.js';
import {
  DAY_COUNT_FIGURE_IDS,
  figureLabel,
  type AssignmentFigures,
  type DayFigureId,
  type WorkloadFigures,
} from '../src/coordinator/workload-figures.js';
import { WORK_LOG_METRICS, type WorkLogMetric } from '../src/domain/work-log.js';
import type { Locale } from '../src/i18n/locale.js';
import { evidenceWord, type EvidenceStrength } from '../src/physician/evidence.js';
import type { SpotCheckState } from '../src/records/service-day-state.js';
import { spotCheckWord } from '../src/spot-check/spot-check-word.js';
import { escapeCardMarkdown, t } from '../src/core/card-text.js';

/** What the workload summary card shows: totals of a scope and month, and one breakdown of them. */
export interface WorkloadSummaryView {
  /** The scope as named in the header (`漳平市`, `漳平市 · 漳平市医院`). */
  scopeLabel: string;
  /** `YYYY-MM`. */
  month: string;
  programName?: string;
  /** What the figures count: the month, up to today while it runs. */
  period: FigurePeriod;
  totals: WorkloadFigures;
  /** The figures of the active assignments overlapping the month. */
  assignments: AssignmentFigures;
  /** Physician–clinic pairs assigned in the month meeting the monthly minimum, out of all. */
  minimum: { met: number; pairs: number };
  breakdown: SummaryBreakdown;
  /**
   * Each service day with its evidence strength, when the breakdown is by physician (the drill-down to a
   * hospital's or a clinic's physicians): the card lists the days of the physicians on the page shown.
   */
  days?: readonly SummaryDay[];
  /** The breakdown page asked for (1-based); out-of-range pages show the nearest one. */
  page: number;
  /** What the card's buttons carry. */
  state: SummaryState;
}

/** One service day of the drill-down to physicians. */
export interface SummaryDay {
  /** The physician's group key in the breakdown (their id): two physicians may share a name. */
  physicianKey: string;
  physician: string;
  /** `YYYY-MM-DD`. */
  date: string;
  clinic: string;
  evidence: EvidenceStrength;
  /** 已抽查 / 抽查不符, blank when never spot-checked. */
  spotCheck: SpotCheckState;
}

/** Day rows the drill-down lists at most (the card stays far under Feishu's 30 KB). */
export const SUMMARY_DAY_ROWS = 40;

/** Breakdown rows per page (also the most Feishu tables show at once). */
export const SUMMARY_PAGE_SIZE = 10;
/** Bars in the chart of the largest groups. */
const CHART_BARS = 10;
/** The figures the program documents set targets for: shown even when zero. */
const HEADLINE_METRICS: readonly WorkLogMetric[] = [
  'patients',
  'specialPopulation',
  'homeVisits',
  'lectures',
  'training',
  'remoteConsultations',
  'remoteImaging',
  'remoteEcg',
];

const HEADING_KEYS: Record<BreakdownKind, string> = {
  region: 'coordinator.summary.byRegion',
  hospital: 'coordinator.summary.byHospital',
  physician: 'coordinator.summary.byPhysician',
};
const GROUP_COLUMN_KEYS: Record<BreakdownKind, string> = {
  region: 'coordinator.summary.column.region',
  hospital: 'coordinator.summary.column.hospital',
  physician: 'coordinator.summary.column.physician',
};

/** The workload summary card (`/汇总`): totals, the breakdown page, a chart of the largest groups, buttons. */
export function workloadSummaryCard(locale: Locale, view: WorkloadSummaryView): Card {
  const { totals } = view;
  const subtitleParams = { scope: view.scopeLabel, month: view.month, program: view.programName ?? '' };
  const body: CardElement[] =
    totals.serviceDays === 0
      ? [{ kind: 'note', text: t(locale, 'coordinator.summary.empty', { month: view.month }) }]
      : [
          { kind: 'divider' },
          ...breakdownElements(locale, view),
          { kind: 'note', text: t(locale, 'coordinator.summary.provenance', { days: totals.serviceDays }) },
        ];
  const back = backButton(locale, view.state);
  return {
    title: t(locale, 'coordinator.summary.title'),
    subtitle: t(
      locale,
      view.programName === undefined ? 'coordinator.summary.subtitle' : 'coordinator.summary.subtitleProgram',
      subtitleParams,
    ),
    tone: 'blue',
    elements: [
      { kind: 'note', text: escapeCardMarkdown(periodText(locale, view.period)) },
      { kind: 'fields', fields: headlineFields(locale, view) },
      { kind: 'markdown', text: t(locale, 'coordinator.summary.workload') },
      { kind: 'fields', fields: metricFields(locale, totals) },
      ...body,
      ...(back ? [{ kind: 'actions', buttons: [back] } satisfies CardElement] : []),
    ],
  };
}

function headlineFields(locale: Locale, view: WorkloadSummaryView): { label: string; value: string }[] {
  const { totals, minimum } = view;
  return [
    { label: figureLabel(locale, 'physiciansAssigned'), value: String(view.assignments.physiciansAssigned) },
    ...DAY_COUNT_FIGURE_IDS.map((id) => ({ label: figureLabel(locale, id), value: String(totals[id]) })),
    { label: figureLabel(locale, 'minimumMet'), value: `${minimum.met}/${minimum.pairs}` },
  ];
}

function metricFields(locale: Locale, totals: WorkloadFigures): { label: string; value: string }[] {
  return WORK_LOG_METRICS.filter((metric) => HEADLINE_METRICS.includes(metric) || totals[metric] > 0).map((metric) => ({
    label: figureLabel(locale, metric),
    value: String(totals[metric]),
  }));
}

/** The page of the breakdown table, the chart, and the drill-down and paging buttons. */
function breakdownElements(locale: Locale, view: WorkloadSummaryView): CardElement[] {
  const { kind, groups } = view.breakdown;
  const pages = Math.max(1, Math.ceil(groups.length / SUMMARY_PAGE_SIZE));
  const page = Math.min(Math.max(1, view.page), pages);
  const rows = groups.slice((page - 1) * SUMMARY_PAGE_SIZE, page * SUMMARY_PAGE_SIZE);
  const drills = drillButtons(locale, view.state, rows);
  const paging = pagingButtons(locale, view.state, page, pages);
  return [
    { kind: 'markdown', text: t(locale, HEADING_KEYS[kind], { page, pages, count: groups.length }) },
    breakdownTable(locale, kind, rows),
    ...(kind === 'physician' && view.days ? dayElements(locale, view.days, rows) : []),
    ...(groups.length > 1 ? [chart(locale, groups)] : []),
    ...(drills.length > 0 ? [{ kind: 'actions', buttons: drills } satisfies CardElement] : []),
    ...(paging.length > 0 ? [{ kind: 'actions', buttons: paging } satisfies CardElement] : []),
  ];
}

/** The figures of each breakdown row, under their catalogue labels. */
const ROW_FIGURES: readonly DayFigureId[] = ['serviceDays', 'verifiedDays', 'confirmedDays', 'patients'];

function breakdownTable(locale: Locale, kind: BreakdownKind, rows: readonly SummaryGroup[]): CardElement {
  // One physician per row needs no physician count.
  const ids: DayFigureId[] = kind === 'physician' ? [...ROW_FIGURES] : ['physiciansServed', ...ROW_FIGURES];
  return {
    kind: 'table',
    columns: [
      { key: 'group', label: t(locale, GROUP_COLUMN_KEYS[kind]) },
      ...ids.map((id) => ({ key: id, label: figureLabel(locale, id), align: 'right' as const })),
    ],
    rows: rows.map(({ label, figures }) => ({
      group: label,
      ...Object.fromEntries(ids.map((id) => [id, figures[id]])),
    })),
    pageSize: SUMMARY_PAGE_SIZE,
  };
}

/** The days of the physicians on the page, each with its evidence strength and spot check in the catalogue's words. */
function dayElements(locale: Locale, days: readonly SummaryDay[], rows: readonly SummaryGroup[]): CardElement[] {
  const order = new Map(rows.map((row, i) => [row.key, i]));
  const listed = days
    .filter((day) => order.has(day.physicianKey))
    .sort(
      (a, b) => (order.get(a.physicianKey) ?? 0) - (order.get(b.physicianKey) ?? 0) || a.date.localeCompare(b.date),
    );
  if (listed.length === 0) return [];
  const shown = listed.slice(0, SUMMARY_DAY_ROWS);
  const column = (key: string) => ({ key, label: t(locale, `coordinator.summary.dayColumn.${key}`) });
  return [
    { kind: 'markdown', text: t(locale, 'coordinator.summary.daysHeading', { count: listed.length }) },
    {
      kind: 'table',
      columns: [column('physician'), column('date'), column('clinic'), column('evidence'), column('spotCheck')],
      rows: shown.map((day) => ({
        physician: day.physician,
        date: day.date,
        clinic: day.clinic,
        evidence: evidenceWord(locale, day.evidence),
        spotCheck: spotCheckWord(locale, day.spotCheck),
      })),
      pageSize: SUMMARY_PAGE_SIZE,
    },
    ...(shown.length < listed.length
      ? [
          {
            kind: 'note' as const,
            text: t(locale, 'coordinator.summary.daysMore', { shown: shown.length, count: listed.length }),
          },
        ]
      : []),
  ];
}

function chart(locale: Locale, groups: readonly SummaryGroup[]): CardElement {
  const bars = groups.slice(0, CHART_BARS).map((group) => ({ label: group.label, value: group.figures.serviceDays }));
  return {
    kind: 'barChart',
    title: t(locale, 'coordinator.summary.chartTitle', { count: bars.length }),
    bars,
    valueLabel: t(locale, 'coordinator.summary.chartValue'),
  };
}

function drillButtons(locale: Locale, state: SummaryState, rows: readonly SummaryGroup[]): CardButton[] {
  return rows.flatMap(({ drill }) =>
    drill === undefined
      ? []
      : [
          {
            text: t(locale, 'coordinator.summary.drill', { name: drill }),
            action: 'summary.drill',
            value: summaryButtonValue({ ...state, scopes: [...state.scopes, drill] }, 1),
          },
        ],
  );
}

function pagingButtons(locale: Locale, state: SummaryState, page: number, pages: number): CardButton[] {
  const to = (key: string, target: number): CardButton => ({
    text: t(locale, key),
    action: 'summary.page',
    value: summaryButtonValue(state, target),
  });
  return [
    ...(page > 1 ? [to('coordinator.summary.previous', page - 1)] : []),
    ...(page < pages ? [to('coordinator.summary.next', page + 1)] : []),
  ];
}

/** Back up one drill-down (the last one undone); none at the top, the scope the card was opened with. */
function backButton(locale: Locale, state: SummaryState): CardButton | undefined {
  if (state.scopes.length <= (state.top ?? 0)) return undefined;
  return {
    text: t(locale, 'coordinator.summary.back'),
    action: 'summary.page',
    value: summaryButtonValue({ ...state, scopes: state.scopes.slice(0, -1) }, 1),
  };
}
