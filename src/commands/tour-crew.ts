import type { CommandDefinition } from '../core/context.js';
import { addMobileCrew } from '../tours/mobile-crew.js';

/** `/队员` (`crew`) for a mobile-hospital tour's leader: adds crew members by name (`src/tours/mobile-crew.ts`). */
export const tourCrewCommand: CommandDefinition = {
  name: '队员',
  aliases: ['crew'],
  summaryKey: 'tours.crew.summary',
  usageKey: 'tours.crew.usage',
  audience: ['TEAM_LEADER'],
  run: (ctx, args) => addMobileCrew(ctx, args.tokens),
};
