import type { Card, CardElement } from '../src/core/card.js';
import {
  AT_RISK_SLACK_DAYS,
  groupItems,
  OVERDUE_REASONS,
  UNCONFIRMED_AFTER_DAYS,
  type DayItem,
  type MinimumItem,
  type OverdueLists,
  type OverdueReason,
} from '../src/coordinator/overdue-lists.js';
import { OVERDUE_REMIND_ACTION } from '../src/coordinator/overdue-request.js';
import type { Locale } from '../src/i18n/locale.js';
import { evidenceWord } from '../src/physician/evidence.js';
import { t, type Markdown } from '../src/core/card-text.js';

/**
 * What the tables may take together, in bytes of their rows as JSON, so the card stays under Feishu's
 * 30 KB limit. Short lists are shown whole and the rest shared among the long ones; rows left out are
 * named in a note, and the counts and the 催办 still cover them.
 */
const OVERDUE_TABLE_BYTES = 18_000;
/** Dates a row lists before `…` (each with its evidence word). */
const DATES_SHOWN = 4;
const PAGE_SIZE = 10;

/** What the overdue card shows. */
export interface OverdueCardView {
  /** The scope as named (`漳平市`, `福建省立医院`). */
  scopeLabel: string;
  /** The program's name when the query named one. */
  program: string | null;
  lists: OverdueLists;
  /** What each 催办 button carries besides its `reason` (see coordinator/overdue-request.ts). */
  remind: Record<string, string>;
  /** How many people each list's button reaches now (not yet reminded today). */
  reach: Record<OverdueReason, number>;
}

type Table = Extract<CardElement, { kind: 'table' }>;

/** The card's lists: those with a 催办 button, then the follow-ups of failed spot checks (no button). */
const SECTIONS = [...OVERDUE_REASONS, 'spotChecks'] as const;
type Section = (typeof SECTIONS)[number];

/** The title of one list, as the card and the coordinator's receipt name it. */
export function overdueListTitle(locale: Locale, reason: Section): string {
  return t(locale, `coordinator.overdue.${reason}.title`, { days: UNCONFIRMED_AFTER_DAYS });
}

/**
 * `/逾期`: the overdue lists (a deadline passed) and the at-risk list, each with items/total, a paged
 * table and its button, whose count is the number of people it reaches; last the open follow-ups of
 * failed spot checks (抽查不符, still 有异议), without a button.
 */
export function overdueCard(locale: Locale, view: OverdueCardView): Card {
  const { lists } = view;
  const header: CardElement[] = view.program
    ? [{ kind: 'note', text: t(locale, 'coordinator.overdue.program', { program: view.program }) }]
    : [];
  const tables = SECTIONS.map((reason) => tableOf(locale, lists, reason));
  const budgets = shareBudget(tables.map((table) => table.rows.map(rowBytes)));
  const sections = SECTIONS.map((reason, i) => section(locale, view, reason, tables[i], budgets[i] ?? 0));
  return {
    title: t(locale, 'coordinator.overdue.title'),
    subtitle: t(locale, 'coordinator.overdue.subtitle', {
      scope: view.scopeLabel,
      month: lists.month,
      today: lists.today,
    }),
    tone: SECTIONS.some((reason) => lists[reason].items.length > 0) ? 'orange' : 'green',
    elements: [
      ...header,
      ...sections.flatMap((elements, i) => (i === 0 ? elements : [{ kind: 'divider' as const }, ...elements])),
    ],
  };
}

function section(
  locale: Locale,
  view: OverdueCardView,
  reason: Section,
  table: Table | undefined,
  budget: number,
): CardElement[] {
  const list = view.lists[reason];
  const title = overdueListTitle(locale, reason);
  const count: CardElement = {
    kind: 'markdown',
    text: t(locale, 'coordinator.overdue.count', { title, overdue: list.items.length, total: list.total }),
  };
  const note: CardElement = { kind: 'note', text: denominatorNote(locale, reason) };
  if (!table || list.items.length === 0) {
    return [count, note, { kind: 'note', text: t(locale, 'coordinator.overdue.none') }];
  }
  const shown = withinBudget(table.rows, budget);
  const more: CardElement[] =
    shown.length < table.rows.length
      ? [
          {
            kind: 'note',
            text: t(locale, 'coordinator.overdue.more', { shown: shown.length, rows: table.rows.length }),
          },
        ]
      : [];
  if (reason === 'spotChecks') return [count, note, { ...table, rows: shown }, ...more];
  const reach = view.reach[reason];
  const button: CardElement =
    reach === 0
      ? { kind: 'note', text: t(locale, 'coordinator.overdue.remindedToday') }
      : {
          kind: 'actions',
          buttons: [
            {
              text: t(locale, reason === 'atRisk' ? 'coordinator.overdue.atRiskButton' : 'coordinator.overdue.button', {
                count: reach,
              }),
              action: OVERDUE_REMIND_ACTION,
              value: { reason, ...view.remind },
              style: reason === 'atRisk' ? 'default' : 'primary',
              confirm: {
                title: t(locale, 'coordinator.overdue.confirmTitle'),
                text: t(locale, 'coordinator.overdue.confirmText', { title, count: reach }),
              },
            },
          ],
        };
  return [count, note, { ...table, rows: shown }, ...more, button];
}

