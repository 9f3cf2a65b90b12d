import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { isMonth } from '../time/local.js';
import { resolveCoordinatorQuery, type CoordinatorQuery } from './coordinator-query.js';
import { OVERDUE_REASONS, type OverdueReason } from './overdue-lists.js';

/**
 * The 催办 button of the overdue card carries what to recompute (reason, month, program code, the scope
 * as the coordinator named it), never who to remind: on a press everything is resolved again for the
 * presser, so a forged or forwarded button reaches nobody outside the presser's own scope.
 */

/** The action name of the 催办 buttons. */
export const OVERDUE_REMIND_ACTION = 'overdue.remind';

/** What every 催办 button of a query's card carries besides the `reason` of its list. */
export function remindButtonBase(query: CoordinatorQuery): Record<string, string> {
  const { within } = query.scope;
  const narrowed = Object.values(within).some((v) => v !== undefined);
  return {
    month: query.month,
    // Only a scope the coordinator named is passed on; their whole scope is their grants, read again.
    scope: narrowed ? query.scopeLabel : '',
    program: query.program?.code ?? '',
  };
}

/**
 * The list and query a pressed 催办 button asks for, checked against the presser's scope.
 * @throws BotError NOT_FOUND for a malformed value; the scope refusals of `resolveCoordinatorQuery`.
 */
export async function resolveRemindRequest(
  ctx: Context,
  value: Record<string, unknown>,
): Promise<{ reason: OverdueReason; query: CoordinatorQuery }> {
  const { reason, month, scope, program } = value;
  const known = (OVERDUE_REASONS as readonly unknown[]).includes(reason);
  if (!known || typeof month !== 'string' || !isMonth(month)) {
    throw new BotError('NOT_FOUND', 'coordinator.overdue.remind.unknownReason');
  }
  const words = [program, scope].flatMap((v) => (typeof v === 'string' ? v.split(/\s+/).filter(Boolean) : []));
  const query = await resolveCoordinatorQuery(ctx, [month, ...words]);
  return { reason: reason as OverdueReason, query };
}
