import { overdueCard } from '../../cards/overdue.js';
import type { CommandDefinition } from '../core/context.js';
import { resolveCoordinatorQuery } from '../coordinator/coordinator-query.js';
import { computeOverdueLists } from '../coordinator/overdue-lists.js';
import { remindButtonBase } from '../coordinator/overdue-request.js';
import { localDate } from '../time/local.js';
import { usageExamples } from '../coordinator/usage-examples.js';

/**
 * `/逾期` (`overdue`): in the coordinator's scope, reports past due, physicians below the monthly minimum
 * with days left, service days without a work log and visits unconfirmed for over three days, each as
 * overdue/total with a 催办 button (`overdue.remind`). Takes a month, a program code and a scope name.
 */
export const overdueCommand: CommandDefinition = {
  name: '逾期',
  aliases: ['overdue'],
  summaryKey: 'coordinator.overdue.summary',
  usageKey: 'coordinator.overdue.usage',
  usageExamples,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const query = await resolveCoordinatorQuery(ctx, args.tokens);
    const lists = await computeOverdueLists(ctx.db, query, localDate(ctx.now(), ctx.timeZone));
    await ctx.replyCard(
      overdueCard(ctx.locale, {
        scopeLabel: query.scopeLabel,
        program: query.program?.name ?? null,
        lists,
        remind: remindButtonBase(query),
      }),
    );
  },
};
