import { AUDIT_MORE_ACTION } from '../../cards/audit-log.js';
import type { CardActionDefinition } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { auditPageCard } from '../coordinator/audit-view.js';
import { cardValueId } from '../physician/card-value-id.js';

/**
 * `更早` on an audit card: value `{ before, beforeId, q }` (the last entry shown and what the caller
 * typed). The page is rebuilt from `q` for whoever presses, so the scope is checked again here.
 */
export const auditMoreAction: CardActionDefinition = {
  action: AUDIT_MORE_ACTION,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, value) {
    const at = typeof value.before === 'string' ? new Date(value.before) : new Date(Number.NaN);
    const q = value.q;
    if (Number.isNaN(at.getTime()) || typeof q !== 'string') {
      throw new BotError('NOT_FOUND', 'core.staleAction', { action: AUDIT_MORE_ACTION });
    }
    const before = { at, id: cardValueId(value, 'beforeId', AUDIT_MORE_ACTION) };
    await ctx.updateCard(await auditPageCard(ctx, q.split(' ').filter(Boolean), before));
  },
};
