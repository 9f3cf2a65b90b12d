import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';

/** How close an item is to its due date. */
export type DeadlineLevel = 'overdue' | 'today' | 'tomorrow' | 'soon';

/** One line of the notice: a report owed by an institution, or a program milestone (no owner). */
export interface DeadlineItem {
  title: string;
  owner?: string;
  dueDate: string;
  level: DeadlineLevel;
}

/** What a coordinator group's deadline notice shows. */
export interface DeadlineGroupNoticeView {
  /** The subscription's scope by name. */
  scope: string;
  today: string;
  items: DeadlineItem[];
}

/** Items listed in full; the rest is counted (Feishu's 30 KB). */
const LISTED = 60;

/** The notice to a coordinator group: what is due within 3 days or overdue, as one table. */
export function deadlineGroupNoticeCard(locale: Locale, view: DeadlineGroupNoticeView): Card {
  const listed = view.items.slice(0, LISTED);
  const more = view.items.length - listed.length;
  const anyOverdue = view.items.some((item) => item.level === 'overdue');
  return {
    title: t(locale, 'scheduler.broadcast.deadline.title'),
    subtitle: `${view.scope} · ${view.today}`,
    tone: anyOverdue ? 'red' : 'orange',
    elements: [
      {
        kind: 'markdown',
        text: t(locale, 'scheduler.broadcast.deadline.intro', { scope: view.scope, today: view.today }),
      },
      {
        kind: 'table',
        columns: [
          { key: 'title', label: t(locale, 'scheduler.broadcast.deadline.item') },
          { key: 'owner', label: t(locale, 'scheduler.broadcast.deadline.owner') },
          { key: 'due', label: t(locale, 'scheduler.broadcast.deadline.due') },
          { key: 'state', label: t(locale, 'scheduler.broadcast.deadline.state') },
        ],
        rows: listed.map((item) => ({
          title: item.title,
          owner: item.owner ?? t(locale, 'physician.oversight.none'),
          due: item.dueDate,
          state: t(locale, `scheduler.broadcast.deadline.level.${item.level}`),
        })),
      },
      ...(more > 0
        ? [{ kind: 'note' as const, text: t(locale, 'scheduler.broadcast.deadline.more', { count: more }) }]
        : []),
    ],
  };
}
