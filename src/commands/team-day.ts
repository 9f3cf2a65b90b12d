import type { CommandDefinition } from '../core/context.js';
import { recordTeamDay } from '../tours/team-day.js';

/** `/队日志` (`team-day`) for a tour team's leader: the team's day in one message (`src/tours/team-day.ts`). */
export const teamDayCommand: CommandDefinition = {
  name: '队日志',
  aliases: ['team-day'],
  summaryKey: 'tours.day.summary',
  usageKey: 'tours.day.usage',
  audience: ['REGISTERED'],
  run: (ctx, args) => recordTeamDay(ctx, args.tokens),
};
