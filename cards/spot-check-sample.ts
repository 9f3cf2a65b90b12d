import type { Card, CardElement } from '../src/core/card.js';
import { t, type Markdown } from '../src/core/card-text.js';
import type { Locale } from '../src/i18n/locale.js';
import type { SampledVisit } from '../src/spot-check/sampled-visit.js';

/** An outcome already recorded for a sampled visit, as the card shows it instead of the form. */
export interface RecordedVisitOutcome {
  /** The outcome's word (在岗 …), already in the locale. */
  outcome: string;
  note: string;
  failed: boolean;
  /** The inspector's position evidence (`附位置：…` or `附位置：无`), already in the locale. */
  evidence: string;
}

/** What the draw card shows. */
export interface SpotCheckDrawView {
  from: string;
  to: string;
  /** The place the inspector narrowed the draw to, by name (null: all their regions). */
  scope?: string | null;
  seed: string;
  candidates: number;
  sample: readonly SampledVisit[];
  /** The outcomes recorded so far, by planned date id (none at the draw). */
  recorded?: ReadonlyMap<number, RecordedVisitOutcome>;
  /** What the last press did (the card is updated in place), shown on top. */
  notice?: Markdown;
  /** The inspector's 附位置 link to the check-in page per planned date id (none where no link is minted). */
  evidenceLinks?: ReadonlyMap<number, string>;
}

/** The 附位置 button of a visit still without outcome: the inspector's own reading as evidence. */
function evidenceLink(locale: Locale, url: string | undefined): CardElement[] {
  return url ? [{ kind: 'links', buttons: [{ text: t(locale, 'spotCheck.evidence.button'), url }] }] : [];
}

/** The form on which the inspector records what they found at one sampled visit (`spotCheck.record`). */
function outcomeForm(locale: Locale, seed: string, visit: SampledVisit, position: number): CardElement {
  return {
    kind: 'form',
    name: `spot-check-${visit.plannedDateId}`,
    inputs: [
      {
        name: 'outcome',
        label: t(locale, 'spotCheck.form.outcome', { clinic: visit.clinic, physician: visit.physician }),
        placeholder: t(locale, 'spotCheck.form.outcomeHint'),
        required: true,
      },
      { name: 'note', label: t(locale, 'spotCheck.form.note') },
    ],
    submit: {
      text: t(locale, 'spotCheck.form.submit'),
      action: 'spotCheck.record',
      value: { seed, plannedDateId: visit.plannedDateId },
      style: 'primary',
    },
    typed: t(locale, 'spotCheck.form.typed', { position }),
  };
}

/** A sampled visit's outcome as recorded (user text escaped by `t`), in place of its form. */
function recordedLine(locale: Locale, visit: SampledVisit, recorded: RecordedVisitOutcome): CardElement {
  return {
    kind: 'markdown',
    text: t(locale, recorded.failed ? 'spotCheck.record.failedLine' : 'spotCheck.record.line', {
      clinic: visit.clinic,
      physician: visit.physician,
      outcome: recorded.outcome,
      note: recorded.note === '' ? '—' : recorded.note,
      evidence: recorded.evidence,
    }),
  };
}

/** When (a day or a range) and, when the inspector named one, where. */
function subtitleOf(locale: Locale, draw: SpotCheckDrawView): Markdown {
  const when =
    draw.from === draw.to
      ? t(locale, 'spotCheck.day', { date: draw.from })
      : t(locale, 'spotCheck.range', { from: draw.from, to: draw.to });
  return draw.scope ? t(locale, 'spotCheck.whenWhere', { when, where: draw.scope }) : when;
}

/**
 * `/抽查`: the drawn visits, for the inspector's eyes only — who, where, when, and why they weighed (the
 * recent weak evidence) — with the seed that redraws it from the audit log. Each visit has its outcome
 * form until an outcome is recorded; the card is then updated in place with the outcome instead.
 */
export function spotCheckSampleCard(locale: Locale, draw: SpotCheckDrawView): Card {
  const done = draw.sample.filter((visit) => draw.recorded?.has(visit.plannedDateId)).length;
  return {
    title: t(locale, 'spotCheck.title'),
    subtitle: subtitleOf(locale, draw),
    tone: done === draw.sample.length ? 'green' : 'orange',
    elements: [
      ...(draw.notice ? [{ kind: 'markdown' as const, text: draw.notice }] : []),
      {
        kind: 'markdown',
        text: t(locale, 'spotCheck.drawn', { count: draw.sample.length, candidates: draw.candidates }),
      },
      {
        kind: 'table',
        columns: [
          { key: 'date', label: t(locale, 'spotCheck.column.date') },
          { key: 'clinic', label: t(locale, 'spotCheck.column.clinic') },
          { key: 'physician', label: t(locale, 'spotCheck.column.physician') },
          { key: 'why', label: t(locale, 'spotCheck.column.why') },
        ],
        rows: draw.sample.map((visit) => ({
          date: visit.date,
          clinic: visit.clinic,
          physician: visit.physician,
          why: t(locale, 'spotCheck.why', {
            weight: visit.weight,
            unverified: visit.unverified,
            unsigned: visit.unsigned,
            corrected: visit.corrected,
            disputed: visit.disputed,
          }),
        })),
      },
      ...draw.sample.flatMap((visit, index) => {
        const recorded = draw.recorded?.get(visit.plannedDateId);
        return recorded
          ? [recordedLine(locale, visit, recorded)]
          : [
              ...evidenceLink(locale, draw.evidenceLinks?.get(visit.plannedDateId)),
              outcomeForm(locale, draw.seed, visit, index + 1),
            ];
      }),
      { kind: 'note', text: t(locale, 'spotCheck.secret', { seed: draw.seed }) },
    ],
  };
}
