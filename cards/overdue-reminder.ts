import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { joinMarkdown, t, type Markdown } from '../src/core/card-text.js';

/** Days of one place (a clinic, or a physician at a clinic), as `MM-DD`s in the text. */
export interface ReminderDays {
  place: string;
  /** Local dates `YYYY-MM-DD`, oldest first. */
  dates: string[];
}

/** What a 催办 reminder names, by reason: exactly the things still open for this person. */
export type OverdueReminderView = { month: string; by: string | null } & (
  | { reason: 'reports'; reports: { hospital: string; period: string; dueDate: string; daysLate: number }[] }
  | { reason: 'minimum'; daysLeft: number; shortfalls: { clinic: string; served: number; required: number }[] }
  | { reason: 'worklogs'; days: ReminderDays[] }
  | { reason: 'confirms'; afterDays: number; days: ReminderDays[] }
);

/** The reminder a coordinator's 催办 sends to one person. */
export function overdueReminderCard(locale: Locale, view: OverdueReminderView): Card {
  return {
    title: t(locale, 'coordinator.reminder.title'),
    subtitle: view.month,
    tone: 'orange',
    elements: [
      { kind: 'markdown', text: joinMarkdown(reminderLines(locale, view), '\n') },
      ...(view.by ? [{ kind: 'note' as const, text: t(locale, 'coordinator.reminder.from', { by: view.by }) }] : []),
    ],
  };
}

function reminderLines(locale: Locale, view: OverdueReminderView): Markdown[] {
  const daysLine = (d: ReminderDays) =>
    t(locale, 'coordinator.reminder.datesLine', { place: d.place, dates: d.dates.map((x) => x.slice(5)).join(' ') });
  switch (view.reason) {
    case 'reports':
      return [
        t(locale, 'coordinator.reminder.reports'),
        ...view.reports.map((r) => t(locale, 'coordinator.reminder.reportLine', { ...r })),
      ];
    case 'minimum':
      return [
        t(locale, 'coordinator.reminder.minimum', { daysLeft: view.daysLeft }),
        ...view.shortfalls.map((s) => t(locale, 'coordinator.reminder.minimumLine', { ...s })),
      ];
    case 'worklogs':
      return [t(locale, 'coordinator.reminder.worklogs'), ...view.days.map(daysLine)];
    case 'confirms':
      return [t(locale, 'coordinator.reminder.confirms', { days: view.afterDays }), ...view.days.map(daysLine)];
  }
}
