import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';

/** The action of 确认签退 on the short-day question; its value carries the service day id. */
export const CHECKOUT_SHORT_ACTION = 'checkout.short';

/** What the short-day question shows. */
export interface ShortDayView {
  serviceDayId: number;
  clinic: string;
  serviceDate: string;
  /** Local `HH:MM` of the check-in. */
  checkIn: string;
  /** Minutes between the check-in and this check-out. */
  minutes: number;
  /** The program's minimum day, in hours. */
  minHours: number;
  /** Answered: the card shows the outcome and no button. */
  decided?: boolean;
}

/**
 * Asked once before a check-out sooner than the program's minimum day is recorded: 确认签退 records it,
 * marked 时长不足; otherwise nothing is stored and the physician checks out later as usual.
 */
export function shortDayCard(locale: Locale, view: ShortDayView): Card {
  const params = {
    clinic: view.clinic,
    date: view.serviceDate,
    checkIn: view.checkIn,
    minutes: view.minutes,
    hours: view.minHours,
  };
  return {
    title: t(locale, 'physician.attendance.shortDayTitle'),
    subtitle: `${view.clinic} · ${view.serviceDate}`,
    tone: view.decided ? 'grey' : 'orange',
    elements: view.decided
      ? [{ kind: 'markdown', text: t(locale, 'physician.attendance.shortDayConfirmed', params) }]
      : [
          { kind: 'markdown', text: t(locale, 'physician.attendance.shortDayQuestion', params) },
          {
            kind: 'actions',
            buttons: [
              {
                text: t(locale, 'physician.attendance.shortDayButton'),
                action: CHECKOUT_SHORT_ACTION,
                value: { serviceDayId: view.serviceDayId },
                style: 'primary',
              },
            ],
          },
        ],
  };
}
