import type { Card, CardElement } from '../src/core/card.js';
import type { CheckMethod, Verification } from '../src/domain/service-day.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';
import { verificationText } from '../src/physician/attendance-way.js';
import type { ConfirmationState } from '../src/records/service-day-state.js';

/** What the check-in receipt shows. */
export interface CheckInReceiptView {
  serviceDayId: number;
  clinic: string;
  /** Local date `YYYY-MM-DD`. */
  serviceDate: string;
  /** Local time `HH:MM` of the check-in. */
  time: string;
  verification: Verification;
  /** Distance from the clinic in metres, when a location was sent and the clinic's is known. */
  distanceM: number | null;
  /** Latitude the physician sent, if any (a location without a distance means the clinic is unplaced). */
  latitude: number | null;
  confirmation: ConfirmationState;
  /** The day recorded is not the day the message was handled: the date is said in words. */
  notToday?: boolean;
  /** `YYYY-MM-DD HH:MM` the message says it was sent, when that was not trusted (延迟记录). */
  lateSentAt?: string;
  /** False when the physician's platform cannot send a location: the note then names only the confirmation. */
  locationPossible?: boolean;
  /** How the check-in was made (its evidence strength when verified). */
  method?: CheckMethod;
  /** Check-in page links: to verify this check-in by the phone's position, and to check out there. */
  pageLinks?: { verify?: string; checkOut?: string };
}

const CONFIRMATION_KEYS: Record<ConfirmationState, string> = {
  PENDING: 'physician.attendance.confirmationPending',
  CONFIRMED: 'physician.attendance.confirmationConfirmed',
  DISPUTED: 'physician.attendance.confirmationDisputed',
  NOT_OWED: 'physician.attendance.confirmationNotOwed',
};

/** The notes under the fields: the date recorded, a late record, unverified, counted after confirmation. */
function receiptNotes(locale: Locale, view: CheckInReceiptView): CardElement[] {
  const notes = [
    ...(view.notToday ? [t(locale, 'physician.attendance.recordedForDate', { date: view.serviceDate })] : []),
    ...(view.lateSentAt
      ? [t(locale, 'physician.attendance.recordedLate', { sentAt: view.lateSentAt, date: view.serviceDate })]
      : []),
    ...(view.verification === 'VERIFIED' ? [] : [t(locale, unverifiedNoteKey(view))]),
    ...(view.confirmation === 'PENDING' ? [t(locale, 'physician.attendance.countedAfterConfirmation')] : []),
  ];
  return notes.map((text) => ({ kind: 'note', text }));
}

/**
 * The receipt a physician gets after checking in: clinic, local date and time, whether the location was
 * verified (with the distance when it was not), the clinic head's confirmation (the day counts toward
 * the monthly minimum once confirmed, as `/本月` counts it), the date when it is not today, a late
 * record's own time, and the next two steps (check out, log the day's work) as buttons carrying the
 * service day id; with the check-in page, its buttons too (定位核验 while the day is not 设备定位核验, 定位签退).
 */
export function checkInReceiptCard(locale: Locale, view: CheckInReceiptView): Card {
  const value = { serviceDayId: view.serviceDayId };
  const verified = view.verification === 'VERIFIED';
  return {
    title: t(locale, 'physician.attendance.receiptTitle'),
    subtitle: view.clinic,
    tone: verified ? 'green' : 'orange',
    elements: [
      {
        kind: 'fields',
        fields: [
          { label: t(locale, 'physician.attendance.fieldClinic'), value: view.clinic },
          { label: t(locale, 'physician.attendance.fieldTime'), value: `${view.serviceDate} ${view.time}` },
          { label: t(locale, 'physician.attendance.fieldVerification'), value: verificationText(locale, view) },
          {
            label: t(locale, 'physician.attendance.fieldConfirmation'),
            value: t(locale, CONFIRMATION_KEYS[view.confirmation]),
          },
        ],
      },
      ...receiptNotes(locale, view),
      ...pageLinkButtons(locale, view.pageLinks),
      {
        kind: 'actions',
        buttons: [
          { text: t(locale, 'physician.attendance.checkOutButton'), action: 'checkout', value, style: 'primary' },
          { text: t(locale, 'physician.attendance.workLogButton'), action: 'worklog.open', value },
        ],
      },
    ],
  };
}

/** How an unverified check-in can still count: the clinic head's confirmation, or a location where one can be sent. */
function unverifiedNoteKey(view: CheckInReceiptView): string {
  return view.locationPossible === false
    ? 'physician.attendance.unverifiedNoteNoLocation'
    : 'physician.attendance.unverifiedNote';
}

/** The check-in page's link buttons, when the page is offered. */
function pageLinkButtons(locale: Locale, links: CheckInReceiptView['pageLinks']): CardElement[] {
  const buttons = [
    ...(links?.verify
      ? [{ text: t(locale, 'checkinPage.buttonVerify'), url: links.verify, style: 'primary' as const }]
      : []),
    ...(links?.checkOut ? [{ text: t(locale, 'checkinPage.buttonOpenOut'), url: links.checkOut }] : []),
  ];
  return buttons.length > 0 ? [{ kind: 'links', buttons }] : [];
}
