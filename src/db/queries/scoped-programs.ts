import type { Prisma, Program, Region } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { DbOrTx } from '../client.js';
import { overlapping, underRegionPath } from './filters.js';
import { prismaCombinators, scopedWhere, type ScopeClauses } from './scope-clauses.js';

/**
 * The programs and recipient clinics (受援单位) a coordinator's `ViewScope` covers, for the coverage and
 * progress views. A region sees the programs with recipient clinics in it; a hospital sees the programs it
 * supports and their recipient clinics (where its physicians may be sent). Base conditions are OR'd, the
 * narrowing AND'd (scope-clauses.ts).
 */

/** Which programs: those running in a period, or one by id. */
export type ProgramChoice = { from: string; to: string } | { programId: number };

/** A recipient clinic as the views show it. */
export interface ScopedClinic {
  id: number;
  name: string;
  regionPath: string;
}

function programWhere(choice: ProgramChoice): Prisma.ProgramWhereInput {
  return 'programId' in choice ? { id: choice.programId } : overlapping(choice.from, choice.to);
}

/** The programs of a choice that the scope covers, by code. */
export function listProgramsInScope(db: DbOrTx, scope: ViewScope, choice: ProgramChoice): Promise<Program[]> {
  const clauses: ScopeClauses<Prisma.ProgramWhereInput> = {
    region: (path) => ({
      participants: { some: { side: 'RECIPIENT', institution: { regionPath: underRegionPath(path) } } },
    }),
    recipient: (institutionId) => ({ participants: { some: { side: 'RECIPIENT', institutionId } } }),
    supportedBy: (ids) => ({ participants: { some: { side: 'SUPPORTING', institutionId: { in: ids } } } }),
    ...prismaCombinators,
  };
  return db.program.findMany({
    where: { AND: [programWhere(choice), ...scopedWhere(scope, clauses)] },
    orderBy: { code: 'asc' },
  });
}

/** The recipient clinics of the chosen programs that the scope covers, by region path then name. */
export function listRecipientClinicsInScope(
  db: DbOrTx,
  scope: ViewScope,
  choice: ProgramChoice,
): Promise<ScopedClinic[]> {
  const program = programWhere(choice);
  const clauses: ScopeClauses<Prisma.InstitutionWhereInput> = {
    region: (path) => ({ regionPath: underRegionPath(path) }),
    recipient: (id) => ({ id }),
    supportedBy: (ids) => ({
      participations: {
        some: {
          side: 'RECIPIENT',
          program: { ...program, participants: { some: { side: 'SUPPORTING', institutionId: { in: ids } } } },
        },
      },
    }),
    ...prismaCombinators,
  };
  return db.institution.findMany({
    where: { AND: [{ participations: { some: { side: 'RECIPIENT', program } } }, ...scopedWhere(scope, clauses)] },
    select: { id: true, name: true, regionPath: true },
    orderBy: [{ regionPath: 'asc' }, { name: 'asc' }],
  });
}

/** Regions by id (for the regions named by program targets). */
export function listRegionsByIds(db: DbOrTx, ids: readonly number[]): Promise<Region[]> {
  return db.region.findMany({ where: { id: { in: [...ids] } } });
}
