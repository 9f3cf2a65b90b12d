import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/i18n/messages/index.js';

/** Days of one place (a clinic, or a physician at a clinic), as `MM-DD`s in the text. */
export interface ReminderDays {
  place: string;
  /** Local dates `YYYY-MM-DD`, oldest first. */
  dates: string[];
}

/** A clinic where the physician is below the monthly minimum, with its deadline and the days left to it. */
export interface ReminderShortfall {
  clinic: string;
  served: number;
  required: number;
  deadline: string;
  daysLeft: number;
}

/** What a 催办 reminder names, by reason: exactly the things still open for this person. */
export type OverdueReminderView = { month: string; by: string | null } & (
  | { reason: 'reports'; reports: { hospital: string; period: string; dueDate: string; daysLate: number }[] }
  | { reason: 'minimum' | 'atRisk'; shortfalls: ReminderShortfall[] }
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
      { kind: 'markdown', text: reminderLines(locale, view).join('\n') },
      ...(view.by ? [{ kind: 'note' as const, text: t(locale, 'coordinator.reminder.from', { by: view.by }) }] : []),
    ],
  };
}

function reminderLines(locale: Locale, view: OverdueReminderView): string[] {
  const daysLine = (d: ReminderDays) =>
    t(locale, 'coordinator.reminder.datesLine', { place: d.place, dates: d.dates.map((x) => x.slice(5)).join(' ') });
  switch (view.reason) {
    case 'reports':
      return [
        t(locale, 'coordinator.reminder.reports'),
        ...view.reports.map((r) => t(locale, 'coordinator.reminder.reportLine', { ...r })),
      ];
    case 'minimum':
    case 'atRisk':
      return [
        t(locale, `coordinator.reminder.${view.reason}`),
        ...view.shortfalls.map((s) => t(locale, `coordinator.reminder.${view.reason}Line`, { ...s })),
      ];
    case 'worklogs':
      return [t(locale, 'coordinator.reminder.worklogs'), ...view.days.map(daysLine)];
    case 'confirms':
      return [t(locale, 'coordinator.reminder.confirms', { days: view.afterDays }), ...view.days.map(daysLine)];
  }
}
