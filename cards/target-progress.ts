import type { Card, CardElement } from '../src/core/card.js';
import type { ProgramProgress, TargetRow } from '../src/coordinator/target-progress.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';
import { limitedTable, MAX_TABLES_PER_CARD, VIEW_PAGE_SIZE } from './limited-table.js';

/** Targets listed per program at most. */
export const TARGET_ROW_LIMIT = 30;
/** Child regions listed per program at most (a province has fewer than 100 counties, a county its towns). */
export const BREAKDOWN_ROW_LIMIT = 60;

/** What the progress card shows. */
export interface TargetProgressCardView {
  scopeLabel: string;
  /** `YYYY-MM-DD`: the actuals count records up to this day. */
  today: string;
  programs: ProgramProgress[];
  /** True when the view counts a hospital's own physicians only. */
  ownPhysiciansOnly: boolean;
}

/** `/进度`: per program, its targets with pace and forecast, then the actuals by child region. */
export function targetProgressCard(locale: Locale, view: TargetProgressCardView): Card {
  const title = t(locale, 'coordinator.progress.title');
  const subtitle = t(locale, 'coordinator.views.subtitle', { scope: view.scopeLabel, month: view.today });
  if (view.programs.length === 0) {
    const none = t(locale, 'coordinator.progress.none', { scope: view.scopeLabel, month: view.today.slice(0, 7) });
    return { title, subtitle, tone: 'grey', elements: [{ kind: 'markdown', text: none }] };
  }
  const behind = view.programs.some((program) =>
    program.targets.some((target) => target.pace?.status === 'BEHIND' || target.pace?.status === 'STALLED'),
  );
  const notes: CardElement[] = [
    { kind: 'note', text: t(locale, 'coordinator.progress.basis', { today: view.today }) },
    ...(view.ownPhysiciansOnly
      ? [{ kind: 'note' as const, text: t(locale, 'coordinator.views.ownPhysiciansOnly') }]
      : []),
  ];
  return {
    title,
    subtitle,
    tone: behind ? 'orange' : 'green',
    elements: [...programsWithin(locale, view.programs), { kind: 'divider' }, ...notes],
  };
}

/**
 * Each program's elements while the card's tables last ({@link MAX_TABLES_PER_CARD}: two a program); a
 * program whose tables no longer fit says so and how to see it alone.
 */
function programsWithin(locale: Locale, programs: readonly ProgramProgress[]): CardElement[] {
  let tablesLeft = MAX_TABLES_PER_CARD;
  return programs.flatMap((program) => {
    const elements = programElements(locale, program, tablesLeft);
    tablesLeft -= elements.filter((element) => element.kind === 'table').length;
    return elements;
  });
}

function programElements(locale: Locale, program: ProgramProgress, tablesLeft: number): CardElement[] {
  const heading: CardElement = {
    kind: 'markdown',
    text: t(locale, 'coordinator.progress.program', {
      program: program.name,
      start: program.startDate,
      end: program.endDate,
    }),
  };
  const label = (key: string) => t(locale, `coordinator.progress.${key}`);
  const right = (key: string) => ({ key, label: label(key), align: 'right' as const });
  const targets = limitedTable(
    locale,
    {
      kind: 'table',
      columns: [
        { key: 'metric', label: label('metricColumn') },
        { key: 'due', label: label('due') },
        right('done'),
        right('percent'),
        right('remaining'),
        right('daysLeft'),
        right('needed'),
        right('pace'),
        { key: 'forecast', label: label('forecast') },
      ],
      rows: program.targets.map((target) => targetCells(locale, target)),
      pageSize: VIEW_PAGE_SIZE,
    },
    TARGET_ROW_LIMIT,
  );
  const omitted: CardElement = {
    kind: 'note',
    text: t(locale, 'coordinator.progress.tablesOmitted', { program: program.name }),
  };
  if (tablesLeft < 1) return [{ kind: 'divider' }, heading, omitted];
  const breakdown = tablesLeft >= 2 ? breakdownElements(locale, program) : program.breakdown ? [omitted] : [];
  return [{ kind: 'divider' }, heading, ...targets, ...breakdown];
}

function breakdownElements(locale: Locale, program: ProgramProgress): CardElement[] {
  const { breakdown } = program;
  if (!breakdown) return [];
  const metricKey = (index: number) => `m${index}`;
  const table = {
    kind: 'table' as const,
    columns: [
      { key: 'region', label: t(locale, 'coordinator.progress.region') },
      ...breakdown.metrics.map((metric, index) => ({
        key: metricKey(index),
        label: t(locale, `coordinator.progress.metric.${metric}`),
        align: 'right' as const,
      })),
    ],
    rows: breakdown.rows.map((row) => ({
      region: row.region,
      ...Object.fromEntries(row.values.map((value, index) => [metricKey(index), value ?? '—'])),
    })),
    pageSize: VIEW_PAGE_SIZE,
  };
  const heading: CardElement = { kind: 'markdown', text: t(locale, 'coordinator.progress.breakdown') };
  return [heading, ...limitedTable(locale, table, BREAKDOWN_ROW_LIMIT)];
}

/** Per-day rates with one decimal: small targets move by fractions of a unit a day. */
const rate = (value: number) => value.toFixed(1);

function targetCells(locale: Locale, row: TargetRow): Record<string, string | number> {
  const metricName = t(locale, `coordinator.progress.metric.${row.metric}`);
  const metric = row.regionName
    ? t(locale, 'coordinator.progress.regionTarget', { metric: metricName, region: row.regionName })
    : metricName;
  const { pace } = row;
  if (row.actual === null || pace === null) {
    const none = '—';
    return {
      metric,
      due: row.dueDate,
      done: `${none}/${row.target}`,
      percent: none,
      remaining: none,
      daysLeft: none,
      needed: none,
      pace: none,
      forecast: t(locale, 'coordinator.progress.untracked'),
    };
  }
  return {
    metric,
    due: row.dueDate,
    done: `${row.actual}/${row.target}`,
    percent: `${pace.percent}%`,
    remaining: pace.remaining,
    daysLeft: pace.daysLeft,
    needed: neededText(locale, pace),
    pace: rate(pace.currentPerDay),
    forecast: forecastText(locale, pace),
  };
}

function neededText(locale: Locale, pace: NonNullable<TargetRow['pace']>): string {
  if (pace.status === 'MET') return '—';
  return pace.neededPerDay === null ? t(locale, 'coordinator.progress.pastDue') : rate(pace.neededPerDay);
}

function forecastText(locale: Locale, pace: NonNullable<TargetRow['pace']>): string {
  switch (pace.status) {
    case 'MET':
      return t(locale, 'coordinator.progress.met');
    case 'STALLED':
      return t(locale, 'coordinator.progress.stalled');
    case 'ON_TRACK':
      return pace.forecastDate ?? '';
    case 'BEHIND':
      return t(locale, 'coordinator.progress.late', { date: pace.forecastDate ?? '' });
  }
}
