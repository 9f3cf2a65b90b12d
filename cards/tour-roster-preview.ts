import type { Card } from '../src/core/card.js';
import { escapeCardMarkdown, joinMarkdown, t } from '../src/core/card-text.js';
import type { Locale } from '../src/i18n/locale.js';
import { t as plain } from '../src/i18n/messages/index.js';

/** What the roster preview shows: the dry run's lines (plain text, escaped here) and the staged import. */
export interface RosterPreviewView {
  lines: string[];
  /** Present when the roster may be imported: the confirm button names it. */
  stagedImportId?: number;
  /** After the confirm: the outcome line instead of a button. */
  outcome?: string;
}

/** The dry run of a roster (annex 2) sent in chat, with 确认导入 when no row is bad. */
export function tourRosterPreviewCard(locale: Locale, view: RosterPreviewView): Card {
  const ready = view.stagedImportId !== undefined;
  const closing = view.outcome ?? plain(locale, ready ? 'tours.roster.ready' : 'tours.roster.problemsClosing');
  return {
    title: t(locale, 'tours.roster.cardTitle'),
    tone: view.outcome ? 'green' : ready ? 'blue' : 'red',
    elements: [
      { kind: 'markdown', text: joinMarkdown(view.lines.map(escapeCardMarkdown), '\n') },
      { kind: 'note', text: escapeCardMarkdown(closing) },
      ...(ready && !view.outcome
        ? [
            {
              kind: 'actions' as const,
              buttons: [
                {
                  text: plain(locale, 'tours.roster.confirm'),
                  action: 'tours.roster.confirm',
                  value: { stagedImportId: view.stagedImportId ?? 0 },
                  style: 'primary' as const,
                },
              ],
            },
          ]
        : []),
    ],
  };
}
