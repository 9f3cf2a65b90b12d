import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';
import type { LadderLevel } from '../src/scheduler/ladder-settings.js';

/**
 * Who a ladder notice is for: the responsible hospital before the due date (`DUE_SOON`), an escalation
 * level after it, or the people concerned by a program milestone.
 */
export type LadderNoticeLevel = 'DUE_SOON' | LadderLevel | 'MILESTONE';

/** One line of a ladder notice: what a unit still owes. */
export interface LadderItemView {
  /** The hospital that owes it (the program, for a milestone). */
  unit: string;
  /** What is owed, e.g. `2026-11 工作量月报`. */
  item: string;
  state: 'PENDING' | 'DRAFTED' | 'MILESTONE';
}

/** What a ladder notice shows. */
export interface DeadlineLadderView {
  level: LadderNoticeLevel;
  /** The hospital, the bureau's region, or the program the notice is about. */
  scope: string;
  /** Local date `YYYY-MM-DD`. */
  dueDate: string;
  /** Days left until the due date (before it) or days overdue (after it). */
  days: number;
  /** Only what is still missing; never empty when sent. */
  items: LadderItemView[];
}

/** Rows shown at most: a city bureau's list stays readable and the card far under 30 KB. */
export const LADDER_MAX_ROWS = 40;

/** The wording group of a level: every bureau level reads the same. */
function wording(level: LadderNoticeLevel): 'DUE_SOON' | 'HOSPITAL' | 'REGION' | 'MILESTONE' {
  return level === 'COUNTY' || level === 'CITY' || level === 'PROVINCE' ? 'REGION' : level;
}

/** The ladder notice: one builder for every level, `level` choosing the wording and the tone. */
export function deadlineLadderCard(locale: Locale, view: DeadlineLadderView): Card {
  const words = wording(view.level);
  const shown = view.items.slice(0, LADDER_MAX_ROWS);
  const hidden = view.items.length - shown.length;
  const overdue = words === 'HOSPITAL' || words === 'REGION';
  return {
    title: t(locale, `scheduler.ladder.title.${words}`),
    subtitle: `${view.scope} · ${view.dueDate}`,
    tone: overdue ? 'red' : 'orange',
    elements: [
      {
        kind: 'markdown',
        text: t(locale, `scheduler.ladder.intro.${words}`, {
          scope: view.scope,
          dueDate: view.dueDate,
          days: view.days,
        }),
      },
      {
        kind: 'table',
        columns: [
          { key: 'unit', label: t(locale, 'scheduler.ladder.column.unit') },
          { key: 'item', label: t(locale, 'scheduler.ladder.column.item') },
          { key: 'state', label: t(locale, 'scheduler.ladder.column.state') },
        ],
        rows: shown.map((row) => ({ ...row, state: t(locale, `scheduler.ladder.state.${row.state}`) })),
        pageSize: 10,
      },
      ...(hidden > 0 ? [{ kind: 'note' as const, text: t(locale, 'scheduler.ladder.more', { count: hidden }) }] : []),
      { kind: 'note', text: t(locale, `scheduler.ladder.hint.${words}`) },
    ],
  };
}
