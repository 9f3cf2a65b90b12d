import type { Locale } from '../i18n/locale.js';
import type { Actor } from './context.js';

/**
 * The language to speak to an actor in. Today the service default (`BOT_LOCALE`); a person's own
 * preference, when the model has one, is decided here and nowhere else.
 */
export function localeOf(defaultLocale: Locale, _actor: Actor): Locale {
  return defaultLocale;
}
