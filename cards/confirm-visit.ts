import type { Card, CardElement } from '../src/core/card.js';
import type { Verification } from '../src/domain/service-day.js';
import type { Locale } from '../src/i18n/locale.js';
import { joinMarkdown, t } from '../src/core/card-text.js';
import { verificationText } from '../src/physician/attendance-way.js';
import { decisionLine, fieldsBlock, physicianFields, type PhysicianView } from './person-fields.js';

/** A clinic head's decision as the card shows it. */
export interface VisitDecisionView {
  status: 'CONFIRMED' | 'DISPUTED';
  by: string;
  /** Local `YYYY-MM-DD HH:MM`. */
  at: string;
  note: string;
}

/** What the confirmation card shows about one service day. */
export interface VisitCardView {
  serviceDayId: number;
  physician: PhysicianView;
  clinic: string;
  serviceDate: string;
  /** Local `HH:MM`. */
  checkInTime: string;
  /** The day exists because a correction (补卡) was approved: its check-in time is not a real one. */
  corrected: boolean;
  verification: Verification;
  distanceM: number | null;
  /** Every decision so far, oldest first. */
  decisions: VisitDecisionView[];
}

/** Decisions shown on the card; older ones stay in the database (and the audit view). */
const SHOWN_DECISIONS = 5;

/**
 * The card a clinic head gets when a physician checks in at their clinic (受援单位日常考核): who came,
 * when, whether the location was verified, and 确认到岗 / 有异议 (with an optional note in the form).
 * Once decided it shows the decisions, latest last, and still lets the head change their mind.
 */
export function confirmVisitCard(locale: Locale, view: VisitCardView): Card {
  const value = { serviceDayId: view.serviceDayId };
  const latest = view.decisions.at(-1);
  const history: CardElement[] =
    view.decisions.length === 0
      ? []
      : [
          { kind: 'divider' },
          {
            kind: 'markdown',
            text: joinMarkdown(
              view.decisions
                .slice(-SHOWN_DECISIONS)
                .map((d) => decisionLine(locale, `physician.oversight.confirm.decided${d.status}`, d)),
              '\n',
            ),
          },
          { kind: 'note', text: t(locale, 'physician.oversight.confirm.canChange') },
        ];
  return {
    title: t(locale, 'physician.oversight.confirm.title'),
    subtitle: `${view.clinic} · ${view.serviceDate}`,
    tone: latest === undefined ? 'blue' : latest.status === 'CONFIRMED' ? 'green' : 'orange',
    elements: [
      {
        kind: 'markdown',
        text: t(locale, 'physician.oversight.confirm.ask', { physician: view.physician.name, date: view.serviceDate }),
      },
      fieldsBlock([
        ...physicianFields(locale, view.physician),
        { label: t(locale, 'physician.oversight.field.clinic'), value: view.clinic },
        { label: t(locale, 'physician.oversight.field.date'), value: view.serviceDate },
        {
          label: t(locale, 'physician.oversight.field.checkInTime'),
          value: view.corrected ? t(locale, 'physician.oversight.confirm.corrected') : view.checkInTime,
        },
        {
          label: t(locale, 'physician.oversight.field.verification'),
          value: verificationText(locale, { verification: view.verification, distanceM: view.distanceM }),
        },
      ]),
      ...history,
      {
        kind: 'actions',
        buttons: [
          {
            text: t(locale, 'physician.oversight.confirm.confirmButton'),
            action: 'visit.confirm',
            value,
            style: 'primary',
          },
        ],
      },
      {
        kind: 'form',
        name: 'dispute',
        inputs: [{ name: 'note', label: t(locale, 'physician.oversight.confirm.noteLabel') }],
        submit: {
          text: t(locale, 'physician.oversight.confirm.disputeButton'),
          action: 'visit.dispute',
          value,
          style: 'danger',
        },
      },
    ],
  };
}
