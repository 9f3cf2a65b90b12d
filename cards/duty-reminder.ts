import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';
import { fieldsBlock } from './person-fields.js';

/** What a duty reminder shows: the planned visit. */
export interface DutyReminderView {
  assignmentId: number;
  clinic: string;
  address: string;
  /** The planned local date `YYYY-MM-DD`. */
  date: string;
  /** The check-in page for this physician (a signed link valid through the day), when the service mints one. */
  pageUrl?: string;
}

/**
 * Which reminder: the evening before the visit, the morning of it, or the midday nudge when there is
 * still no check-in (short: the visit and the button only).
 */
export type DutyReminderMoment = 'tomorrow' | 'today' | 'noCheckIn';

const TITLE_KEYS: Record<DutyReminderMoment, string> = {
  tomorrow: 'scheduler.reminder.tomorrowTitle',
  today: 'scheduler.reminder.todayTitle',
  noCheckIn: 'scheduler.reminder.noCheckInTitle',
};

const INTRO_KEYS: Record<DutyReminderMoment, string> = {
  tomorrow: 'scheduler.reminder.tomorrowIntro',
  today: 'scheduler.reminder.todayIntro',
  noCheckIn: 'scheduler.reminder.noCheckInIntro',
};

/**
 * The reminder of a planned visit to the physician: clinic, address and date, and on the day itself the
 * check-in page's button (定位签到: the phone's position, 设备定位核验) next to the plain check-in button
 * carrying the assignment id (the `checkin` action, 未核验); the evening card tells how to check in on
 * arrival instead.
 */
export function dutyReminderCard(locale: Locale, view: DutyReminderView, moment: DutyReminderMoment): Card {
  const none = t(locale, 'physician.oversight.none');
  const intro = t(locale, INTRO_KEYS[moment], { clinic: view.clinic, date: view.date });
  const details =
    moment === 'noCheckIn'
      ? []
      : [
          fieldsBlock([
            { label: t(locale, 'physician.oversight.field.clinic'), value: view.clinic },
            { label: t(locale, 'physician.oversight.field.address'), value: view.address || none },
            { label: t(locale, 'scheduler.reminder.fieldDate'), value: view.date },
          ]),
        ];
  return {
    title: t(locale, TITLE_KEYS[moment]),
    subtitle: `${view.clinic} · ${view.date}`,
    tone: moment === 'noCheckIn' ? 'orange' : 'blue',
    elements: [
      { kind: 'markdown', text: intro },
      ...details,
      // The evening card has no button: pressed the evening before, it would record a check-in for that
      // evening. The morning and noon cards carry it.
      ...(moment === 'tomorrow'
        ? [{ kind: 'note' as const, text: t(locale, 'scheduler.reminder.arriveFirst') }]
        : [
            ...(view.pageUrl
              ? [
                  {
                    kind: 'links' as const,
                    buttons: [
                      { text: t(locale, 'checkinPage.buttonOpenIn'), url: view.pageUrl, style: 'primary' as const },
                    ],
                  },
                ]
              : []),
            {
              kind: 'actions' as const,
              buttons: [
                {
                  text: t(locale, 'scheduler.reminder.checkInButton'),
                  action: 'checkin',
                  value: { assignmentId: view.assignmentId },
                  style: view.pageUrl ? ('default' as const) : ('primary' as const),
                },
              ],
            },
          ]),
    ],
  };
}
