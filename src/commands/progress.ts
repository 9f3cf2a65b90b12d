import { targetProgressCard } from '../../cards/target-progress.js';
import type { CommandDefinition } from '../core/context.js';
import { resolveCoordinatorQuery } from '../coordinator/coordinator-query.js';
import { programChoiceOf } from '../coordinator/program-choice.js';
import { loadTargetProgress } from '../coordinator/target-progress.js';
import { isOwnPhysiciansView } from '../permissions/view-scope-kind.js';
import { localDate } from '../time/local.js';
import { usageExamples } from '../coordinator/usage-examples.js';

/**
 * `/进度` (`progress`) for coordinators: each target of the programs in their scope (running this month,
 * or the one named) against the records up to today — percent done, remaining, days left, the pace
 * needed and the pace so far, the forecast date — and the actuals by child region.
 */
export const progressCommand: CommandDefinition = {
  name: '进度',
  aliases: ['progress'],
  summaryKey: 'coordinator.progress.summary',
  usageKey: 'coordinator.progress.usage',
  usageExamples,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const query = await resolveCoordinatorQuery(ctx, args.tokens);
    const today = localDate(ctx.now(), ctx.timeZone);
    const programs = await loadTargetProgress(ctx.db, query.scope, programChoiceOf(query), today);
    await ctx.replyCard(
      targetProgressCard(ctx.locale, {
        scopeLabel: query.scopeLabel,
        today,
        programs,
        ownPhysiciansOnly: isOwnPhysiciansView(query.scope),
      }),
    );
  },
};
