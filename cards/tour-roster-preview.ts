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

/** The files a tour takes in chat: the roster (annex 2, from a coordinator) and the plan (from the leader). */
export type TourFileKind = 'roster' | 'plan';

/** Per kind: the card's title and the action its confirm button presses. */
const KINDS: Record<TourFileKind, { title: string; action: string }> = {
  roster: { title: 'tours.roster.cardTitle', action: 'tours.roster.confirm' },
  plan: { title: 'tours.planFile.cardTitle', action: 'tours.plan.confirm' },
};

/** The dry run of a roster (annex 2) sent in chat, with 确认导入 when no row is bad. */
export function tourRosterPreviewCard(locale: Locale, view: RosterPreviewView): Card {
  return tourFilePreviewCard(locale, 'roster', view);
}

/** The dry run of a tour file sent in chat (a roster or a plan), with 确认导入 when no row is bad. */
export function tourFilePreviewCard(locale: Locale, kind: TourFileKind, view: RosterPreviewView): Card {
  const ready = view.stagedImportId !== undefined;
  const closing = view.outcome ?? plain(locale, ready ? 'tours.roster.ready' : 'tours.roster.problemsClosing');
  return {
    title: t(locale, KINDS[kind].title),
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
                  action: KINDS[kind].action,
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
