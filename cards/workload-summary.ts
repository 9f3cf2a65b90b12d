import type { Card, CardButton, CardElement } from '../src/core/card.js';
import type { BreakdownKind, SummaryBreakdown, SummaryGroup } from '../src/coordinator/summary-breakdown.js';
import { summaryButtonValue, type SummaryState } from '../src/coordinator/summary-state.js';
import type { WorkloadFigures } from '../src/coordinator/workload-figures.js';
import { WORK_LOG_METRICS, type WorkLogMetric } from '../src/domain/work-log.js';
import { term, type Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';

/** What the workload summary card shows: totals of a scope and month, and one breakdown of them. */
export interface WorkloadSummaryView {
  /** The scope as named in the header (`漳平市`, `漳平市 · 漳平市医院`). */
  scopeLabel: string;
  /** `YYYY-MM`. */
  month: string;
  programName?: string;
  totals: WorkloadFigures;
  /** Distinct physicians with an active assignment overlapping the month. */
  assignedPhysicians: number;
  breakdown: SummaryBreakdown;
  /** The breakdown page asked for (1-based); out-of-range pages show the nearest one. */
  page: number;
  /** What the card's buttons carry. */
  state: SummaryState;
}

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
  'remoteServices',
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
      { kind: 'fields', fields: headlineFields(locale, view) },
      { kind: 'markdown', text: t(locale, 'coordinator.summary.workload') },
      { kind: 'fields', fields: metricFields(locale, totals) },
      ...body,
      ...(back ? [{ kind: 'actions', buttons: [back] } satisfies CardElement] : []),
    ],
  };
}

function headlineFields(locale: Locale, view: WorkloadSummaryView): { label: string; value: string }[] {
  const { totals } = view;
  const field = (key: string, ...values: number[]) => ({ label: t(locale, key), value: values.join(' / ') });
  return [
    field('coordinator.summary.assigned', view.assignedPhysicians),
    field('coordinator.summary.active', totals.physicians),
    field('coordinator.summary.clinics', totals.clinics),
    field('coordinator.summary.days', totals.serviceDays),
    field('coordinator.summary.verification', totals.verified, totals.unverified),
    field(
      'coordinator.summary.evidence',
      totals.deviceVerified,
      totals.locationMessage,
      totals.serviceDays - totals.deviceVerified - totals.locationMessage,
    ),
    field('coordinator.summary.confirmation', totals.confirmed, totals.pendingConfirmation, totals.disputed),
    field('coordinator.summary.logged', totals.logged),
  ];
}

function metricFields(locale: Locale, totals: WorkloadFigures): { label: string; value: string }[] {
  return WORK_LOG_METRICS.filter((metric) => HEADLINE_METRICS.includes(metric) || totals[metric] > 0).map((metric) => ({
    label: term(locale, metric),
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
    ...(groups.length > 1 ? [chart(locale, groups)] : []),
    ...(drills.length > 0 ? [{ kind: 'actions', buttons: drills } satisfies CardElement] : []),
    ...(paging.length > 0 ? [{ kind: 'actions', buttons: paging } satisfies CardElement] : []),
  ];
}

function breakdownTable(locale: Locale, kind: BreakdownKind, rows: readonly SummaryGroup[]): CardElement {
  const column = (key: string, label: string) => ({ key, label: t(locale, label), align: 'right' as const });
  return {
    kind: 'table',
    columns: [
      { key: 'group', label: t(locale, GROUP_COLUMN_KEYS[kind]) },
      // One physician per row needs no physician count.
      ...(kind === 'physician' ? [] : [column('physicians', 'coordinator.summary.column.physicians')]),
      column('days', 'coordinator.summary.column.days'),
      column('verified', 'coordinator.summary.column.verified'),
      column('confirmed', 'coordinator.summary.column.confirmed'),
      column('patients', 'coordinator.summary.column.patients'),
    ],
    rows: rows.map(({ label, figures }) => ({
      group: label,
      physicians: figures.physicians,
      days: figures.serviceDays,
      verified: figures.verified,
      confirmed: figures.confirmed,
      patients: figures.patients,
    })),
    pageSize: SUMMARY_PAGE_SIZE,
  };
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
