import type { Card, CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';
import { fieldsBlock, physicianFields, type PhysicianView } from './person-fields.js';

/** What happened to the assignment the receipt is about. */
export type AssignmentReceiptOutcome = 'created' | 'updated' | 'unchanged' | 'cancelled';

/** What a coordinator's receipt of `/指派` (or of its cancellation) shows. */
export interface AssignmentReceiptView {
  assignmentId: number;
  outcome: AssignmentReceiptOutcome;
  physician: PhysicianView;
  clinic: string;
  program: string;
  startDate: string;
  endDate: string;
  /** Planned visit dates, ascending (a month holds at most 31). */
  plannedDates: string[];
}

const TONES = { created: 'green', updated: 'blue', unchanged: 'grey', cancelled: 'grey' } as const;

/**
 * The coordinator's receipt of an assignment made, re-planned, already there or cancelled: who goes
 * where, in which program, when; with a 取消指派 button (behind a confirmation) while it is active.
 */
export function assignmentReceiptCard(locale: Locale, view: AssignmentReceiptView): Card {
  const params = { physician: view.physician.name, clinic: view.clinic, id: view.assignmentId };
  const unplanned =
    view.plannedDates.length === 0 && view.outcome !== 'cancelled'
      ? [{ kind: 'note', text: t(locale, 'coordinator.assign.receipt.noDates', params) } as const]
      : [];
  return {
    title: t(locale, `coordinator.assign.receipt.${view.outcome}`),
    subtitle: `${view.clinic} · ${view.physician.name}`,
    tone: TONES[view.outcome],
    elements: [
      { kind: 'markdown', text: t(locale, `coordinator.assign.receipt.${view.outcome}Intro`, params) },
      fieldsBlock([
        ...physicianFields(locale, view.physician),
        { label: t(locale, 'coordinator.assign.field.clinic'), value: view.clinic },
        { label: t(locale, 'coordinator.assign.field.program'), value: view.program },
        {
          label: t(locale, 'coordinator.assign.field.period'),
          value: t(locale, 'coordinator.assign.period', { from: view.startDate, to: view.endDate }),
        },
        {
          label: t(locale, 'coordinator.assign.field.plannedDates'),
          value: view.plannedDates.length > 0 ? view.plannedDates.join('、') : t(locale, 'coordinator.assign.none'),
        },
        { label: t(locale, 'coordinator.assign.field.number'), value: `#${view.assignmentId}` },
      ]),
      ...unplanned,
      ...(view.outcome === 'cancelled' ? [] : [cancelButton(locale, view, params)]),
    ],
  };
}

function cancelButton(
  locale: Locale,
  view: AssignmentReceiptView,
  params: Record<string, string | number>,
): CardElement {
  return {
    kind: 'actions',
    buttons: [
      {
        text: t(locale, 'coordinator.assign.receipt.cancelButton'),
        action: 'assignment.cancel',
        value: { assignmentId: view.assignmentId },
        style: 'danger',
        confirm: {
          title: t(locale, 'coordinator.assign.receipt.confirmTitle'),
          text: t(locale, 'coordinator.assign.receipt.confirmText', params),
        },
      },
    ],
  };
}
