import type { CommandDefinition } from '../core/context.js';
import { checkIn } from '../physician/check-in.js';

/**
 * `/签到 [受援单位]` (`checkin`, `打卡`): a typed check-in, unverified (no location) until the clinic head
 * confirms it. Without a clinic name, today's planned clinic (or the month's only one) is meant.
 */
export const checkinCommand: CommandDefinition = {
  name: '签到',
  aliases: ['checkin', '打卡'],
  summaryKey: 'physician.attendance.checkInSummary',
  usageKey: 'physician.attendance.checkInUsage',
  audience: ['PHYSICIAN'],
  async run(ctx, args) {
    await checkIn(ctx, { method: 'TEXT', ...(args.raw ? { clinicName: args.raw } : {}) });
  },
};
