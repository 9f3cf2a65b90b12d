import type { CommandDefinition } from '../core/context.js';
import { decideTyped } from '../physician/typed-decision.js';
import { decideVisit } from '../physician/visit-decision.js';

/**
 * `/有异议 <编号> [原因]` (`dispute`): a clinic head disputes a visit, with the reason, as 有异议 on the
 * confirmation card does — the card's form on platforms whose cards hold no input (DingTalk).
 */
export const disputeCommand: CommandDefinition = {
  name: '有异议',
  aliases: ['dispute'],
  summaryKey: 'physician.oversight.confirm.typed.summary',
  usageKey: 'physician.oversight.confirm.typed.usage',
  audience: ['CLINIC_HEAD'],
  run: (ctx, args) =>
    decideTyped(
      args,
      {
        field: 'serviceDayId',
        usageKey: 'physician.oversight.confirm.typed.noNumber',
        notFoundKey: 'physician.oversight.confirm.typed.notFound',
      },
      (value, formValue) => decideVisit(ctx, 'DISPUTED', value, formValue),
    ),
};
