import type { CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t, trustedMarkdown, type Markdown } from '../src/core/card-text.js';

/** A physician as the cards about them show them. */
export interface PhysicianView {
  name: string;
  title?: string | undefined;
  specialty?: string | undefined;
  /** Home (supporting) hospital. */
  home?: string | undefined;
}

type Field = { label: string; value: string };

/** The physician's name, title, specialty and home hospital, each with its label ("—" when unknown). */
export function physicianFields(locale: Locale, physician: PhysicianView): Field[] {
  const none = t(locale, 'physician.oversight.none');
  return [
    { label: t(locale, 'physician.oversight.field.physician'), value: physician.name },
    { label: t(locale, 'physician.oversight.field.title'), value: physician.title ?? none },
    { label: t(locale, 'physician.oversight.field.specialty'), value: physician.specialty ?? none },
    { label: t(locale, 'physician.oversight.field.home'), value: physician.home ?? none },
  ];
}

/** One decision on a card: its status line, with the note when there is one. */
export function decisionLine(locale: Locale, key: string, d: { by: string; at: string; note: string }): Markdown {
  const note = d.note ? t(locale, 'physician.oversight.confirm.decisionNote', { note: d.note }) : '';
  return trustedMarkdown(`${t(locale, key, { by: d.by, at: d.at })}${note}`);
}

/** A fields block. */
export function fieldsBlock(fields: Field[]): CardElement {
  return { kind: 'fields', fields };
}
