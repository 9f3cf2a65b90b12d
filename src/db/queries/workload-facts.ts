import { evidenceOf, type EvidenceStrength } from '../../physician/evidence.js';
import type { Prisma } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { DayRecord } from '../../records/service-day-state.js';
import type { DbOrTx } from '../client.js';
import { DEVICE_VERIFYING_READING } from './location-readings.js';
import { idsOf, relatedById } from './related-rows.js';
import { listSpotCheckFindings } from './spot-checks.js';
import { serviceDayInScope } from './view-scope-where.js';
import { WORK_LOG_METRICS, type WorkLogValues } from './work-logs.js';

/**
 * The raw rows every coordinator figure is computed from: one per service day in a scope and date range,
 * with its physician, clinic and work log flattened. Summaries, monthly reports, exports and progress all
 * fold these same rows (coordinator/workload-figures.ts), so each figure can be recomputed from service
 * days by anyone.
 */

/** One service day as the figures see it. */
export interface ServiceDayFact {
  serviceDayId: number;
  programId: number;
  serviceDate: string;
  physicianId: number;
  physicianName: string;
  title: string | null;
  specialty: string | null;
  /** The physician's home (supporting) hospital. */
  supportingInstitutionId: number | null;
  supportingInstitutionName: string | null;
  /** The recipient clinic. */
  institutionId: number;
  institutionName: string;
  institutionRegionPath: string;
  /** The day's raw state columns, read only through the catalogue's day predicates (the state model's). */
  record: DayRecord;
  /** The day's evidence strength (设备定位核验 / 位置消息 / 未核验, src/physician/evidence.ts). */
  evidence: EvidenceStrength;
  /** The day's log figures; all zero and `hasLog` false when no log was written. */
  hasLog: boolean;
  values: WorkLogValues;
}

/** Which days: a scope, an inclusive date range, optionally one program. */
export interface FactQuery {
  scope: ViewScope;
  from: string;
  to: string;
  programId?: number;
  /** One physician's days only (`/本月`). */
  physicianId?: number;
}

/** The select of a work log's figures (every metric), shared by the queries that read them. */
export const LOG_SELECT = Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, true])) as Record<
  (typeof WORK_LOG_METRICS)[number],
  true
>;

/** The day's own columns the facts read; its physician, clinic and evidence come from their own queries. */
const DAY_SELECT = {
  id: true,
  programId: true,
  serviceDate: true,
  physicianId: true,
  institutionId: true,
  checkOutAt: true,
  checkInVerification: true,
  checkOutVerification: true,
  locationVerifiedAt: true,
  checkInMethod: true,
  checkOutMethod: true,
  confirmationStatus: true,
  correctionId: true,
} satisfies Prisma.ServiceDaySelect;

const PHYSICIAN_SELECT = {
  id: true,
  name: true,
  title: true,
  specialty: true,
  homeInstitutionId: true,
  homeInstitution: { select: { name: true } },
} satisfies Prisma.PersonSelect;

const ZERO: WorkLogValues = Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, 0])) as WorkLogValues;

/**
 * The service days of a scope and date range as facts, by date then id. Six queries side by side, the
 * related rows by semi-join (`related-rows.ts`): at province scale on PostgreSQL a query with nested
 * relations loads them one after another, each with every id as a parameter, which took most of the
 * summary's time (issue 18 item 4).
 */
export async function listServiceDayFacts(db: DbOrTx, query: FactQuery): Promise<ServiceDayFact[]> {
  const where: Prisma.ServiceDayWhereInput = {
    ...serviceDayInScope(query.scope),
    serviceDate: { gte: query.from, lte: query.to },
    ...(query.programId === undefined ? {} : { programId: query.programId }),
    ...(query.physicianId === undefined ? {} : { physicianId: query.physicianId }),
  };
  const physiciansWhere = (only: Prisma.PersonWhereInput) =>
    db.person.findMany({ where: only, select: PHYSICIAN_SELECT });
  const clinicsWhere = (only: Prisma.InstitutionWhereInput) =>
    db.institution.findMany({ where: only, select: { id: true, name: true, regionPath: true } });
  const [rows, logs, physicians, clinics, deviceReadings, spotChecks] = await Promise.all([
    db.serviceDay.findMany({ where, select: DAY_SELECT, orderBy: [{ serviceDate: 'asc' }, { id: 'asc' }] }),
    db.workLog.findMany({ where: { serviceDay: where }, select: { serviceDayId: true, ...LOG_SELECT } }),
    physiciansWhere({ serviceDays: { some: where } }),
    clinicsWhere({ serviceDays: { some: where } }),
    db.locationReading.findMany({
      where: { ...DEVICE_VERIFYING_READING, serviceDay: where },
      select: { serviceDayId: true },
      distinct: ['serviceDayId'],
    }),
    listSpotCheckFindings(db, query),
  ]);
  const logOf = new Map(logs.map(({ serviceDayId, ...values }) => [serviceDayId, values]));
  const [physicianOf, clinicOf] = await Promise.all([
    relatedById(physicians, idsOf(rows, 'physicianId'), physiciansWhere),
    relatedById(clinics, idsOf(rows, 'institutionId'), clinicsWhere),
  ]);
  const deviceVerified = new Set(deviceReadings.map((r) => r.serviceDayId));
  return rows.flatMap((row) => {
    const physician = physicianOf.get(row.physicianId);
    const clinic = clinicOf.get(row.institutionId);
    if (!physician || !clinic) return [];
    const log = logOf.get(row.id);
    return [
      {
        serviceDayId: row.id,
        programId: row.programId,
        serviceDate: row.serviceDate,
        physicianId: row.physicianId,
        physicianName: physician.name,
        title: physician.title,
        specialty: physician.specialty,
        supportingInstitutionId: physician.homeInstitutionId,
        supportingInstitutionName: physician.homeInstitution?.name ?? null,
        institutionId: row.institutionId,
        institutionName: clinic.name,
        institutionRegionPath: clinic.regionPath,
        evidence: evidenceOf({ ...row, deviceVerified: deviceVerified.has(row.id) }),
        record: {
          serviceDate: row.serviceDate,
          checkOutAt: row.checkOutAt,
          checkInVerification: row.checkInVerification,
          checkOutVerification: row.checkOutVerification,
          locationVerifiedAt: row.locationVerifiedAt,
          confirmationStatus: row.confirmationStatus,
          correctionId: row.correctionId,
          spotChecks: spotChecks.get(row.id) ?? [],
        },
        hasLog: log !== undefined,
        values: log ? { ...log } : { ...ZERO },
      },
    ];
  });
}
