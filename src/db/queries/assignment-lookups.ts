import type { Program } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { overlapping } from './filters.js';
import { WITH_HOME, type PersonWithHome } from './people.js';

/** What a coordinator's /指派 and /取消指派 look up besides the assignments themselves. */

/** Which programs may hold an assignment to a clinic over a period. */
export interface ClinicProgramQuery {
  /** Local dates, both included: programs running on any day of it. */
  from: string;
  to: string;
  /** The recipient clinic (受援单位) the program must include. */
  recipientId: number;
  /** When given, a supporting hospital (支援单位) the program must include too. */
  supportingId?: number;
}

/** Programs running during a period with the clinic among their recipients, by code. */
export function listProgramsServingClinic(db: DbOrTx, query: ClinicProgramQuery): Promise<Program[]> {
  const sides = [
    { participants: { some: { institutionId: query.recipientId, side: 'RECIPIENT' as const } } },
    ...(query.supportingId === undefined
      ? []
      : [{ participants: { some: { institutionId: query.supportingId, side: 'SUPPORTING' as const } } }]),
  ];
  return db.program.findMany({
    where: { ...overlapping(query.from, query.to), AND: sides },
    orderBy: { code: 'asc' },
  });
}

/**
 * Active physicians (people holding an unrevoked PHYSICIAN role) with exactly this name, optionally only
 * those of some home hospitals; by id.
 */
export function findPhysiciansByName(
  db: DbOrTx,
  name: string,
  filter: { homeInstitutionIds?: readonly number[] } = {},
): Promise<PersonWithHome[]> {
  return db.person.findMany({
    where: {
      name: name.trim(),
      active: true,
      roleGrants: { some: { role: 'PHYSICIAN', revokedAt: null } },
      ...(filter.homeInstitutionIds ? { homeInstitutionId: { in: [...filter.homeInstitutionIds] } } : {}),
    },
    include: WITH_HOME,
    orderBy: { id: 'asc' },
  });
}

/** How many service days were recorded under an assignment (they outlive its cancellation). */
export function countServiceDaysOfAssignment(db: DbOrTx, assignmentId: number): Promise<number> {
  return db.serviceDay.count({ where: { assignmentId } });
}

/** The first of `dates` on which the physician is already planned by an active assignment, or undefined. */
export async function findPlannedDayTaken(
  db: DbOrTx,
  physicianId: number,
  dates: readonly string[],
): Promise<string | undefined> {
  const row = await db.assignmentPlannedDate.findFirst({
    where: { physicianId, date: { in: [...dates] } },
    orderBy: { date: 'asc' },
  });
  return row?.date;
}
