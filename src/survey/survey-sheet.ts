import type ExcelJS from 'exceljs';
import { figureDefinition, figureLabel, rateText } from '../coordinator/workload-figures.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import { writeFormSheet } from '../table-writer/official-form.js';
import type { SurveyView } from './survey-view.js';

/** A survey as an export shows it: the sample's view and the scope it covers. */
export interface SurveySheet {
  view: SurveyView;
  scopeLabel: string;
}

/**
 * The 满意度调查 sheet of the year-end export: the scope, the draw (date and seed), progress and the two
 * rates with numerators and denominators under the catalogue's labels, then one row per sampled day
 * (序号, date, clinic, physician, the clinic head's answer, the latest result and note, how many results
 * were recorded); the footer gives the catalogue's definitions. No resident's name or phone: none is stored.
 */
export function writeSurveySheet(ws: ExcelJS.Worksheet, locale: Locale, sheet: SurveySheet): void {
  const { view } = sheet;
  const rate = (id: 'answerRate' | 'satisfactionRate') => `${figureLabel(locale, id)} ${rateText(view.figures[id])}`;
  writeFormSheet(ws, {
    title: t(locale, 'survey.sheet.title', { year: view.year }),
    block: [
      t(locale, 'survey.sheet.scope', { scope: sheet.scopeLabel }),
      t(locale, 'survey.sheet.drawn', { date: view.drawnOn, seed: view.seed }),
      `${t(locale, 'survey.progress')} ${t(locale, 'survey.progressValue', { calls: view.figures.surveyCalls, size: view.size })}`,
      `${rate('answerRate')}，${rate('satisfactionRate')}`,
    ],
    serialHeader: t(locale, 'survey.column.position'),
    columns: [
      { header: t(locale, 'survey.column.date'), width: 12 },
      { header: t(locale, 'survey.column.clinic'), width: 22 },
      { header: t(locale, 'survey.column.physician'), width: 10 },
      { header: t(locale, 'survey.column.contact'), width: 12 },
      { header: t(locale, 'survey.column.result'), width: 10 },
      { header: t(locale, 'survey.column.note'), width: 30 },
      { header: t(locale, 'survey.column.records'), width: 8, numeric: true },
    ],
    rows: view.items.map((item) => [
      item.date,
      item.clinic,
      item.physician,
      item.contact,
      item.result,
      item.note,
      item.records,
    ]),
    footer: t(locale, 'survey.sheet.footer', {
      definitions: `${figureDefinition(locale, 'answerRate')}；${figureDefinition(locale, 'satisfactionRate')}`,
    }),
  });
}
