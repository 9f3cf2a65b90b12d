import { ROLE_TERMS } from '../identity/role-words.js';
import { term, type Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import type { Audience } from './context.js';

/** One audience in words: a role's glossary name, "everyone" or "registered users". */
export function audienceName(locale: Locale, who: Audience): string {
  if (who === 'ANYONE') return t(locale, 'core.audienceAnyone');
  if (who === 'REGISTERED') return t(locale, 'core.audienceRegistered');
  return term(locale, ROLE_TERMS[who]);
}

/** A whole audience in words, e.g. `医务科联络员、卫健部门联络员`. */
export function describeAudience(locale: Locale, audience: readonly Audience[]): string {
  return audience.map((who) => audienceName(locale, who)).join(t(locale, 'core.audienceSeparator'));
}
