import type { CommandArgs, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { listAssignmentsForPhysicianOverlapping } from '../db/queries/assignment-lists.js';
import { localDate } from '../time/local.js';
import { spanOf } from './assignment-input.js';
import { resolveAssignmentTarget } from './assignment-target.js';
import { cancelAssignmentAsCoordinator, cancellationText } from './cancel-assignment.js';

/**
 * `/取消指派 #12` (the number on the receipt) or `/取消指派 @王医生 桂林卫生院 2026-12`: cancels the
 * whole assignment. Without a month, the physician's assignments at that clinic not yet ended are meant.
 */

/** An assignment number as typed: `12` or `#12`. */
const ASSIGNMENT_NUMBER = /^#?(\d+)$/;
/** "Not yet ended" has no upper end. */
const OPEN_END = '9999-12-31';

/** Runs `/取消指派` with its arguments. */
export async function unassignPhysician(ctx: Context, args: CommandArgs): Promise<void> {
  const number = args.tokens.length === 1 ? ASSIGNMENT_NUMBER.exec(args.tokens[0] ?? '') : null;
  const assignmentId = number ? Number(number[1]) : await assignmentNamed(ctx, args);
  const outcome = await cancelAssignmentAsCoordinator(ctx, assignmentId);
  await ctx.reply(await cancellationText(ctx, outcome));
}

/** The one active assignment the words name. */
async function assignmentNamed(ctx: Context, args: CommandArgs): Promise<number> {
  const { physician, clinic, program, when } = await resolveAssignmentTarget(ctx, args);
  const span = when ? spanOf(when) : { startDate: localDate(ctx.now(), ctx.timeZone), endDate: OPEN_END };
  const found = (
    await listAssignmentsForPhysicianOverlapping(ctx.db, physician.id, span.startDate, span.endDate, {
      ...(program ? { programId: program.id } : {}),
    })
  ).filter((a) => a.institutionId === clinic.id);
  const [only] = found;
  const params = { physician: physician.name, clinic: clinic.name };
  if (!only) throw new BotError('NOT_FOUND', 'coordinator.unassign.none', params);
  if (found.length > 1) {
    const list = found.map((a) => ctx.t('coordinator.unassign.choice', { id: a.id, from: a.startDate, to: a.endDate }));
    throw badArguments('coordinator.unassign.which', { ...params, list: list.join('；') });
  }
  return only.id;
}
