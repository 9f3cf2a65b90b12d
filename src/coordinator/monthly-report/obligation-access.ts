import type { Context } from '../../core/context.js';
import { BotError } from '../../core/errors.js';
import {
  findMonthlyObligation,
  listMonthlyObligationsInScope,
  type MonthlyObligation,
} from '../../db/queries/monthly-reports.js';
import type { CoordinatorQuery } from '../coordinator-query.js';
import { coordinatesInstitution } from '../../permissions/actor-roles.js';
import { cardValueId } from '../../physician/card-value-id.js';

/**
 * The monthly report a card button names, re-checked on the server: the id must be a monthly workload
 * obligation and the presser must coordinate its hospital (its 医务科, a bureau above it, or an admin).
 * @throws BotError NOT_FOUND for a stale or forged id, FORBIDDEN for someone else's report.
 */
export async function coordinatedObligation(
  ctx: Context,
  value: Record<string, unknown>,
  action: string,
): Promise<MonthlyObligation> {
  const id = cardValueId(value, 'obligationId', action);
  const obligation = await findMonthlyObligation(ctx.db, id);
  if (!obligation) throw new BotError('NOT_FOUND', 'core.staleAction', { action });
  if (!coordinatesInstitution(ctx.actor, obligation.institution)) {
    throw new BotError('FORBIDDEN', 'coordinator.report.notYours', { hospital: obligation.institution.name });
  }
  return obligation;
}

/** The monthly workload obligations a coordinator's query covers: its scope, month and program. */
export function queriedObligations(ctx: Context, query: CoordinatorQuery): Promise<MonthlyObligation[]> {
  return listMonthlyObligationsInScope(ctx.db, {
    scope: query.scope,
    period: query.month,
    ...(query.program ? { programId: query.program.id } : {}),
  });
}
