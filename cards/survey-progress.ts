import type { Card, CardElement } from '../src/core/card.js';
import { joinMarkdown, t } from '../src/core/card-text.js';
import { figureDefinition, figureLabel, rateText } from '../src/coordinator/workload-figures.js';
import type { Locale } from '../src/i18n/locale.js';
import type { SurveyView } from '../src/survey/survey-view.js';
import { surveyItemsTable } from './survey-sample.js';

/** The clinics still to answer the contact request, each with its dates. */
function outstanding(locale: Locale, view: SurveyView): CardElement {
  const waiting = view.items.filter((item) => item.contactReply === null);
  if (waiting.length === 0) return { kind: 'markdown', text: t(locale, 'survey.outstandingNone') };
  const byClinic = new Map<string, string[]>();
  for (const item of waiting) {
    const dates = byClinic.get(item.clinic) ?? [];
    dates.push(item.date);
    byClinic.set(item.clinic, dates);
  }
  const lines = [...byClinic].map(([clinic, dates]) =>
    t(locale, 'survey.outstandingLine', { clinic, dates: dates.join('、') }),
  );
  return {
    kind: 'markdown',
    text: joinMarkdown([t(locale, 'survey.outstandingTitle', { count: waiting.length }), ...lines], '\n'),
  };
}

/**
 * `/满意度 [年份]`: progress (calls made of the sample), the rates with their numerators and denominators
 * under the catalogue's labels, the clinic heads' answers, those still outstanding, and every sampled day.
 */
export function surveyProgressCard(locale: Locale, view: SurveyView): Card {
  const { figures, counts } = view;
  const provided = view.items.filter((item) => item.contactReply === 'PROVIDED').length;
  const answered = view.items.filter((item) => item.contactReply !== null).length;
  return {
    title: t(locale, 'survey.progressTitle', { year: view.year }),
    subtitle: t(locale, 'survey.progressValue', { calls: figures.surveyCalls, size: view.size }),
    tone: 'blue',
    elements: [
      {
        kind: 'fields',
        fields: [
          {
            label: t(locale, 'survey.progress'),
            value: t(locale, 'survey.progressValue', { calls: figures.surveyCalls, size: view.size }),
          },
          { label: figureLabel(locale, 'answerRate'), value: rateText(figures.answerRate) },
          { label: figureLabel(locale, 'satisfactionRate'), value: rateText(figures.satisfactionRate) },
          {
            label: t(locale, 'survey.results'),
            value: t(locale, 'survey.resultsValue', {
              satisfied: counts.SATISFIED,
              fairly: counts.FAIRLY_SATISFIED,
              dissatisfied: counts.DISSATISFIED,
              noAnswer: counts.NO_ANSWER,
            }),
          },
          {
            label: t(locale, 'survey.contacts'),
            value: t(locale, 'survey.contactsValue', {
              provided,
              noRegister: answered - provided,
              outstanding: view.size - answered,
            }),
          },
        ],
      },
      outstanding(locale, view),
      surveyItemsTable(locale, view.items, true),
      {
        kind: 'note',
        text: t(locale, 'survey.progressNote', {
          answerRate: figureDefinition(locale, 'answerRate'),
          satisfactionRate: figureDefinition(locale, 'satisfactionRate'),
        }),
      },
    ],
  };
}
