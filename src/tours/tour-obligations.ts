import type { DbOrTx } from '../db/client.js';
import { ensureTourObligations } from '../db/queries/tours.js';
import type { Program } from '../generated/sqlite/client.js';
import { tourRules } from './tour-rules.js';

/**
 * A team's roster, plan and summary as its hospital's reporting obligations, due on the program's rule dates
 * (seed 004: 名单 20 Oct, 方案 end of October, 总结 24 Jan), so the deadline ladder (src/scheduler/) reminds
 * and escalates them like every report; filing one marks it submitted.
 */
export function ensureTeamObligations(db: DbOrTx, program: Program, hospitalId: number): Promise<void> {
  const rules = tourRules(program);
  const due = { roster: rules.rosterDue, plan: rules.planDue, summary: rules.summaryDue };
  return ensureTourObligations(db, { programId: program.id, hospitalId }, program.name, due);
}
