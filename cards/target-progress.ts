import type { Card, CardElement } from '../src/core/card.js';
import { periodText } from '../src/coordinator/figure-period.js';
import { metricLabel } from '../src/coordinator/target-actuals.js';
import type { ProgramProgress, ShareRow, TargetRow } from '../src/coordinator/target-progress.js';
import type { Locale } from '../src/i18n/locale.js';
import { escapeCardMarkdown, t } from '../src/core/card-text.js';
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

const BEHIND = new Set(['BEHIND', 'STALLED', 'UNREACHABLE']);

/** `/进度`: per program, its targets with pace and forecast, then the actuals by child region. */
export function targetProgressCard(locale: Locale, view: TargetProgressCardView): Card {
  const title = t(locale, 'coordinator.progress.title');
  const subtitle = t(locale, 'coordinator.views.subtitle', { scope: view.scopeLabel, month: view.today });
  if (view.programs.length === 0) {
    const none = t(locale, 'coordinator.progress.none', { scope: view.scopeLabel, month: view.today.slice(0, 7) });
    return { title, subtitle, tone: 'grey', elements: [{ kind: 'markdown', text: none }] };
  }
  const behind = view.programs.some((program) =>
    program.targets.some((target) => target.pace !== null && BEHIND.has(target.pace.status)),
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
 * Each program's elements while the card's tables last ({@link MAX_TABLES_PER_CARD}: up to three a program: targets, shares, breakdown); a
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
  const period: CardElement = { kind: 'note', text: escapeCardMarkdown(periodText(locale, program.period)) };
  const omitted: CardElement = {
    kind: 'note',
    text: t(locale, 'coordinator.progress.tablesOmitted', { program: program.name }),
  };
  const shown: CardElement[] = [];
  let left = tablesLeft;
  for (const part of [targetElements, shareElements, breakdownElements].map((of) => of(locale, program))) {
    const tables = part.filter((element) => element.kind === 'table').length;
    if (tables > left) return [{ kind: 'divider' }, heading, period, ...shown, omitted];
    shown.push(...part);
    left -= tables;
  }
  return [{ kind: 'divider' }, heading, period, ...shown];
}

/** The level's own targets with pace and forecast (the program's at its own level). */
function targetElements(locale: Locale, program: ProgramProgress): CardElement[] {
  if (program.level === 'none') {
    return [{ kind: 'markdown', text: t(locale, 'coordinator.progress.noOwnTargets') }];
  }
  const label = (key: string) => t(locale, `coordinator.progress.${key}`);
  const right = (key: string) => ({ key, label: label(key), align: 'right' as const });
  const heading: CardElement = {
    kind: 'markdown',
    text: label(program.level === 'program' ? 'programTargets' : 'ownTargets'),
  };
  return [
    heading,
    ...limitedTable(
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
    ),
  ];
}

/** Metrics the level has no target for: its actual and its share of the nearest target above. */
function shareElements(locale: Locale, program: ProgramProgress): CardElement[] {
  if (program.shares.length === 0) return [];
  const label = (key: string) => t(locale, `coordinator.progress.${key}`);
  const right = (key: string) => ({ key, label: label(key), align: 'right' as const });
  return [
    { kind: 'markdown', text: label('sharesHeading') },
    ...limitedTable(
      locale,
      {
        kind: 'table',
        columns: [
          { key: 'metric', label: label('metricColumn') },
          right('actual'),
          { key: 'parent', label: label('parent') },
          right('share'),
        ],
        rows: program.shares.map((row) => shareCells(locale, row)),
        pageSize: VIEW_PAGE_SIZE,
      },
      TARGET_ROW_LIMIT,
    ),
  ];
}

function shareCells(locale: Locale, row: ShareRow): Record<string, string | number> {
  const parent = row.parentName ?? t(locale, 'coordinator.progress.programLevel');
  return {
    metric: metricLabel(locale, row.metric),
    actual: row.actual ?? '—',
    parent: t(locale, 'coordinator.progress.parentTarget', { parent, target: row.parentTarget, due: row.dueDate }),
    share:
      row.actual === null || row.parentTarget === 0 ? '—' : `${Math.floor((row.actual * 100) / row.parentTarget)}%`,
  };
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
        label: metricLabel(locale, metric),
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
  const metric = metricLabel(locale, row.metric);
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
    case 'TOO_EARLY':
      return t(locale, 'coordinator.progress.tooEarly');
    case 'UNREACHABLE':
      return t(locale, 'coordinator.progress.unreachable');
    case 'ON_TRACK':
      return pace.forecastDate ?? '';
    case 'BEHIND':
      return t(locale, 'coordinator.progress.late', { date: pace.forecastDate ?? '' });
  }
}
