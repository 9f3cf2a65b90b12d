import type { Prisma } from '../../generated/sqlite/client.js';
import { addDays } from '../../time/local.js';
import type { DbOrTx } from '../client.js';
import { datesInMonth, underRegionPath } from './filters.js';
import { serviceDayDetailInclude, type ServiceDayDetail } from './service-day-views.js';

/** Listing service days; every listing is ordered by date, then id, and loads clinic and physician. */

export type { ServiceDayDetail } from './service-day-views.js';

function listServiceDays(db: DbOrTx, where: Prisma.ServiceDayWhereInput): Promise<ServiceDayDetail[]> {
  return db.serviceDay.findMany({
    where,
    include: serviceDayDetailInclude,
    orderBy: [{ serviceDate: 'asc' }, { id: 'asc' }],
  });
}

function programFilter(programId: number | undefined): Prisma.ServiceDayWhereInput {
  return programId === undefined ? {} : { programId };
}

/** A physician's days in a month `YYYY-MM`, optionally of one program. */
export function listServiceDaysOfPhysicianInMonth(
  db: DbOrTx,
  physicianId: number,
  month: string,
  filter: { programId?: number } = {},
): Promise<ServiceDayDetail[]> {
  return listServiceDays(db, { physicianId, serviceDate: datesInMonth(month), ...programFilter(filter.programId) });
}

/** A clinic's days between two local dates, both included. */
export function listServiceDaysOfInstitution(
  db: DbOrTx,
  institutionId: number,
  from: string,
  to: string,
): Promise<ServiceDayDetail[]> {
  return listServiceDays(db, { institutionId, serviceDate: { gte: from, lte: to } });
}

/** Days at clinics in the subtree of a region path in a month, optionally of one program. */
export function listServiceDaysInRegionForMonth(
  db: DbOrTx,
  regionPath: string,
  month: string,
  filter: { programId?: number } = {},
): Promise<ServiceDayDetail[]> {
  return listServiceDays(db, {
    institution: { regionPath: underRegionPath(regionPath) },
    serviceDate: datesInMonth(month),
    ...programFilter(filter.programId),
  });
}

/** Days on a local date that have a check-in but no check-out yet (for the evening reminder). */
export function listServiceDaysWithoutCheckOutOn(db: DbOrTx, date: string): Promise<ServiceDayDetail[]> {
  return listServiceDays(db, { serviceDate: date, checkOutAt: null });
}

/** Days on a local date with a check-in but no work log yet (for the evening work-log nudge). */
export function listServiceDaysWithoutWorkLogOn(db: DbOrTx, date: string): Promise<ServiceDayDetail[]> {
  return listServiceDays(db, { serviceDate: date, workLog: { is: null } });
}

/** Days before a local date that never got a check-out. */
export function listServiceDaysWithoutCheckOutBefore(db: DbOrTx, date: string): Promise<ServiceDayDetail[]> {
  return listServiceDays(db, { serviceDate: { lt: date }, checkOutAt: null });
}

/**
 * Days still awaiting the clinic head's confirmation whose date is at least `days` days before `today`,
 * optionally only at some clinics. A 补卡 day owes no confirmation (`owesConfirmation` of the state model).
 */
export function listUnconfirmedServiceDaysOlderThan(
  db: DbOrTx,
  today: string,
  days: number,
  filter: { institutionIds?: number[] } = {},
): Promise<ServiceDayDetail[]> {
  return listServiceDays(db, {
    confirmationStatus: 'PENDING',
    correctionId: null,
    serviceDate: { lte: addDays(today, -days) },
    ...(filter.institutionIds ? { institutionId: { in: filter.institutionIds } } : {}),
  });
}

/** A physician's days on one local date (normally one; two when they served two clinics that day). */
export function listServiceDaysOfPhysicianOn(
  db: DbOrTx,
  physicianId: number,
  date: string,
): Promise<ServiceDayDetail[]> {
  return listServiceDays(db, { physicianId, serviceDate: date });
}
