import type { CommandDefinition } from '../core/context.js';
import { fileTeamPlan } from '../tours/file-plan.js';

/**
 * `/巡回安排` (`tour-plan`) for a tour team's leader: where the team works on which days (see
 * `src/tours/file-plan.ts`). Listed on /帮助 for team leaders only; anyone else is told politely it is theirs.
 */
export const tourPlanCommand: CommandDefinition = {
  name: '巡回安排',
  aliases: ['tour-plan'],
  summaryKey: 'tours.plan.summary',
  usageKey: 'tours.plan.usageLine',
  audience: ['TEAM_LEADER'],
  run: (ctx, args) => fileTeamPlan(ctx, args.tokens),
};
