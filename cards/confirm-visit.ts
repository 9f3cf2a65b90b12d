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

/** Decisions shown per visit; older ones stay in the database (and the audit view). */
const SHOWN_DECISIONS = 5;
/** Most arrivals on one gathered card: eight with the longest names and notes stay under Feishu's 30 KB. */
export const MAX_ARRIVALS_PER_CARD = 8;
/** On a card of several arrivals only the latest decision of each is shown. */
const SHOWN_DECISIONS_GATHERED = 1;

/**
 * The card a clinic head gets when a physician checks in at their clinic (受援单位日常考核): who came,
 * when, whether the location was verified, and 确认到岗 / 有异议 (with an optional note in the form).
 * Once decided it shows the decisions, latest last, and still lets the head change their mind. Cards
 * sent before arrivals were gathered are updated with it.
 */
export function confirmVisitCard(locale: Locale, view: VisitCardView): Card {
  return {
    title: t(locale, 'physician.oversight.confirm.title'),
    subtitle: `${view.clinic} · ${view.serviceDate}`,
    tone: toneOf([view]),
    elements: visitElements(locale, view, {
      value: { serviceDayId: view.serviceDayId },
      form: 'dispute',
      named: false,
      decisions: SHOWN_DECISIONS,
    }),
  };
}

/**
 * A clinic head's gathered confirmation card (issue 18): the arrivals of the last few minutes, each
 * with its own 确认到岗 and 有异议 (their values name the day and the gathering), oldest first. With
 * more than one arrival the buttons name the physician, since some platforms list every button of a
 * card together.
 */
export function confirmGatheredCard(locale: Locale, gatheringId: number, views: VisitCardView[]): Card {
  const [first] = views;
  const single = views.length === 1 && first !== undefined;
  return {
    title: t(locale, 'physician.oversight.confirm.title'),
    subtitle: single
      ? `${first.clinic} · ${first.serviceDate}`
      : t(locale, 'physician.oversight.confirm.gathered', { count: views.length }),
    tone: toneOf(views),
    elements: views.flatMap((view, i) => [
      ...(i === 0 ? [] : [{ kind: 'divider' } as const]),
      ...visitElements(locale, view, {
        value: { serviceDayId: view.serviceDayId, gatheringId },
        form: `dispute_${view.serviceDayId}`,
        named: !single,
        decisions: single ? SHOWN_DECISIONS : SHOWN_DECISIONS_GATHERED,
      }),
    ]),
  };
}

/** Blue while any visit awaits a decision and none is disputed; orange with a dispute; green when all are confirmed. */
function toneOf(views: VisitCardView[]): 'blue' | 'green' | 'orange' {
  const latest = views.map((view) => view.decisions.at(-1)?.status);
  if (latest.includes('DISPUTED')) return 'orange';
  return latest.every((status) => status === 'CONFIRMED') ? 'green' : 'blue';
}

/** One visit's part of a card: the question, its fields, its decisions and its two buttons. */
function visitElements(
  locale: Locale,
  view: VisitCardView,
  options: { value: Record<string, number>; form: string; named: boolean; decisions: number },
): CardElement[] {
  const { value } = options;
  const buttonText = (key: string) =>
    options.named
      ? t(locale, 'physician.oversight.confirm.buttonFor', { button: t(locale, key), physician: view.physician.name })
      : t(locale, key);
  const history: CardElement[] =
    view.decisions.length === 0
      ? []
      : [
          { kind: 'divider' },
          {
            kind: 'markdown',
            text: joinMarkdown(
              view.decisions
                .slice(-options.decisions)
                .map((d) => decisionLine(locale, `physician.oversight.confirm.decided${d.status}`, d)),
              '\n',
            ),
          },
          { kind: 'note', text: t(locale, 'physician.oversight.confirm.canChange') },
        ];
  return [
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
          text: buttonText('physician.oversight.confirm.confirmButton'),
          action: 'visit.confirm',
          value,
          style: 'primary',
        },
      ],
    },
    {
      kind: 'form',
      name: options.form,
      inputs: [{ name: 'note', label: t(locale, 'physician.oversight.confirm.noteLabel') }],
      submit: {
        text: buttonText('physician.oversight.confirm.disputeButton'),
        action: 'visit.dispute',
        value,
        style: 'danger',
      },
      typed: t(locale, 'physician.oversight.confirm.typed', { number: view.serviceDayId }),
    },
  ];
}
