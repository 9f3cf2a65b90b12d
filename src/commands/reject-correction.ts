import type { CommandDefinition } from '../core/context.js';
import { decideCorrection } from '../physician/correction-decision.js';
import { decideTyped } from '../physician/typed-decision.js';

/**
 * `/驳回 <编号> [理由]` (`reject`): a coordinator rejects a 补卡 request, with the reason, as 驳回 on the
 * request card does — the card's form on platforms whose cards hold no input (DingTalk).
 */
export const rejectCorrectionCommand: CommandDefinition = {
  name: '驳回',
  aliases: ['reject'],
  summaryKey: 'physician.oversight.correction.typed.summary',
  usageKey: 'physician.oversight.correction.typed.usage',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR'],
  run: (ctx, args) =>
    decideTyped(
      args,
      {
        field: 'correctionId',
        usageKey: 'physician.oversight.correction.typed.noNumber',
        notFoundKey: 'physician.oversight.correction.typed.notFound',
      },
      (value, formValue) => decideCorrection(ctx, 'REJECTED', value, formValue),
    ),
};
