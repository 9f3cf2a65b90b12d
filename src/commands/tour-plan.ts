import type { CommandDefinition } from '../core/context.js';
import { fileTeamPlan } from '../tours/file-plan.js';

/**
 * `/巡回安排` (`tour-plan`) for a tour team's leader: where the team works on which days (see
 * `src/tours/file-plan.ts`). Anyone else is told the command is the team leader's.
 */
export const tourPlanCommand: CommandDefinition = {
  name: '巡回安排',
  aliases: ['tour-plan'],
  summaryKey: 'tours.plan.summary',
  usageKey: 'tours.plan.usageLine',
  audience: ['REGISTERED'],
  run: (ctx, args) => fileTeamPlan(ctx, args.tokens),
};
