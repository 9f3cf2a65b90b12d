import type { CardActionDefinition } from '../core/context.js';
import { rerunSummaryFromButton } from '../coordinator/workload-summary.js';

/**
 * 看 <sub-region or hospital> on a workload summary card: the summary narrowed to that group. The value
 * (`{ month, program?, scope, page }`, the group's name appended to `scope`) is re-resolved for the
 * clicking actor; the card is replaced in place.
 */
export const summaryDrillAction: CardActionDefinition = {
  action: 'summary.drill',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  run: (ctx, value) => rerunSummaryFromButton(ctx, value),
};