function denominatorNote(locale: Locale, reason: Section): Markdown {
  return t(locale, `coordinator.overdue.${reason}.note`, { days: UNCONFIRMED_AFTER_DAYS, slack: AT_RISK_SLACK_DAYS });
}

function tableOf(locale: Locale, lists: OverdueLists, reason: Section): Table {
  const column = (key: string, align?: 'right') => ({
    key,
    label: t(locale, `coordinator.overdue.col.${key}`),
    ...(align ? { align } : {}),
  });
  const table = (columns: Table['columns'], rows: Table['rows']): Table => ({
    kind: 'table',
    columns,
    rows,
    pageSize: PAGE_SIZE,
  });
  switch (reason) {
    case 'reports':
      return table(
        [column('hospital'), column('period'), column('dueDate'), column('daysLate', 'right')],
        lists.reports.items.map(({ hospital, period, dueDate, daysLate }) => ({ hospital, period, dueDate, daysLate })),
      );
    case 'minimum':
      return table(
        [column('physician'), column('hospital'), column('clinic'), column('served', 'right'), column('deadline')],
        lists.minimum.items.map((i) => ({
          physician: i.physician,
          hospital: i.hospital,
          clinic: i.clinic,
          served: t(locale, 'coordinator.overdue.servedOf', { served: i.served, required: i.required }),
          deadline: i.deadline,
        })),
      );
    case 'atRisk':
      return table(
        [
          column('physician'),
          column('clinic'),
          column('served', 'right'),
          column('daysLeft', 'right'),
          column('planned', 'right'),
        ],
        lists.atRisk.items.map((i) => ({
          physician: i.physician,
          clinic: i.clinic,
          served: atRiskServed(locale, i),
          daysLeft: i.daysLeft,
          planned: i.planned,
        })),
      );
    case 'worklogs':
    case 'spotChecks':
      return table(
        [column('physician'), column('clinic'), column('days', 'right'), column('dates')],
        groupItems(lists[reason].items, (d) => `${d.physicianId}:${d.clinicId}`).map((days) => ({
          physician: days[0].physician,
          clinic: days[0].clinic,
          ...daysAndDates(locale, days),
        })),
      );
    case 'confirms':
      return table(
        [column('clinic'), column('days', 'right'), column('dates')],
        groupItems(lists.confirms.items, (d) => d.clinicId).map((days) => ({
          clinic: days[0].clinic,
          ...daysAndDates(locale, days),
        })),
      );
  }
}

function rowBytes(row: Table['rows'][number]): number {
  return Buffer.byteLength(JSON.stringify(row), 'utf8');
}

/** Splits {@link OVERDUE_TABLE_BYTES} among tables: the smallest first get all they need, the rest share equally. */
function shareBudget(rowSizes: number[][]): number[] {
  const needs = rowSizes.map((sizes) => sizes.reduce((sum, size) => sum + size, 0));
  const budgets = needs.map(() => 0);
  let left = OVERDUE_TABLE_BYTES;
  const order = needs.map((need, i) => ({ need, i })).sort((a, b) => a.need - b.need);
  order.forEach(({ need, i }, position) => {
    const share = Math.min(need, Math.floor(left / (order.length - position)));
    budgets[i] = share;
    left -= share;
  });
  return budgets;
}

/** The first rows that fit a byte budget. */
function withinBudget(rows: Table['rows'], budget: number): Table['rows'] {
  let used = 0;
  const shown: Table['rows'] = [];
  for (const row of rows) {
    used += rowBytes(row);
    if (used > budget) break;
    shown.push(row);
  }
  return shown;
}

/** How many days and which (`MM-DD（位置消息）`: each date with its evidence strength, distinct, the first few). */
function daysAndDates(locale: Locale, days: readonly DayItem[]): { days: number; dates: string } {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const texts = sorted.map((d) =>
    t(locale, 'coordinator.overdue.dateEvidence', {
      date: d.date.slice(5),
      evidence: evidenceWord(locale, d.evidence),
    }),
  );
  const dates = [...new Set(texts)];
  const shown = dates.slice(0, DATES_SHOWN).join(' ');
  return { days: days.length, dates: dates.length > DATES_SHOWN ? `${shown} …` : shown };
}

/**
 * An at-risk pair's days: counted and awaiting confirmation together (the forecast counts both as served),
 * saying how many of them still wait for the clinic head.
 */
function atRiskServed(locale: Locale, item: Pick<MinimumItem, 'served' | 'pending' | 'required'>): string {
  const served = item.served + item.pending;
  return item.pending > 0
    ? t(locale, 'coordinator.overdue.servedOfPending', { served, required: item.required, pending: item.pending })
    : t(locale, 'coordinator.overdue.servedOf', { served, required: item.required });
}
