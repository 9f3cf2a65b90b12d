import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';
import { fieldsBlock, physicianFields, type PhysicianView } from './person-fields.js';

/** What an assignment notice says. */
export interface AssignmentNoticeView {
  event: 'created' | 'cancelled';
  physician: PhysicianView;
  clinic: string;
  address: string;
  program: string;
  startDate: string;
  endDate: string;
  /** Planned visit dates, ascending. */
  plannedDates: string[];
}

/** Planned dates listed in full; more are summarized, so a year-long plan stays a small card. */
const LISTED_DATES = 40;

function plannedDatesText(locale: Locale, dates: readonly string[]): string {
  if (dates.length === 0) return t(locale, 'physician.oversight.none');
  const listed = dates.slice(0, LISTED_DATES).join('、');
  return dates.length > LISTED_DATES
    ? `${listed} ${t(locale, 'physician.oversight.notice.moreDates', { count: dates.length })}`
    : listed;
}

/**
 * The notice of an assignment made or cancelled. The physician's version says where and when to go
 * (clinic, address, period, planned dates); the clinic head's says who is coming (name, title,
 * specialty, home hospital) and when.
 */
export function assignmentNoticeCard(
  locale: Locale,
  view: AssignmentNoticeView,
  reader: 'physician' | 'clinicHead',
): Card {
  const created = view.event === 'created';
  const intro = t(
    locale,
    `physician.oversight.notice.${reader === 'physician' ? 'physician' : 'head'}${created ? 'Created' : 'Cancelled'}`,
    { clinic: view.clinic, physician: view.physician.name },
  );
  const who = reader === 'clinicHead' ? physicianFields(locale, view.physician) : [];
  const where =
    reader === 'physician'
      ? [
          { label: t(locale, 'physician.oversight.field.clinic'), value: view.clinic },
          {
            label: t(locale, 'physician.oversight.field.address'),
            value: view.address || t(locale, 'physician.oversight.none'),
          },
        ]
      : [];
  return {
    title: t(locale, `physician.oversight.notice.${created ? 'createdTitle' : 'cancelledTitle'}`),
    subtitle: `${view.clinic} · ${view.startDate}`,
    tone: created ? 'blue' : 'grey',
    elements: [
      { kind: 'markdown', text: intro },
      fieldsBlock([
        ...who,
        ...where,
        { label: t(locale, 'physician.oversight.field.program'), value: view.program },
        {
          label: t(locale, 'physician.oversight.field.period'),
          value: t(locale, 'physician.oversight.period', { from: view.startDate, to: view.endDate }),
        },
        {
          label: t(locale, 'physician.oversight.field.plannedDates'),
          value: plannedDatesText(locale, view.plannedDates),
        },
      ]),
    ],
  };
}
