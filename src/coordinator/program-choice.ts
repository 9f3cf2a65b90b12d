import type { ProgramChoice } from '../db/queries/scoped-programs.js';
import { monthRange } from '../time/local.js';
import type { CoordinatorQuery } from './coordinator-query.js';

/** The programs a coordinator's query means: the one it named, or every program running in its month. */
export function programChoiceOf(query: Pick<CoordinatorQuery, 'month' | 'program'>): ProgramChoice {
  if (query.program) return { programId: query.program.id };
  const { first, last } = monthRange(query.month);
  return { from: first, to: last };
}
