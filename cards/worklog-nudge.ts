import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';

/** The checked-in day without a work log. */
export interface WorkLogNudgeView {
  serviceDayId: number;
  clinic: string;
  /** Local date `YYYY-MM-DD`. */
  date: string;
}

/** The evening nudge to log the day's work, with the button opening the work-log form (`worklog.open`). */
export function workLogNudgeCard(locale: Locale, view: WorkLogNudgeView): Card {
  return {
    title: t(locale, 'scheduler.reminder.workLogTitle'),
    subtitle: `${view.clinic} · ${view.date}`,
    tone: 'orange',
    elements: [
      {
        kind: 'markdown',
        text: t(locale, 'scheduler.reminder.workLogIntro', { clinic: view.clinic, date: view.date }),
      },
      {
        kind: 'actions',
        buttons: [
          {
            text: t(locale, 'physician.attendance.workLogButton'),
            action: 'worklog.open',
            value: { serviceDayId: view.serviceDayId },
            style: 'primary',
          },
        ],
      },
    ],
  };
}
