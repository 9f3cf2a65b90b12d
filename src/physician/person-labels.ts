import type { PhysicianView } from '../../cards/person-fields.js';
import type { PersonWithHome } from '../db/queries/people.js';
import type { Title } from '../generated/sqlite/client.js';
import { term, type Locale } from '../i18n/locale.js';
import type { Term } from '../i18n/glossary.js';

/** The glossary word of each title (职称). */
const TITLE_TERMS: Record<Title, Term> = {
  RESIDENT: 'resident',
  ATTENDING: 'attending',
  ASSOCIATE_CHIEF: 'associateChief',
  CHIEF: 'chief',
};

/** A physician's title in words; undefined when not recorded. */
export function titleLabel(locale: Locale, title: Title | null): string | undefined {
  return title === null ? undefined : term(locale, TITLE_TERMS[title]);
}

/** A physician as cards about them show them: name, title, specialty, home hospital. */
export function physicianView(locale: Locale, person: PersonWithHome): PhysicianView {
  return {
    name: person.name,
    title: titleLabel(locale, person.title),
    specialty: person.specialty ?? undefined,
    home: person.homeInstitution?.name,
  };
}
