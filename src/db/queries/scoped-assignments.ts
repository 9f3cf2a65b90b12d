import type { ViewScope } from '../../permissions/view-scope.js';
import type { DbOrTx } from '../client.js';
import { overlapping } from './filters.js';
import { assignmentInScope } from './view-scope-where.js';

/** An active assignment as the summary, coverage and progress views count it. */
export interface ScopedAssignment {
  id: number;
  programId: number;
  physicianId: number;
  specialty: string | null;
  institutionId: number;
  institutionRegionPath: string;
  startDate: string;
  endDate: string;
  /** The program's monthly minimum of days at the clinic. */
  minServiceDaysPerMonth: number;
}

/** Which assignments: overlapping [from, to] (local dates, both included), optionally of one program. */
export interface ScopedAssignmentQuery {
  scope: ViewScope;
  from: string;
  to: string;
  programId?: number;
}

/** The ACTIVE assignments in a scope overlapping a period, by start date then id. */
export async function listActiveAssignmentsInScope(
  db: DbOrTx,
  query: ScopedAssignmentQuery,
): Promise<ScopedAssignment[]> {
  const rows = await db.assignment.findMany({
    where: {
      AND: [
        assignmentInScope(query.scope),
        { status: 'ACTIVE', ...overlapping(query.from, query.to) },
        query.programId === undefined ? {} : { programId: query.programId },
      ],
    },
    select: {
      id: true,
      programId: true,
      physicianId: true,
      institutionId: true,
      startDate: true,
      endDate: true,
      program: { select: { minServiceDaysPerMonth: true } },
      physician: { select: { specialty: true } },
      institution: { select: { regionPath: true } },
    },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    programId: row.programId,
    physicianId: row.physicianId,
    specialty: row.physician.specialty,
    institutionId: row.institutionId,
    institutionRegionPath: row.institution.regionPath,
    startDate: row.startDate,
    endDate: row.endDate,
    minServiceDaysPerMonth: row.program.minServiceDaysPerMonth,
  }));
}
