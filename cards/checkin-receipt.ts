import type { Card, CardElement } from '../src/core/card.js';
import type { CheckMethod, ConfirmationStatus, Verification } from '../src/generated/sqlite/client.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/i18n/messages/index.js';
import { verificationText } from '../src/physician/attendance-way.js';

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
  confirmation: ConfirmationStatus;
  /** How the check-in was made (its evidence strength when verified). */
  method?: CheckMethod;
  /** Check-in page links: to verify this check-in by the phone's position, and to check out there. */
  pageLinks?: { verify?: string; checkOut?: string };
}

const CONFIRMATION_KEYS: Record<ConfirmationStatus, string> = {
  PENDING: 'physician.attendance.confirmationPending',
  CONFIRMED: 'physician.attendance.confirmationConfirmed',
  DISPUTED: 'physician.attendance.confirmationDisputed',
};

/**
 * The receipt a physician gets after checking in: clinic, local date and time, whether the location was
 * verified (with the distance when it was not), the clinic head's confirmation, and the next two steps
 * (check out, log the day's work) as buttons carrying the service day id; with the check-in page, its
 * buttons too (定位核验 while the day is not 设备定位核验, 定位签退).
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
      ...(verified ? [] : [{ kind: 'note' as const, text: t(locale, 'physician.attendance.unverifiedNote') }]),
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

function pageLinkButtons(locale: Locale, links: CheckInReceiptView['pageLinks']): CardElement[] {
  const buttons = [
    ...(links?.verify
      ? [{ text: t(locale, 'checkinPage.buttonVerify'), url: links.verify, style: 'primary' as const }]
      : []),
    ...(links?.checkOut ? [{ text: t(locale, 'checkinPage.buttonOpenOut'), url: links.checkOut }] : []),
  ];
  return buttons.length > 0 ? [{ kind: 'links', buttons }] : [];
}
