import { term, type Locale } from '../i18n/locale.js';
import { STATE_TERMS, type SpotCheckState } from '../records/service-day-state.js';

/** A day's spot-check part in the glossary's words (已抽查 / 抽查不符), or '' when it was never checked. */
export function spotCheckWord(locale: Locale, state: SpotCheckState): string {
  return state === 'NONE' ? '' : term(locale, STATE_TERMS.spotCheck[state]);
}
