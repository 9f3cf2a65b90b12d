import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { joinMarkdown, t } from '../src/core/card-text.js';

/** One assigned clinic where the month's minimum is not met yet. */
export interface ClinicShortfall {
  clinic: string;
  /** Days counted toward the minimum (confirmed by the clinic head, or 补卡). */
  served: number;
  /** Days checked in and still awaiting the clinic head's confirmation: counted once confirmed. */
  pending: number;
  required: number;
}

/** What the monthly-minimum nudge shows. */
export interface MonthlyMinimumView {
  /** `YYYY-MM`. */
  month: string;
  /** Working days left in the month, today included. */
  daysLeft: number;
  /** Clinics below the minimum; a physician has a few at most. */
  shortfalls: ClinicShortfall[];
}

/** The nudge naming each assigned clinic below the program's monthly minimum: days counted / required. */
export function monthlyMinimumCard(locale: Locale, view: MonthlyMinimumView): Card {
  const lines = view.shortfalls.map((s) =>
    t(locale, s.pending > 0 ? 'scheduler.reminder.monthlyLinePending' : 'scheduler.reminder.monthlyLine', { ...s }),
  );
  return {
    title: t(locale, 'scheduler.reminder.monthlyTitle'),
    subtitle: view.month,
    tone: 'orange',
    elements: [
      {
        kind: 'markdown',
        text: joinMarkdown(
          [t(locale, 'scheduler.reminder.monthlyIntro', { month: view.month, daysLeft: view.daysLeft }), ...lines],
          '\n',
        ),
      },
      { kind: 'note', text: t(locale, 'scheduler.reminder.monthlyHint') },
    ],
  };
}
