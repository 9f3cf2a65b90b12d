import type { CommandDefinition } from '../core/context.js';
import { addMobileCrew, removeMobileCrew } from '../tours/mobile-crew.js';

/**
 * `/队员` (`crew`) for a mobile-hospital tour's leader: adds crew members by name, or takes them off with
 * `/队员 移除 <姓名…>` (`src/tours/mobile-crew.ts`).
 */
export const tourCrewCommand: CommandDefinition = {
  name: '队员',
  aliases: ['crew'],
  summaryKey: 'tours.crew.summary',
  usageKey: 'tours.crew.usage',
  audience: ['TEAM_LEADER'],
  run: (ctx, args) =>
    args.tokens[0] === '移除' || args.tokens[0] === 'remove'
      ? removeMobileCrew(ctx, args.tokens.slice(1))
      : addMobileCrew(ctx, args.tokens),
};
