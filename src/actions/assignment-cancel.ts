import { assignmentReceiptCard } from '../../cards/assignment-receipt.js';
import type { CardActionDefinition } from '../core/context.js';
import { assignmentReceiptView } from '../coordinator/assignment-receipt-view.js';
import { cancelAssignmentAsCoordinator, cancellationText } from '../coordinator/cancel-assignment.js';
import { cardValueId } from '../physician/card-value-id.js';

/**
 * 取消指派 on an assignment receipt: value `{ assignmentId }`. The permission is checked again on the
 * server; the receipt turns into its cancelled form.
 */
export const assignmentCancelAction: CardActionDefinition = {
  action: 'assignment.cancel',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, value) {
    const outcome = await cancelAssignmentAsCoordinator(ctx, cardValueId(value, 'assignmentId', 'assignment.cancel'));
    const view = await assignmentReceiptView(ctx, outcome.assignment, 'cancelled');
    await ctx.updateCard(assignmentReceiptCard(ctx.locale, view));
    await ctx.reply(await cancellationText(ctx, outcome));
  },
};
