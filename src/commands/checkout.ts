import type { CommandDefinition } from '../core/context.js';
import { checkOut } from '../physician/check-out.js';

/** `/签退 [受援单位]` (`checkout`): a typed check-out of today's service day, unverified (no location). */
export const checkoutCommand: CommandDefinition = {
  name: '签退',
  aliases: ['checkout'],
  summaryKey: 'physician.attendance.checkOutSummary',
  usageKey: 'physician.attendance.checkOutUsage',
  audience: ['PHYSICIAN'],
  async run(ctx, args) {
    await checkOut(ctx, { method: 'TEXT', ...(args.raw ? { clinicName: args.raw } : {}) });
  },
};
