import type { ViewScope } from '../../permissions/view-scope.js';
import type { DbOrTx } from '../client.js';
import { overlapping } from './filters.js';
import { assignmentInScope, obligationInScope } from './view-scope-where.js';

/**
 * What the overdue card (`/逾期`) reads besides the service-day facts: the monthly reports due, the
 * assignments of the month and who answers for an institution. One query each, whatever the scope's size.
 */

/** A monthly workload report owed in a scope, with the hospital that owes it. */
export interface DueObligation {
  id: number;
  institutionId: number;
  institutionName: string;
  institutionRegionPath: string;
  period: string;
  dueDate: string;
  status: 'PENDING' | 'DRAFTED' | 'SUBMITTED';
}

/** Which reports: those for periods `fromPeriod`..`toPeriod` (`YYYY-MM`) due before `before`. */
export interface DueObligationQuery {
  scope: ViewScope;
  fromPeriod: string;
  toPeriod: string;
  /** A local date: reports due on it are not due yet. */
  before: string;
  programId?: number;
}

/** The monthly workload reports of a scope already due, submitted or not, oldest due first. */
export async function listMonthlyReportsDue(db: DbOrTx, query: DueObligationQuery): Promise<DueObligation[]> {
  const rows = await db.reportingObligation.findMany({
    where: {
      ...obligationInScope(query.scope),
      kind: 'MONTHLY_WORKLOAD',
      period: { gte: query.fromPeriod, lte: query.toPeriod },
      dueDate: { lt: query.before },
      ...(query.programId === undefined ? {} : { programId: query.programId }),
    },
    select: {
      id: true,
      institutionId: true,
      period: true,
      dueDate: true,
      status: true,
      institution: { select: { name: true, regionPath: true } },
    },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
  });
  return rows.map(({ institution, ...row }) => ({
    ...row,
    institutionName: institution.name,
    institutionRegionPath: institution.regionPath,
  }));
}

/** An active assignment as the monthly-minimum list needs it. */
export interface AssignedPair {
  programId: number;
  physicianId: number;
  physicianName: string;
  supportingInstitutionName: string | null;
  institutionId: number;
  institutionName: string;
  endDate: string;
  minServiceDaysPerMonth: number;
  /** The assignment's planned dates within [from, to]. */
  plannedDates: string[];
}

/** The active assignments of a scope overlapping [from, to] with their planned dates there, by physician then clinic. */
export async function listAssignedPairs(
  db: DbOrTx,
  query: { scope: ViewScope; from: string; to: string; programId?: number },
): Promise<AssignedPair[]> {
  const rows = await db.assignment.findMany({
    where: {
      ...assignmentInScope(query.scope),
      ...overlapping(query.from, query.to),
      status: 'ACTIVE',
      ...(query.programId === undefined ? {} : { programId: query.programId }),
    },
    select: {
      programId: true,
      physicianId: true,
      institutionId: true,
      endDate: true,
      physician: { select: { name: true, homeInstitution: { select: { name: true } } } },
      institution: { select: { name: true } },
      program: { select: { minServiceDaysPerMonth: true } },
      plannedDates: { where: { date: { gte: query.from, lte: query.to } }, select: { date: true } },
    },
    orderBy: [{ physicianId: 'asc' }, { institutionId: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    programId: row.programId,
    physicianId: row.physicianId,
    physicianName: row.physician.name,
    supportingInstitutionName: row.physician.homeInstitution?.name ?? null,
    institutionId: row.institutionId,
    institutionName: row.institution.name,
    endDate: row.endDate,
    minServiceDaysPerMonth: row.program.minServiceDaysPerMonth,
    plannedDates: row.plannedDates.map((planned) => planned.date),
  }));
}

/** A person holding a role at an institution. */
export interface InstitutionRoleHolder {
  institutionId: number;
  personId: number;
  name: string;
}

/** The active clinic heads or hospital coordinators of several institutions, in one query. */
export async function listRoleHoldersOfInstitutions(
  db: DbOrTx,
  role: 'CLINIC_HEAD' | 'HOSPITAL_COORDINATOR',
  institutionIds: readonly number[],
): Promise<InstitutionRoleHolder[]> {
  if (institutionIds.length === 0) return [];
  const rows = await db.roleGrant.findMany({
    where: { role, institutionId: { in: [...institutionIds] }, revokedAt: null, person: { active: true } },
    select: { institutionId: true, personId: true, person: { select: { name: true } } },
    orderBy: [{ institutionId: 'asc' }, { personId: 'asc' }],
  });
  return rows.flatMap((row) =>
    row.institutionId === null
      ? []
      : [{ institutionId: row.institutionId, personId: row.personId, name: row.person.name }],
  );
}

/** Which of these ledger idempotency keys exist already, in one query. */
export async function existingOutboundKeys(db: DbOrTx, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.outboundMessage.findMany({
    where: { idempotencyKey: { in: [...keys] } },
    select: { idempotencyKey: true },
  });
  return new Set(rows.map((row) => row.idempotencyKey));
}
