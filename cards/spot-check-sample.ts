import type { Card, CardElement } from '../src/core/card.js';
import { t } from '../src/core/card-text.js';
import type { Locale } from '../src/i18n/locale.js';

/** One planned visit in a spot-check draw, with what weighed on it. */
export interface SampledVisit {
  plannedDateId: number;
  physicianId: number;
  physician: string;
  clinic: string;
  date: string;
  weight: number;
  unverified: number;
  unsigned: number;
  corrected: number;
  disputed: number;
}

/** The form on which the inspector records what they found at one sampled visit (`spotCheck.record`). */
function outcomeForm(locale: Locale, seed: string, visit: SampledVisit): CardElement {
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
  };
}

/**
 * `/抽查`: the drawn visits, for the inspector's eyes only — who, where, when, and why they weighed (the
 * recent weak evidence) — with the seed that redraws it from the audit log.
 */
export function spotCheckSampleCard(
  locale: Locale,
  draw: { from: string; to: string; seed: string; candidates: number; sample: readonly SampledVisit[] },
): Card {
  return {
    title: t(locale, 'spotCheck.title'),
    subtitle: draw.from === draw.to ? draw.from : t(locale, 'spotCheck.range', { from: draw.from, to: draw.to }),
    tone: 'orange',
    elements: [
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
      ...draw.sample.map((visit) => outcomeForm(locale, draw.seed, visit)),
      { kind: 'note', text: t(locale, 'spotCheck.secret', { seed: draw.seed }) },
    ],
  };
}
