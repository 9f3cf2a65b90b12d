import type { CheckMethod, Verification } from '../generated/sqlite/client.js';
import type { Term } from '../i18n/glossary.js';
import { term, type Locale } from '../i18n/locale.js';

/**
 * How strong the evidence is that a physician was at the clinic on a service day, strongest first:
 * - `DEVICE` 设备定位核验: the check-in page read the phone's own position, accuracy within the fence;
 * - `LOCATION_MESSAGE` 位置消息: a chat location inside the fence — a place the sender picks on a map,
 *   so recorded and counted as verified, but shown as weaker;
 * - `NONE` 未核验: typed or clicked, no location.
 * Computed from the stored day and its readings, never stored: a day recorded by the old rules keeps its
 * values, and verification only goes up because readings are only ever appended.
 */
export type EvidenceStrength = 'DEVICE' | 'LOCATION_MESSAGE' | 'NONE';

/** The glossary word of each strength, for every card and export. */
export const EVIDENCE_TERMS = {
  DEVICE: 'evidenceDevice',
  LOCATION_MESSAGE: 'evidenceLocationMessage',
  NONE: 'unverified',
} as const satisfies Record<EvidenceStrength, Term>;

/** The catalogue word of a strength (设备定位核验 / 位置消息 / 未核验), as every card shows it. */
export function evidenceWord(locale: Locale, strength: EvidenceStrength): string {
  return term(locale, EVIDENCE_TERMS[strength]);
}

/** What the strength is computed from: the day's check points and whether a device reading verified it. */
export interface EvidenceRecord {
  checkInMethod: CheckMethod;
  checkInVerification: Verification;
  checkOutMethod: CheckMethod | null;
  checkOutVerification: Verification | null;
  /** When a later location message inside the fence upgraded the day (the state model's 已核验 upgrade). */
  locationVerifiedAt?: Date | null;
  /** A reading of the check-in page inside the fence is linked to the day (`location_readings`). */
  deviceVerified?: boolean;
}

/** The strongest evidence any check point or reading of the day gives. */
export function evidenceOf(day: EvidenceRecord): EvidenceStrength {
  const points = [
    { method: day.checkInMethod, verification: day.checkInVerification },
    { method: day.checkOutMethod, verification: day.checkOutVerification },
  ];
  const verified = points.filter((p) => p.verification === 'VERIFIED');
  if (day.deviceVerified === true || verified.some((p) => p.method === 'DEVICE')) return 'DEVICE';
  const upgraded = (day.locationVerifiedAt ?? null) !== null;
  return verified.length > 0 || upgraded ? 'LOCATION_MESSAGE' : 'NONE';
}
