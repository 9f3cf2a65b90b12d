import type { Card, CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { joinMarkdown, t, type Markdown } from '../src/core/card-text.js';

/** Days of one place (a clinic, or a physician at a clinic), as `MM-DD`s in the text. */
export interface ReminderDays {
  place: string;
  /** Local dates `YYYY-MM-DD`, oldest first. */
  dates: string[];
}

/** A day whose work-log form a button opens (`worklog.open`, the form for that day). */
export interface LogButton {
  serviceDayId: number;
  /** Local date `YYYY-MM-DD`. */
  date: string;
  clinic: string;
}

/** Most log buttons on one reminder; the text lists every day anyway. */
const MAX_LOG_BUTTONS = 10;

/** A clinic where the physician is below the monthly minimum, with its deadline and the days left to it. */
export interface ReminderShortfall {
  clinic: string;
  /** Days counted toward the minimum. */
  served: number;
  /** Days awaiting the clinic head: served for the at-risk reminder, not for the missed minimum. */
  pending: number;
  required: number;
  deadline: string;
  daysLeft: number;
}

/** What a 催办 reminder names, by reason: exactly the things still open for this person. */
export type OverdueReminderView = { month: string; by: string | null } & (
  | { reason: 'reports'; reports: { hospital: string; period: string; dueDate: string; daysLate: number }[] }
  | { reason: 'minimum' | 'atRisk'; shortfalls: ReminderShortfall[] }
  | { reason: 'worklogs'; days: ReminderDays[]; open?: LogButton[] }
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
      ...logButtons(locale, view),
      ...(view.by ? [{ kind: 'note' as const, text: t(locale, 'coordinator.reminder.from', { by: view.by }) }] : []),
    ],
  };
}

/** One button per day without a log (a few at most), each opening the form for that day. */
function logButtons(locale: Locale, view: OverdueReminderView): CardElement[] {
  if (view.reason !== 'worklogs' || !view.open || view.open.length === 0) return [];
  const clinics = new Set(view.open.map((d) => d.clinic)).size;
  const buttons = view.open.slice(0, MAX_LOG_BUTTONS).map((d) => ({
    text: t(locale, clinics > 1 ? 'coordinator.reminder.logButtonAt' : 'coordinator.reminder.logButton', {
      date: d.date.slice(5),
      clinic: d.clinic,
    }),
    action: 'worklog.open',
    value: { serviceDayId: d.serviceDayId },
  }));
  return [{ kind: 'actions', buttons }];
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
        t(locale, 'coordinator.reminder.minimum'),
        ...view.shortfalls.map((s) => t(locale, 'coordinator.reminder.minimumLine', { ...s })),
      ];
    case 'atRisk':
      return [
        t(locale, 'coordinator.reminder.atRisk'),
        ...view.shortfalls.map((s) =>
          t(locale, s.pending > 0 ? 'coordinator.reminder.atRiskLinePending' : 'coordinator.reminder.atRiskLine', {
            ...s,
            served: s.served + s.pending,
          }),
        ),
      ];
    case 'worklogs':
      return [t(locale, 'coordinator.reminder.worklogs'), ...view.days.map(daysLine)];
    case 'confirms':
      return [t(locale, 'coordinator.reminder.confirms', { days: view.afterDays }), ...view.days.map(daysLine)];
  }
}
