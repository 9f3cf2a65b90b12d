import type { CommandDefinition } from '../core/context.js';
import { requestCorrection } from '../physician/correction-request.js';
import { usageExamples } from '../coordinator/usage-examples.js';

/**
 * `/补卡 <日期> <受援单位> <原因>` (`correction`), e.g. `/补卡 2026-11-05 石门卫生院 手机没电忘记签到`:
 * a physician asks their coordinator to record a day they forgot to check in.
 */
export const correctionCommand: CommandDefinition = {
  name: '补卡',
  aliases: ['correction'],
  summaryKey: 'physician.oversight.correction.summary',
  usageKey: 'physician.oversight.correction.usage',
  usageExamples,
  audience: ['PHYSICIAN'],
  run: requestCorrection,
};
