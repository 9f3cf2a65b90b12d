import type { CardActionDefinition } from '../core/context.js';
import { rerunSummaryFromButton } from '../coordinator/workload-summary.js';

/**
 * 上一页 / 下一页 / 返回上一级 on a workload summary card: value `{ month, program?, scope, page }`,
 * re-resolved for the clicking actor; the card is replaced in place.
 */
export const summaryPageAction: CardActionDefinition = {
  action: 'summary.page',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  run: (ctx, value) => rerunSummaryFromButton(ctx, value),
};
