import type { Program, Title } from '../generated/sqlite/client.js';
import type { DbOrTx } from '../db/client.js';
import { findPlannedDateConflicts } from '../db/queries/assignment-lists.js';
import { listProgramInstitutions } from '../db/queries/institutions.js';

/**
 * The checks every new or changed assignment passes, whether it comes from `/指派` or a staffing-table
 * import: the physician's title is at least the program's minimum (中级 by default), the clinic is one of
 * the program's recipients, the dates lie within the program, and the physician is not planned at another
 * clinic on the same day.
 */

/** Titles from junior to senior; the program's `minTitle` is a floor on this scale. */
const TITLE_RANK: Record<Title, number> = { RESIDENT: 0, ATTENDING: 1, ASSOCIATE_CHIEF: 2, CHIEF: 3 };

/** Why an assignment cannot be made. */
export type AssignmentProblem =
  | { code: 'PHYSICIAN_INACTIVE' }
  | { code: 'TITLE_TOO_LOW'; minTitle: Title }
  | { code: 'NOT_A_RECIPIENT' }
  | { code: 'OUTSIDE_PROGRAM'; startDate: string; endDate: string }
  | { code: 'DATE_CONFLICT'; date: string; institutionId: number };

/** A proposed assignment, with what the checks need of its physician and program. */
export interface AssignmentProposal {
  program: Pick<Program, 'id' | 'minTitle' | 'startDate' | 'endDate'>;
  physician: { id: number; title: Title | null; active: boolean };
  institutionId: number;
  startDate: string;
  endDate: string;
  plannedDates: readonly string[];
  /** When re-planning an existing assignment, its id (its own dates are no conflict). */
  excludeAssignmentId?: number;
}

/** Whether a title meets a minimum; an unknown title does not. */
export function meetsMinimumTitle(title: Title | null, minTitle: Title): boolean {
  return title !== null && TITLE_RANK[title] >= TITLE_RANK[minTitle];
}

/** The checks that need no database, in the order a person would fix them. */
export function staticAssignmentProblems(proposal: AssignmentProposal): AssignmentProblem[] {
  const { program, physician } = proposal;
  return [
    ...(physician.active ? [] : [{ code: 'PHYSICIAN_INACTIVE' } as const]),
    ...(meetsMinimumTitle(physician.title, program.minTitle)
      ? []
      : [{ code: 'TITLE_TOO_LOW', minTitle: program.minTitle } as const]),
    ...(proposal.startDate >= program.startDate && proposal.endDate <= program.endDate
      ? []
      : [{ code: 'OUTSIDE_PROGRAM', startDate: program.startDate, endDate: program.endDate } as const]),
  ];
}

/**
 * Every problem of a proposal (empty means it may be made). `recipientIds` may be passed when checking
 * many proposals of one program, to load the program's recipients once.
 */
export async function assignmentProblems(
  db: DbOrTx,
  proposal: AssignmentProposal,
  recipientIds?: ReadonlySet<number>,
): Promise<AssignmentProblem[]> {
  const recipients = recipientIds ?? (await programRecipientIds(db, proposal.program.id));
  const conflicts = await findPlannedDateConflicts(
    db,
    proposal.physician.id,
    proposal.plannedDates,
    proposal.excludeAssignmentId,
  );
  return [
    ...staticAssignmentProblems(proposal),
    ...(recipients.has(proposal.institutionId) ? [] : [{ code: 'NOT_A_RECIPIENT' } as const]),
    ...conflicts.map((c) => ({ code: 'DATE_CONFLICT', date: c.date, institutionId: c.institutionId }) as const),
  ];
}

/** The ids of a program's recipient clinics (受援单位). */
export async function programRecipientIds(db: DbOrTx, programId: number): Promise<Set<number>> {
  const clinics = await listProgramInstitutions(db, programId, 'RECIPIENT');
  return new Set(clinics.map((c) => c.id));
}
