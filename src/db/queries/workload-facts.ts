import { evidenceOf, type EvidenceRecord, type EvidenceStrength } from '../../physician/evidence.js';
import { Prisma } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { DayRecord } from '../../records/service-day-state.js';
import type { DbOrTx } from '../client.js';
import { DEVICE_VERIFYING_READING } from './location-readings.js';
import { listSpotCheckFindings } from './spot-checks.js';
import { serviceDayInScope, serviceDayInScopeSql } from './view-scope-where.js';
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

/** The columns of one fact row: the day's own, its physician's, its clinic's and its log's. */
interface FactRow {
  id: number;
  programId: number;
  serviceDate: string;
  physicianId: number;
  institutionId: number;
  checkOutAt: Date | null;
  checkInVerification: DayRecord['checkInVerification'];
  checkOutVerification: DayRecord['checkOutVerification'];
  locationVerifiedAt: Date | null;
  checkInMethod: EvidenceRecord['checkInMethod'];
  checkOutMethod: EvidenceRecord['checkOutMethod'];
  confirmationStatus: DayRecord['confirmationStatus'];
  correctionId: number | null;
  physicianName: string;
  title: string | null;
  specialty: string | null;
  homeInstitutionId: number | null;
  homeInstitutionName: string | null;
  institutionName: string;
  regionPath: string;
  logId: number | null;
}

/** A work-log metric's column (`specialPopulation` → `special_population`). */
function columnOf(metric: string): string {
  return metric.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The log's figures, named as the metrics (constants, so safe to write into the statement). */
const LOG_COLUMNS = Prisma.raw(WORK_LOG_METRICS.map((m) => `w.${columnOf(m)} AS "${m}"`).join(', '));

const ZERO: WorkLogValues = Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, 0])) as WorkLogValues;

/**
 * The service days of a scope and date range as facts, by date then id: one statement joining each day
 * with its physician, clinic and log, beside the two small reads of device readings and spot checks.
 * Prisma's own queries took 40 ms to build the objects of a province's month on either database — most
 * of the summary's time (issue 18 item 4); the rows of one statement are also one snapshot.
 */
export async function listServiceDayFacts(db: DbOrTx, query: FactQuery): Promise<ServiceDayFact[]> {
  const where: Prisma.ServiceDayWhereInput = {
    ...serviceDayInScope(query.scope),
    serviceDate: { gte: query.from, lte: query.to },
    ...(query.programId === undefined ? {} : { programId: query.programId }),
    ...(query.physicianId === undefined ? {} : { physicianId: query.physicianId }),
  };
  const [rows, deviceReadings, spotChecks] = await Promise.all([
    db.$queryRaw<(FactRow & WorkLogValues)[]>`
      SELECT d.id, d.program_id AS "programId", d.service_date AS "serviceDate", d.physician_id AS "physicianId",
        d.institution_id AS "institutionId", d.check_out_at AS "checkOutAt",
        d.check_in_verification AS "checkInVerification", d.check_out_verification AS "checkOutVerification",
        d.location_verified_at AS "locationVerifiedAt", d.check_in_method AS "checkInMethod",
        d.check_out_method AS "checkOutMethod", d.confirmation_status AS "confirmationStatus",
        d.correction_id AS "correctionId", p.name AS "physicianName", p.title, p.specialty,
        p.home_institution_id AS "homeInstitutionId", h.name AS "homeInstitutionName",
        c.name AS "institutionName", c.region_path AS "regionPath", w.id AS "logId", ${LOG_COLUMNS}
      FROM service_days d
      JOIN institutions c ON c.id = d.institution_id
      JOIN people p ON p.id = d.physician_id
      LEFT JOIN institutions h ON h.id = p.home_institution_id
      LEFT JOIN work_logs w ON w.service_day_id = d.id
      WHERE ${serviceDayInScopeSql(query.scope)}
        AND d.service_date >= ${query.from} AND d.service_date <= ${query.to}
        ${query.programId === undefined ? Prisma.empty : Prisma.sql`AND d.program_id = ${query.programId}`}
        ${query.physicianId === undefined ? Prisma.empty : Prisma.sql`AND d.physician_id = ${query.physicianId}`}
      ORDER BY d.service_date, d.id`,
    db.locationReading.findMany({
      where: { ...DEVICE_VERIFYING_READING, serviceDay: where },
      select: { serviceDayId: true },
      distinct: ['serviceDayId'],
    }),
    listSpotCheckFindings(db, query),
  ]);
  const deviceVerified = new Set(deviceReadings.map((r) => r.serviceDayId));
  return rows.map((row) => ({
    serviceDayId: row.id,
    programId: row.programId,
    serviceDate: row.serviceDate,
    physicianId: row.physicianId,
    physicianName: row.physicianName,
    title: row.title,
    specialty: row.specialty,
    supportingInstitutionId: row.homeInstitutionId,
    supportingInstitutionName: row.homeInstitutionName,
    institutionId: row.institutionId,
    institutionName: row.institutionName,
    institutionRegionPath: row.regionPath,
    evidence: evidenceOf({
      checkInMethod: row.checkInMethod,
      checkInVerification: row.checkInVerification,
      checkOutMethod: row.checkOutMethod,
      checkOutVerification: row.checkOutVerification,
      locationVerifiedAt: row.locationVerifiedAt,
      deviceVerified: deviceVerified.has(row.id),
    }),
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
    hasLog: row.logId !== null,
    values: row.logId === null ? { ...ZERO } : logValuesOf(row),
  }));
}

/** The metrics of a row's log (a plain loop: this runs for every day of a province's month). */
function logValuesOf(row: WorkLogValues): WorkLogValues {
  const values = { ...ZERO };
  for (const metric of WORK_LOG_METRICS) values[metric] = row[metric];
  return values;
}
