import type { Card } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { escapeCardMarkdown, t } from '../src/core/card-text.js';

/**
 * What a pressed confirmation card turns into: the saved log's echo, or "cancelled", without buttons so
 * it cannot be pressed again.
 */
export function worklogOutcomeCard(locale: Locale, outcome: { saved: true; echo: string } | { saved: false }): Card {
  return outcome.saved
    ? {
        title: t(locale, 'physician.worklog.savedTitle'),
        tone: 'green',
        elements: [{ kind: 'markdown', text: escapeCardMarkdown(outcome.echo) }],
      }
    : {
        title: t(locale, 'physician.worklog.cancelledTitle'),
        tone: 'grey',
        elements: [{ kind: 'markdown', text: t(locale, 'physician.worklog.cancelled') }],
      };
}
