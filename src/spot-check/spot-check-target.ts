import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { findProgramById } from '../db/queries/programs.js';
import { findSampledVisit, findSpotCheckDraw } from '../db/queries/spot-checks.js';
import type { Institution, Program } from '../generated/sqlite/client.js';
import { canRecordSpotCheck } from '../permissions/spot-check.js';
import { parseSpotCheckKey } from './spot-check-key.js';

/**
 * The clinic of the sampled visit a spot-check link names, judged with its program's fence as a check-in
 * there would be — for the inspector only: the one who may record the visit's outcome (the draw's
 * inspector or a region coordinator of the clinic's region), so nobody else's link reads for a check.
 * @throws BotError NOT_FOUND for a key of no draw's visit, FORBIDDEN for anyone else.
 */
export async function spotCheckTarget(
  ctx: Context,
  key: string,
): Promise<{ clinic: Institution; program: Program | null; physician: string; date: string }> {
  const parsed = parseSpotCheckKey(key);
  const draw = parsed ? await findSpotCheckDraw(ctx.db, parsed.seed) : null;
  const visit =
    parsed && draw?.sampled.includes(parsed.plannedDateId)
      ? await findSampledVisit(ctx.db, parsed.plannedDateId)
      : null;
  if (!draw || !visit) throw new BotError('NOT_FOUND', 'checkinPage.linkInvalid');
  const { institution: clinic, physician, programId } = visit.planned.assignment;
  if (!canRecordSpotCheck(ctx.actor, draw.drawnById, clinic.regionPath)) {
    throw new BotError('FORBIDDEN', 'spotCheck.record.forbidden', { clinic: clinic.name });
  }
  return {
    clinic,
    program: await findProgramById(ctx.db, programId),
    physician: physician.name,
    date: visit.planned.date,
  };
}
