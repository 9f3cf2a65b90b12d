import { listInstitutionsByIds } from '../db/queries/institutions.js';
import { listPeopleByIds } from '../db/queries/people.js';
import { listConfirmationsOfDays } from '../db/queries/service-day-confirmations.js';
import { listServiceDaysByIds } from '../db/queries/service-days.js';
import type { DbOrTx } from '../db/client.js';
import type { Institution, ServiceDay } from '../generated/sqlite/client.js';
import type { Locale } from '../i18n/locale.js';
import { localParts } from '../time/local.js';
import type { VisitCardView } from '../../cards/confirm-visit.js';
import { isVerified } from '../records/service-day-state.js';
import { physicianView } from './person-labels.js';
import { personNames } from './person-names.js';

/** A service day with its clinic, loaded for the clinic head's confirmation. */
export interface VisitRecord {
  day: ServiceDay;
  clinic: Institution;
  /** The physician's supporting hospital, null when they have none. */
  physicianHomeId: number | null;
  view: VisitCardView;
}

/**
 * Everything the confirmation card shows about a day: the physician (name, title, specialty, home
 * hospital), clinic, date, check-in time and verification, and every decision so far. Null for an
 * unknown day.
 */
export async function loadVisit(
  db: DbOrTx,
  serviceDayId: number,
  locale: Locale,
  timeZone: string,
): Promise<VisitRecord | null> {
  return (await loadVisits(db, [serviceDayId], locale, timeZone))[0] ?? null;
}

/**
 * {@link loadVisit} for several days in five reads whatever their number (a gathered card lists up to
 * eight and is rendered again on each arrival), in the order of `serviceDayIds`; unknown days are left out.
 */
export async function loadVisits(
  db: DbOrTx,
  serviceDayIds: readonly number[],
  locale: Locale,
  timeZone: string,
): Promise<VisitRecord[]> {
  if (serviceDayIds.length === 0) return [];
  const days = new Map((await listServiceDaysByIds(db, serviceDayIds)).map((day) => [day.id, day]));
  const known = [...days.values()];
  const [clinics, physicians, confirmations] = await Promise.all([
    listInstitutionsByIds(
      db,
      known.map((day) => day.institutionId),
    ),
    listPeopleByIds(
      db,
      known.map((day) => day.physicianId),
    ),
    listConfirmationsOfDays(db, [...days.keys()]),
  ]);
  const clinicOf = new Map(clinics.map((clinic) => [clinic.id, clinic]));
  const physicianOf = new Map(physicians.map((person) => [person.id, person]));
  const names = await personNames(
    db,
    confirmations.map((c) => c.byId),
  );
  return serviceDayIds.flatMap((id) => {
    const day = days.get(id);
    const clinic = day && clinicOf.get(day.institutionId);
    const physician = day && physicianOf.get(day.physicianId);
    if (!day || !clinic || !physician) return [];
    const view: VisitCardView = {
      serviceDayId: day.id,
      physician: physicianView(locale, physician),
      clinic: clinic.name,
      serviceDate: day.serviceDate,
      checkInTime: localParts(day.checkInAt, timeZone).time,
      corrected: day.checkInMethod === 'CORRECTION',
      verification: isVerified(day) ? 'VERIFIED' : 'UNVERIFIED',
      distanceM: day.checkInDistanceM,
      decisions: confirmations.flatMap((c) =>
        c.serviceDayId !== id || c.status === 'PENDING'
          ? []
          : [{ status: c.status, by: names.get(c.byId) ?? '', at: formatInstant(c.at, timeZone), note: c.note }],
      ),
    };
    return [{ day, clinic, physicianHomeId: physician.homeInstitutionId, view }];
  });
}

/** `2026-11-05 09:12` in the service's time zone. */
export function formatInstant(at: Date, timeZone: string): string {
  const parts = localParts(at, timeZone);
  return `${parts.date} ${parts.time}`;
}
