import type { Card, CardElement } from '../src/core/card.js';
import { t } from '../src/core/card-text.js';
import type { Locale } from '../src/i18n/locale.js';

/** A sampled day of one clinic, as its head is asked about it. */
export interface ContactRequestDay {
  itemId: number;
  date: string;
  physician: string;
}

/**
 * To a sampled clinic's head: the survey drew these days; give one resident's contact from each day's
 * register to the bureau offline, then press 已提供联系方式 or 当日无登记 (`survey.contact`). The card asks
 * for nothing to be typed, so no resident's data ever reaches the bot.
 */
export function surveyContactRequestCard(
  locale: Locale,
  request: { region: string; clinic: string; days: readonly ContactRequestDay[] },
): Card {
  const perDay = request.days.flatMap((day): CardElement[] => [
    { kind: 'markdown', text: t(locale, 'survey.request.day', { date: day.date, physician: day.physician }) },
    {
      kind: 'actions',
      buttons: [
        {
          text: t(locale, 'survey.request.provided', { date: day.date }),
          action: 'survey.contact',
          value: { itemId: day.itemId, reply: 'PROVIDED' },
          style: 'primary',
        },
        {
          text: t(locale, 'survey.request.noRegister', { date: day.date }),
          action: 'survey.contact',
          value: { itemId: day.itemId, reply: 'NO_REGISTER' },
        },
      ],
    },
  ]);
  return {
    title: t(locale, 'survey.request.title'),
    subtitle: request.clinic,
    tone: 'blue',
    elements: [{ kind: 'markdown', text: t(locale, 'survey.request.body', { region: request.region }) }, ...perDay],
  };
}
