import type { Card } from '../src/core/card.js';
import { t } from '../src/core/card-text.js';
import type { Locale } from '../src/i18n/locale.js';

/** One recorded spot-check outcome, as the inspector sees it after pressing 记录. */
export interface ShownSpotCheckOutcome {
  clinic: string;
  physician: string;
  date: string;
  /** The outcome's word (在岗 …), already in the locale. */
  outcome: string;
  note: string;
  /** Failed checks are shown red: the day became 有异议 and the hospital was told. */
  failed: boolean;
  /** A second press: the first outcome stands. */
  repeated: boolean;
}

/** The answer to recording a spot-check outcome; every user-supplied part (the note) is escaped by `t`. */
export function spotCheckOutcomeCard(locale: Locale, shown: ShownSpotCheckOutcome): Card {
  return {
    title: t(locale, shown.repeated ? 'spotCheck.record.repeatedTitle' : 'spotCheck.record.title'),
    subtitle: shown.date,
    tone: shown.repeated ? 'grey' : shown.failed ? 'red' : 'green',
    elements: [
      {
        kind: 'markdown',
        text: t(locale, 'spotCheck.record.line', {
          clinic: shown.clinic,
          physician: shown.physician,
          outcome: shown.outcome,
          note: shown.note === '' ? '—' : shown.note,
        }),
      },
      ...(shown.failed && !shown.repeated
        ? [{ kind: 'note' as const, text: t(locale, 'spotCheck.record.failedNote') }]
        : []),
    ],
  };
}
