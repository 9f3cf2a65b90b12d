import type { Card, CardElement } from '../src/core/card.js';
import { t } from '../src/core/card-text.js';
import type { Locale } from '../src/i18n/locale.js';
import type { SurveyItemView } from '../src/survey/survey-view.js';

/** The form on which the bureau records one call (`survey.call`), with the day's earlier results above it. */
function callForm(locale: Locale, item: SurveyItemView): CardElement[] {
  const history: CardElement[] =
    item.records === 0
      ? []
      : [
          {
            kind: 'note',
            text: t(locale, 'survey.form.history', {
              position: item.position,
              history: [...item.history, item.result].join('；'),
            }),
          },
        ];
  return [
    ...history,
    {
      kind: 'form',
      name: `survey-call-${item.itemId}`,
      inputs: [
        {
          name: 'result',
          label: t(locale, 'survey.form.result', {
            position: item.position,
            date: item.date,
            clinic: item.clinic,
            contact: item.contact,
          }),
          placeholder: t(locale, 'survey.form.resultHint'),
          required: true,
        },
        { name: 'note', label: t(locale, 'survey.form.note') },
      ],
      submit: {
        text: t(locale, 'survey.form.submit'),
        action: 'survey.call',
        value: { itemId: item.itemId },
        style: 'primary',
      },
      typed: t(locale, 'survey.form.typed', { position: item.position }),
    },
  ];
}

/**
 * `/满意度 记录 [序号]`: a form per sampled day to call (or the one named, to correct it: a correction is
 * appended, the latest counts), with what was recorded before.
 */
export function surveyCallsCard(
  locale: Locale,
  page: { year: string; toCall: number; items: readonly SurveyItemView[]; intro: boolean },
): Card {
  const intro: CardElement[] = page.intro
    ? [
        {
          kind: 'markdown',
          text:
            page.toCall === 0
              ? t(locale, 'survey.formsNone')
              : t(locale, 'survey.formsIntro', { count: page.toCall, shown: page.items.length }),
        },
      ]
    : [];
  return {
    title: t(locale, 'survey.formsTitle', { year: page.year }),
    tone: 'blue',
    elements: [...intro, ...page.items.flatMap((item) => callForm(locale, item))],
  };
}

/** The answer to recording a call: the day, its latest result and note (escaped), which record it is. */
export function surveyCallRecordedCard(locale: Locale, item: SurveyItemView): Card {
  return {
    title: t(locale, item.records > 1 ? 'survey.call.correctedTitle' : 'survey.call.title'),
    subtitle: item.date,
    tone: 'green',
    elements: [
      {
        kind: 'markdown',
        text: t(locale, 'survey.call.line', {
          position: item.position,
          date: item.date,
          clinic: item.clinic,
          result: item.result,
          note: item.note === '' ? '—' : item.note,
        }),
      },
      { kind: 'note', text: t(locale, 'survey.call.revisionNote', { revision: item.records }) },
    ],
  };
}
