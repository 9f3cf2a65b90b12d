import type { Card, CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';
import { decisionLine, fieldsBlock, physicianFields, type PhysicianView } from './person-fields.js';

/** What the correction approval card shows. */
export interface CorrectionCardView {
  correctionId: number;
  physician: PhysicianView;
  clinic: string;
  serviceDate: string;
  reason: string;
  /** Local `YYYY-MM-DD HH:MM`. */
  requestedAt: string;
  /** Corrections requested for the month of `serviceDate` (this one included) and the program's limit. */
  used: number;
  limit: number;
  /** Set once decided: the card then shows the decision instead of the buttons. */
  decision?: { status: 'APPROVED' | 'REJECTED'; by: string; at: string; note: string };
}

/**
 * The card a coordinator gets when a physician asks for a correction (补卡): who, which clinic and day,
 * why, how many of the month's corrections are used, and 批准 / 驳回 (with an optional note in the form).
 * Decided, it shows who decided what and when.
 */
export function correctionRequestCard(locale: Locale, view: CorrectionCardView): Card {
  const value = { correctionId: view.correctionId };
  const { decision } = view;
  const closing: CardElement[] = decision
    ? [
        { kind: 'divider' },
        {
          kind: 'markdown',
          text: decisionLine(locale, `physician.oversight.correction.decided${decision.status}`, decision),
        },
      ]
    : [
        {
          kind: 'actions',
          buttons: [
            {
              text: t(locale, 'physician.oversight.correction.approveButton'),
              action: 'correction.approve',
              value,
              style: 'primary',
              confirm: {
                title: t(locale, 'physician.oversight.correction.cardTitle'),
                text: t(locale, 'physician.oversight.correction.approveConfirm'),
              },
            },
          ],
        },
        {
          kind: 'form',
          name: 'reject',
          inputs: [{ name: 'note', label: t(locale, 'physician.oversight.correction.rejectLabel') }],
          submit: {
            text: t(locale, 'physician.oversight.correction.rejectButton'),
            action: 'correction.reject',
            value,
            style: 'danger',
          },
          typed: t(locale, 'physician.oversight.correction.typed', { number: view.correctionId }),
        },
      ];
  const tone = decision === undefined ? 'blue' : decision.status === 'APPROVED' ? 'green' : 'grey';
  return {
    title: t(locale, 'physician.oversight.correction.cardTitle'),
    subtitle: `${view.physician.name} · ${view.serviceDate}`,
    tone,
    elements: [
      {
        kind: 'markdown',
        text: t(locale, 'physician.oversight.correction.ask', {
          physician: view.physician.name,
          date: view.serviceDate,
          clinic: view.clinic,
        }),
      },
      fieldsBlock([
        ...physicianFields(locale, view.physician),
        { label: t(locale, 'physician.oversight.field.clinic'), value: view.clinic },
        { label: t(locale, 'physician.oversight.field.date'), value: view.serviceDate },
        { label: t(locale, 'physician.oversight.field.reason'), value: view.reason },
        { label: t(locale, 'physician.oversight.field.requestedAt'), value: view.requestedAt },
        {
          label: t(locale, 'physician.oversight.field.monthUsage'),
          value: t(locale, 'physician.oversight.usage', { used: view.used, limit: view.limit }),
        },
      ]),
      ...closing,
    ],
  };
}
