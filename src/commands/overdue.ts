import { overdueCard } from '../../cards/overdue.js';
import type { CommandDefinition } from '../core/context.js';
import { resolveCoordinatorQuery } from '../coordinator/coordinator-query.js';
import { computeOverdueLists } from '../coordinator/overdue-lists.js';
import { reminderReach } from '../coordinator/overdue-remind.js';
import { remindButtonBase } from '../coordinator/overdue-request.js';
import { localDate } from '../time/local.js';
import { usageExamples } from '../coordinator/usage-examples.js';

/**
 * `/逾期` (`overdue`): in the coordinator's scope, what is past a deadline — reports past due, monthly
 * minimums missed, service days without a work log, visits unconfirmed for over three days — and apart
 * from them the minimums at risk, each as items/total with a button (`overdue.remind`) naming how many
 * people it reaches. Takes a month, a program code and a scope name.
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
        reach: await reminderReach(ctx.db, lists),
      }),
    );
  },
};
