import type { Prisma } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { DbOrTx } from '../client.js';
import { overlapping } from './filters.js';
import { idsOf, relatedById } from './related-rows.js';
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
  const where: Prisma.AssignmentWhereInput = {
    AND: [
      assignmentInScope(query.scope),
      { status: 'ACTIVE', ...overlapping(query.from, query.to) },
      query.programId === undefined ? {} : { programId: query.programId },
    ],
  };
  // The related rows side by side, by semi-join (see related-rows.ts).
  const programsWhere = (only: Prisma.ProgramWhereInput) =>
    db.program.findMany({ where: only, select: { id: true, minServiceDaysPerMonth: true } });
  const physiciansWhere = (only: Prisma.PersonWhereInput) =>
    db.person.findMany({ where: only, select: { id: true, specialty: true } });
  const clinicsWhere = (only: Prisma.InstitutionWhereInput) =>
    db.institution.findMany({ where: only, select: { id: true, regionPath: true } });
  const [rows, programs, physicians, clinics] = await Promise.all([
    db.assignment.findMany({
      where,
      select: { id: true, programId: true, physicianId: true, institutionId: true, startDate: true, endDate: true },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    }),
    programsWhere({ assignments: { some: where } }),
    physiciansWhere({ assignments: { some: where } }),
    clinicsWhere({ assignments: { some: where } }),
  ]);
  const [programOf, physicianOf, clinicOf] = await Promise.all([
    relatedById(programs, idsOf(rows, 'programId'), programsWhere),
    relatedById(physicians, idsOf(rows, 'physicianId'), physiciansWhere),
    relatedById(clinics, idsOf(rows, 'institutionId'), clinicsWhere),
  ]);
  return rows.flatMap((row) => {
    const program = programOf.get(row.programId);
    const physician = physicianOf.get(row.physicianId);
    const clinic = clinicOf.get(row.institutionId);
    if (!program || !physician || !clinic) return [];
    return [
      {
        id: row.id,
        programId: row.programId,
        physicianId: row.physicianId,
        specialty: physician.specialty,
        institutionId: row.institutionId,
        institutionRegionPath: clinic.regionPath,
        startDate: row.startDate,
        endDate: row.endDate,
        minServiceDaysPerMonth: program.minServiceDaysPerMonth,
      },
    ];
  });
}
