import type { CommandDefinition } from '../core/context.js';
import { resolveCoordinatorQuery } from '../coordinator/coordinator-query.js';
import { buildSummaryCard, summaryStateOf } from '../coordinator/workload-summary.js';
import { usageExamples } from '../coordinator/usage-examples.js';

/**
 * `/汇总` (`summary`) for coordinators: the workload summary card of their scope for a month — physicians
 * assigned and serving, service days by verification and confirmation, the work-log figures, and a
 * breakdown by sub-region, supporting hospital or physician with a chart, paging and drill-downs.
 * Takes a month, a program code and a narrower scope in any order: `/汇总 2023-08 漳平市`.
 */
export const summaryCommand: CommandDefinition = {
  name: '汇总',
  aliases: ['summary'],
  summaryKey: 'coordinator.summary.summary',
  usageKey: 'coordinator.summary.usage',
  usageExamples,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const query = await resolveCoordinatorQuery(ctx, args.tokens);
    await ctx.replyCard(await buildSummaryCard(ctx, query, summaryStateOf(query), 1));
  },
};
