import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';
import type { PhysicianView } from './person-fields.js';

/** What the clinic head's notice of tomorrow's visitors shows. */
export interface VisitNoticeView {
  clinic: string;
  /** The visit's local date `YYYY-MM-DD`. */
  date: string;
  /** The physicians planned that day, in the order to show. */
  physicians: PhysicianView[];
}

/** Physicians listed in full; a clinic never gets this many in a day, but the card must stay small. */
const LISTED = 50;

/**
 * The notice to a clinic head of who comes tomorrow: one table row per physician with name, title,
 * specialty and home hospital.
 */
export function visitNoticeCard(locale: Locale, view: VisitNoticeView): Card {
  const none = t(locale, 'physician.oversight.none');
  const listed = view.physicians.slice(0, LISTED);
  const more = view.physicians.length - listed.length;
  return {
    title: t(locale, 'scheduler.reminder.visitNoticeTitle'),
    subtitle: `${view.clinic} · ${view.date}`,
    tone: 'blue',
    elements: [
      {
        kind: 'markdown',
        text: t(locale, 'scheduler.reminder.visitNoticeIntro', {
          clinic: view.clinic,
          date: view.date,
          count: view.physicians.length,
        }),
      },
      {
        kind: 'table',
        columns: [
          { key: 'name', label: t(locale, 'physician.oversight.field.physician') },
          { key: 'title', label: t(locale, 'physician.oversight.field.title') },
          { key: 'specialty', label: t(locale, 'physician.oversight.field.specialty') },
          { key: 'home', label: t(locale, 'physician.oversight.field.home') },
        ],
        rows: listed.map((p) => ({
          name: p.name,
          title: p.title ?? none,
          specialty: p.specialty ?? none,
          home: p.home ?? none,
        })),
      },
      ...(more > 0
        ? [{ kind: 'note' as const, text: t(locale, 'scheduler.reminder.visitNoticeMore', { count: more }) }]
        : []),
    ],
  };
}
