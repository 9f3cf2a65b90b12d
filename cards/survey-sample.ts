import type { Card, CardElement } from '../src/core/card.js';
import { t } from '../src/core/card-text.js';
import type { Locale } from '../src/i18n/locale.js';
import type { SurveyItemView } from '../src/survey/survey-view.js';

/** Rows a survey table shows per page. */
const PAGE_SIZE = 10;

/** The sampled days as a table: 序号, date, clinic, physician, and optionally the answers so far. */
export function surveyItemsTable(locale: Locale, items: readonly SurveyItemView[], withAnswers: boolean): CardElement {
  const answers = withAnswers
    ? [
        { key: 'contact', label: t(locale, 'survey.column.contact') },
        { key: 'result', label: t(locale, 'survey.column.result') },
      ]
    : [];
  return {
    kind: 'table',
    pageSize: PAGE_SIZE,
    columns: [
      { key: 'position', label: t(locale, 'survey.column.position'), align: 'right' },
      { key: 'date', label: t(locale, 'survey.column.date') },
      { key: 'clinic', label: t(locale, 'survey.column.clinic') },
      { key: 'physician', label: t(locale, 'survey.column.physician') },
      ...answers,
    ],
    rows: items.map((item) => ({
      position: item.position,
      date: item.date,
      clinic: item.clinic,
      physician: item.physician,
      contact: item.contact,
      result: item.result,
    })),
  };
}

/** What a draw did, for the bureau that drew it. */
export interface SurveyDraw {
  year: string;
  seed: string;
  frame: number;
  strata: number;
  clinicsAsked: number;
  /** Sampled clinics nobody can answer for (no clinic head with an account). */
  clinicsWithoutHead: readonly string[];
  items: readonly SurveyItemView[];
}

/**
 * `/满意度 抽样`: the drawn days (序号, date, clinic, physician), how they were drawn, which clinics were
 * asked and which must be called offline, and the seed that redraws it from the audit log.
 */
export function surveySampleCard(locale: Locale, draw: SurveyDraw): Card {
  const withoutHead: CardElement[] =
    draw.clinicsWithoutHead.length === 0
      ? []
      : [
          {
            kind: 'markdown',
            text: t(locale, 'survey.noHead', {
              clinics: draw.clinicsWithoutHead.length,
              names: draw.clinicsWithoutHead.join('、'),
            }),
          },
        ];
  return {
    title: t(locale, 'survey.drawTitle', { year: draw.year }),
    tone: 'blue',
    elements: [
      {
        kind: 'markdown',
        text: t(locale, 'survey.drawn', {
          strata: draw.strata,
          frame: draw.frame,
          count: draw.items.length,
          clinics: draw.clinicsAsked,
        }),
      },
      ...withoutHead,
      surveyItemsTable(locale, draw.items, false),
      { kind: 'note', text: t(locale, 'survey.seedNote', { seed: draw.seed }) },
    ],
  };
}
