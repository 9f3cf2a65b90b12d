import { evidenceOf, type EvidenceStrength } from '../../physician/evidence.js';
import type { Prisma } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { DayRecord } from '../../records/service-day-state.js';
import type { DbOrTx } from '../client.js';
import { DEVICE_VERIFYING_READING } from './location-readings.js';
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

const FACT_SELECT = {
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
  readings: { where: DEVICE_VERIFYING_READING, select: { id: true }, take: 1 },
  confirmationStatus: true,
  correctionId: true,
  physician: {
    select: {
      name: true,
      title: true,
      specialty: true,
      homeInstitutionId: true,
      homeInstitution: { select: { name: true } },
    },
  },
  institution: { select: { name: true, regionPath: true } },
  workLog: { select: LOG_SELECT },
} satisfies Prisma.ServiceDaySelect;

const ZERO: WorkLogValues = Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, 0])) as WorkLogValues;

/** The service days of a scope and date range as facts, by date then id. */
export async function listServiceDayFacts(db: DbOrTx, query: FactQuery): Promise<ServiceDayFact[]> {
  const rows = await db.serviceDay.findMany({
    where: {
      ...serviceDayInScope(query.scope),
      serviceDate: { gte: query.from, lte: query.to },
      ...(query.programId === undefined ? {} : { programId: query.programId }),
      ...(query.physicianId === undefined ? {} : { physicianId: query.physicianId }),
    },
    select: FACT_SELECT,
    orderBy: [{ serviceDate: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    serviceDayId: row.id,
    programId: row.programId,
    serviceDate: row.serviceDate,
    physicianId: row.physicianId,
    physicianName: row.physician.name,
    title: row.physician.title,
    specialty: row.physician.specialty,
    supportingInstitutionId: row.physician.homeInstitutionId,
    supportingInstitutionName: row.physician.homeInstitution?.name ?? null,
    institutionId: row.institutionId,
    institutionName: row.institution.name,
    institutionRegionPath: row.institution.regionPath,
    evidence: evidenceOf({ ...row, deviceVerified: row.readings.length > 0 }),
    record: {
      serviceDate: row.serviceDate,
      checkOutAt: row.checkOutAt,
      checkInVerification: row.checkInVerification,
      checkOutVerification: row.checkOutVerification,
      locationVerifiedAt: row.locationVerifiedAt,
      confirmationStatus: row.confirmationStatus,
      correctionId: row.correctionId,
    },
    hasLog: row.workLog !== null,
    values: row.workLog ? { ...row.workLog } : { ...ZERO },
  }));
}
