import type { CommandDefinition } from '../core/context.js';
import { drawSpotCheck } from '../spot-check/draw-spot-check.js';

/** `/抽查 [人数] [本周]` (`spot-check`): a weighted, reproducible draw of planned visits to check unannounced. */
export const spotCheckCommand: CommandDefinition = {
  name: '抽查',
  aliases: ['spot-check', 'spotcheck'],
  summaryKey: 'spotCheck.summary',
  usageKey: 'spotCheck.usage',
  audience: ['REGION_COORDINATOR', 'ADMIN'],
  run: drawSpotCheck,
};
